// A bound on what a PDF's streams decode to, checked before pdf.js sees the file. pdf.js inflates every
// content, font and object stream whole, in this thread, with no limit of its own: a 400 KB FlateDecode
// "bomb" becomes 400 MB and 15 s of work, and a 20 MB text operand takes 20 s. Images are skipped (text
// extraction never decodes them), so large scans are still read (or refused as having no text).
// Weak spot: streams of an encrypted PDF are ciphertext here, so they count at their stored size.
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
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m !== null; m = STREAM.exec(text)) {
    if (text.startsWith('end', m.index - 3)) continue;
    const start = m.index + m[0].length;
    const endAt = text.indexOf('endstream', start);
    const end = endAt < 0 ? text.length : endAt;
    const dictFrom = Math.max(0, m.index - DICT_WINDOW);
    const objAt = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(objAt >= dictFrom ? objAt : dictFrom, m.index);
    STREAM.lastIndex = end;
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const budget = maxDecodedBytes - total;
    total += /\/FlateDecode\b|\/Fl\b/.test(dict) ? inflatedSize(buffer.subarray(start, end), budget) : end - start;
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
