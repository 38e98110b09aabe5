// Turns a letter file (PDF or text) into text, with limits, never trusting the bytes.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { OpenImrError } from '../core/index.ts';
import { extractPdfText } from '../pdf/index.ts';

export type LetterFileKind = 'pdf' | 'text';

export interface LetterText {
  text: string;
  kind: LetterFileKind;
  /** SHA-256 of the file's bytes, hex. */
  contentHash: string;
  /** File name only: stored paths never reveal the ingesting machine's folders. */
  sourceName: string;
  /** How a text file was decoded ('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'); null for PDFs. */
  encoding: string | null;
  pages: number | null;
}

export interface ReadLimits {
  /** Largest file read, in bytes (default 50 MiB). */
  maxBytes: number;
  /** Most PDF pages read (default 500). */
  maxPages: number;
  /** Time allowed for one PDF (default 30 s). */
  pdfTimeoutMs: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 500, pdfTimeoutMs: 30_000 };

export const LETTER_EXTENSIONS = ['.pdf', '.txt'] as const;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads at most maxBytes + 1 bytes, so a huge file is refused without being loaded whole. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new OpenImrError('unreadable-file', `cannot open file: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, {
      path: basename(path),
    });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new OpenImrError('unreadable-file', 'not a regular file', { path: basename(path) });
    if (info.size > maxBytes) {
      throw new OpenImrError('file-too-large', `file is ${info.size} bytes; the limit is ${maxBytes}`, {
        path: basename(path),
      });
    }
    const buffer = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } finally {
    await handle.close();
  }
}

function looksLikePdf(bytes: Uint8Array): boolean {
  // "%PDF-" may be preceded by a little junk; readers accept it within the first 1 KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (Node 20's TextDecoder treats both as Latin-1).
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + CHUNK)) {
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Decodes a text letter. UTF-8 when valid (BOM dropped); UTF-16 when a BOM says so; otherwise
 * Windows-1252, the usual encoding of text copied out of older Windows tools. Binary data is refused.
 */
export function decodeLetterText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  // Control characters other than tab, newlines and form feed mean this is not a text letter.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new OpenImrError('encoding-error', 'the file contains NUL bytes: not a text letter');
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  if (text.length > 0 && control / text.length > 0.01) {
    throw new OpenImrError('encoding-error', 'the file is mostly control characters: not a text letter');
  }
  return { text, encoding };
}

/** Reads a letter from bytes already in memory (uploads, workers). */
export async function readLetterBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<LetterText> {
  const sourceName = basename(fileName);
  if (bytes.length > limits.maxBytes) {
    throw new OpenImrError('file-too-large', `file is ${bytes.length} bytes; the limit is ${limits.maxBytes}`, {
      path: sourceName,
    });
  }
  const contentHash = sha256Hex(bytes);
  const ext = extname(sourceName).toLowerCase();
  if (ext === '.pdf' || looksLikePdf(bytes)) {
    const { text, pages } = await extractPdfText(bytes, {
      maxBytes: limits.maxBytes,
      maxPages: limits.maxPages,
      timeoutMs: limits.pdfTimeoutMs,
    });
    return { text, kind: 'pdf', contentHash, sourceName, encoding: null, pages };
  }
  if (ext !== '.txt' && ext !== '') {
    throw new OpenImrError('unsupported-file-type', `unsupported file type '${ext}': expected .pdf or .txt`, {
      path: sourceName,
    });
  }
  const { text, encoding } = decodeLetterText(bytes);
  return { text, kind: 'text', contentHash, sourceName, encoding, pages: null };
}

export async function readLetterFile(path: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<LetterText> {
  const bytes = await readBounded(path, limits.maxBytes);
  return readLetterBytes(bytes, path, limits);
}
