// A bound on what a PDF's streams decode to, checked before pdf.js sees the file. pdf.js inflates every
// content, font and object stream whole, in this thread, with no limit of its own: a 400 KB FlateDecode
// "bomb" becomes 400 MB and 15 s of work, and a 20 MB text operand takes 20 s. Images are skipped (text
// extraction never decodes them), so large scans are still read (or refused as having no text).
// Encrypted PDFs that open without a password (the published letters are such: permissions only) are
// decrypted here with the Standard security handler (RC4 or AES-128, revisions 2-4). Weak spot: other
// encryption (AES-256, revision 5-6, or a user password) leaves ciphertext, counted at its stored size.
import { createDecipheriv, createHash } from 'node:crypto';
import { constants, inflateSync } from 'node:zlib';
import { OpenImrError } from '../core/index.ts';

/** Default budget for all non-image streams of one PDF, decoded (a letter needs well under 1 MB). */
export const DEFAULT_MAX_DECODED_BYTES = 16 * 1024 * 1024;

const STREAM = /stream\r?\n/g;
/** How far back from "stream" the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

/** Throws 'resource-limit' when the non-image streams decode to more than maxDecodedBytes in total. */
export function checkDecodedSize(bytes: Uint8Array, maxDecodedBytes: number = DEFAULT_MAX_DECODED_BYTES): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let total = 0;
  const decrypt = standardDecryptor(text);
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m !== null; m = STREAM.exec(text)) {
    if (text.startsWith('end', m.index - 3)) continue;
    const start = m.index + m[0].length;
    const endAt = text.indexOf('endstream', start);
    const end = endAt < 0 ? text.length : endAt;
    const dictFrom = Math.max(0, m.index - DICT_WINDOW);
    const objAt = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(objAt >= dictFrom ? Math.max(0, objAt - 24) : dictFrom, m.index);
    STREAM.lastIndex = end;
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const budget = maxDecodedBytes - total;
    // The data ends at /Length when it is given directly; else before the end-of-line that precedes "endstream".
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const declaredEnd = length === null ? -1 : start + Number(length[1]);
    const dataEnd = declaredEnd >= start && declaredEnd <= end ? declaredEnd : end - (/\r?\n$|\r$/.exec(text.slice(Math.max(start, end - 2), end))?.[0].length ?? 0);
    let data = buffer.subarray(start, dataEnd);
    const id = /(\d+)\s+(\d+)\s+obj\b/.exec(dict);
    if (decrypt !== null && id !== null) data = decrypt(Number(id[1]), Number(id[2]), data) ?? data;
    total += /\/FlateDecode\b|\/Fl\b/.test(dict) ? inflatedSize(data, budget) : end - start;
    if (total > maxDecodedBytes) {
      throw new OpenImrError('resource-limit', `PDF streams decode to more than ${maxDecodedBytes} bytes (a compression bomb or an oversized page)`);
    }
  }
}

/** Bytes the data inflates to, stopping just past `budget`; corrupt or encrypted data counts at its own size. */
function inflatedSize(data: Buffer, budget: number): number {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, budget + 1) }).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
    return data.length;
  }
}

type Decrypt = (objectNumber: number, generation: number, data: Buffer) => Buffer | null;

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/**
 * The Standard security handler's stream decryption for the empty user password (ISO 32000-1, 7.6.3,
 * algorithms 1 and 2), or null when the PDF is not encrypted that way.
 */
function standardDecryptor(text: string): Decrypt | null {
  const ref = [...text.matchAll(/\/Encrypt\s+(\d+)\s+(\d+)\s+R/g)].at(-1);
  if (ref === undefined) return null;
  const objAt = text.search(new RegExp(`(?<!\\d)${ref[1] ?? ''}\\s+${ref[2] ?? ''}\\s+obj\\b`));
  if (objAt < 0) return null;
  const dict = text.slice(objAt, text.indexOf('endobj', objAt) >>> 0);
  const num = (key: string): number | null => {
    const m = new RegExp(`/${key}\\s+(-?\\d+)`).exec(dict);
    return m === null ? null : Number(m[1]);
  };
  const v = num('V') ?? 0;
  const r = num('R') ?? 0;
  const p = num('P');
  const o = pdfString(dict, /\/O\s*/g);
  const fileId = pdfString(text, /\/ID\s*\[\s*/g);
  if (!/\/Filter\s*\/Standard\b/.test(dict) || v < 1 || v > 4 || r < 2 || r > 4 || p === null || o === null || fileId === null) return null;
  const aes = v === 4 && /\/CFM\s*\/AESV2\b/.test(dict);
  // Key length in bytes: 5 for revision 2, 16 for AES; else the largest /Length in bits (a crypt filter's /Length 16 is bytes).
  const bits = Math.max(40, ...[...dict.matchAll(/\/Length\s+(\d+)/g)].map((m) => Number(m[1])));
  const n = r === 2 ? 5 : aes ? 16 : Math.min(16, Math.max(5, Math.floor(bits / 8)));
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p | 0);
  const noMetadata = r >= 4 && /\/EncryptMetadata\s+false/.test(dict) ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : Buffer.alloc(0);
  let key = md5(Buffer.concat([PASSWORD_PAD, o.subarray(0, 32), pBytes, fileId, noMetadata]));
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  return (objectNumber, generation, data) => {
    const extra = Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, generation & 0xff, (generation >> 8) & 0xff]);
    const objectKey = md5(Buffer.concat([key, extra, aes ? Buffer.from('sAlT') : Buffer.alloc(0)])).subarray(0, Math.min(n + 5, 16));
    if (!aes) return rc4(objectKey, data);
    if (data.length < 32 || data.length % 16 !== 0) return null;
    try {
      const decipher = createDecipheriv('aes-128-cbc', objectKey, data.subarray(0, 16));
      return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
    } catch {
      return null;
    }
  };
}

/** The bytes of the PDF string (literal or hex) right after the first match of `before`, or null. */
function pdfString(text: string, before: RegExp): Buffer | null {
  before.lastIndex = 0;
  const m = before.exec(text);
  if (m === null) return null;
  let i = m.index + m[0].length;
  if (text[i] === '<') {
    const end = text.indexOf('>', i);
    if (end < 0) return null;
    const hex = text.slice(i + 1, end).replace(/\s+/g, '');
    return Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
  }
  if (text[i] !== '(') return null;
  const out: number[] = [];
  let depth = 1;
  const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
  for (i += 1; i < text.length && depth > 0; i++) {
    const c = text[i] ?? '';
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (octal !== null) {
        out.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1;
      } else {
        out.push(ESCAPES[next] ?? next.charCodeAt(0));
        i += 1;
      }
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) break;
    out.push(c.charCodeAt(0));
  }
  return Buffer.from(out);
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

/** RC4 (the PDF test builder encrypts with it too). */
export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = new Uint8Array(256).map((_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    const t = s[i] ?? 0;
    s[i] = s[j] ?? 0;
    s[j] = t;
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] ?? 0)) & 0xff;
    const t = s[i] ?? 0;
    s[i] = s[j] ?? 0;
    s[j] = t;
    out[k] = (data[k] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 0xff] ?? 0);
  }
  return out;
}
