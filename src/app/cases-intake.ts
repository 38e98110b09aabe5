// Intake checks the state machine and the schema cannot see: dates that contradict each other, and the bytes
// of an uploaded document (name, size, type by content, readable text).
import type { Application, CaseDocument } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import { extractPdfText } from '../pdf/index.ts';

/** Pairs of application dates that must come in this order (earlier, later), each with the field blamed. */
const DATE_ORDER: readonly { before: (a: Application) => string | undefined; after: (a: Application) => string | undefined; field: string; text: string }[] = [
  { before: (a) => a.employee.dateOfBirth, after: (a) => a.dateOfInjury, field: 'application.dateOfInjury', text: 'the date of injury is before the date of birth' },
  { before: (a) => a.dateOfInjury, after: (a) => a.urDecision?.date, field: 'application.urDecision.date', text: 'the UR decision is dated before the injury' },
  { before: (a) => a.urDecision?.date, after: (a) => a.urDecision?.servedDate, field: 'application.urDecision.servedDate', text: 'the UR decision was served before it was made' },
  { before: (a) => a.urDecision?.date, after: (a) => a.receivedDate, field: 'application.receivedDate', text: 'the application was received before the UR decision it disputes' },
  { before: (a) => a.urDecision?.servedDate, after: (a) => a.receivedDate, field: 'application.receivedDate', text: 'the application was received before the UR decision was served' },
  { before: (a) => a.dateOfInjury, after: (a) => a.receivedDate, field: 'application.receivedDate', text: 'the application was received before the injury' },
  { before: (a) => a.signatureDate, after: (a) => a.receivedDate, field: 'application.signatureDate', text: 'the application is signed after it was received' },
];

/** Throws invalid-input (reason dates-out-of-order) naming the field when two dates contradict each other. */
export function checkDateOrder(app: Application): void {
  for (const rule of DATE_ORDER) {
    const before = rule.before(app);
    const after = rule.after(app);
    if (before !== undefined && after !== undefined && after < before) {
      throw new OpenImrError('invalid-input', `${rule.field}: dates out of order: ${rule.text}`, { field: rule.field, reason: 'dates-out-of-order' });
    }
  }
}

/** Documents larger than this are refused. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The base name of an uploaded file; refuses names that are empty, control characters or only dots. */
export function safeFileName(name: string): string {
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw new OpenImrError('invalid-input', 'fileName: control characters are not allowed', { field: 'fileName', reason: 'bad-file-name' });
  }
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  if (base === '' || /^\.+$/.test(base) || base.length > 255) {
    throw new OpenImrError('invalid-input', 'fileName: not a usable file name', { field: 'fileName', reason: 'bad-file-name' });
  }
  return base;
}

export interface SniffedDocument {
  mediaType: CaseDocument['mediaType'];
  text: string;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((b, i) => bytes[i] === b);
}

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new OpenImrError('encoding-error', 'the document is neither a PDF nor UTF-8 / UTF-16 text', { field: 'bytes', reason: 'not-text' });
  }
  // Binary data that happens to decode: control characters other than tab, line ends and form feed.
  const control = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (control > 0) {
    throw new OpenImrError('unsupported-file-type', 'the document is neither a PDF nor plain text (binary content)', { field: 'bytes', reason: 'binary' });
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Decides the type by content (never by the name alone): PDF bytes must start with %PDF- and be readable by
 * the PDF reader; anything else must be text. A name ending in .pdf whose bytes are not a PDF is refused.
 */
export async function sniffDocument(fileName: string, bytes: Uint8Array): Promise<SniffedDocument> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new OpenImrError('file-too-large', `the document is ${bytes.byteLength} bytes; the limit is ${MAX_DOCUMENT_BYTES}`, { field: 'bytes' });
  }
  if (bytes.byteLength === 0) throw new OpenImrError('invalid-input', 'the document is empty', { field: 'bytes', reason: 'empty' });
  if (startsWithPdfMagic(bytes)) {
    const { text } = await extractPdfText(bytes, { maxBytes: MAX_DOCUMENT_BYTES });
    return { mediaType: 'application/pdf', text: text.replace(/\f/g, '\n\n') };
  }
  if (/\.pdf$/i.test(fileName)) {
    throw new OpenImrError('pdf-malformed', 'the file is named .pdf but is not a PDF (no %PDF- header)', { field: 'bytes', reason: 'not-a-pdf' });
  }
  const text = decodeText(bytes);
  if (text.trim() === '') throw new OpenImrError('invalid-input', 'the document has no text', { field: 'bytes', reason: 'empty' });
  return { mediaType: 'text/plain', text };
}
