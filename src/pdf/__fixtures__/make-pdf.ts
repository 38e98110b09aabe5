// Builds small PDFs for tests, so no binary fixtures need to be committed.
// Text uses the standard Helvetica font (no embedding). Optional RC4 (revision 2) encryption lets
// tests cover both a user-password PDF and a permissions-only ("copy protected") PDF.
import { createHash } from 'node:crypto';
import { rc4 } from '../streams.ts';

export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size?: number;
}

export interface PageSpec {
  readonly runs?: readonly TextRun[];
  /** Raw content stream instead of runs (e.g. graphics only). */
  readonly content?: string;
}

export interface PdfOptions {
  /** Encrypt with RC4-40; an empty user password gives a permissions-only PDF that opens without one. */
  readonly encrypt?: { readonly userPassword: string; readonly ownerPassword: string };
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const FILE_ID = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
/** Print allowed, copy/modify denied (as in the sample letters). */
const PERMISSIONS = -3904 + 4;

export function makePdf(pages: readonly PageSpec[], options: PdfOptions = {}): Uint8Array {
  const objects: (string | Buffer)[] = [];
  const fontId = 3;
  const firstPageId = 4;
  const pageIds = pages.map((_, i) => firstPageId + i * 2);
  const encryptId = firstPageId + pages.length * 2;
  const crypto = options.encrypt === undefined ? undefined : securityHandler(options.encrypt.userPassword, options.encrypt.ownerPassword);

  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[fontId] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((page, i) => {
    const pageId = pageIds[i] ?? 0;
    const contentId = pageId + 1;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`;
    let data: Buffer = Buffer.from(page.content ?? contentFor(page.runs ?? []), 'latin1');
    if (crypto !== undefined) data = rc4(objectKey(crypto.key, contentId), data);
    objects[contentId] = Buffer.concat([Buffer.from(`<< /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
  });
  if (crypto !== undefined) {
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${crypto.o.toString('hex')}> /U <${crypto.u.toString('hex')}> /P ${PERMISSIONS} >>`;
  }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    const body = objects[id];
    if (body === undefined) continue;
    offsets[id] = length;
    const chunk = Buffer.concat([Buffer.from(`${id} 0 obj\n`, 'latin1'), Buffer.from(body), Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    length += chunk.length;
  }
  const xrefAt = length;
  let xref = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) xref += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  const encrypt = crypto === undefined ? '' : ` /Encrypt ${encryptId} 0 R`;
  xref += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} /ID [<${FILE_ID.toString('hex')}> <${FILE_ID.toString('hex')}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

function contentFor(runs: readonly TextRun[]): string {
  return runs
    .map((r) => `BT /F1 ${r.size ?? 12} Tf ${r.x} ${r.y} Td (${r.text.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`)
    .join('\n');
}

/** Lines of body text, 14 pt apart, starting near the top of the page. */
export function linesPage(lines: readonly string[], top = 720): PageSpec {
  return { runs: lines.map((text, i) => ({ text, x: 72, y: top - i * 14 })) };
}

function securityHandler(user: string, owner: string): { key: Buffer; o: Buffer; u: Buffer } {
  const pad = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
  const ownerKey = md5(pad(owner)).subarray(0, 5);
  const o = rc4(ownerKey, pad(user));
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const key = md5(Buffer.concat([pad(user), o, p, FILE_ID])).subarray(0, 5);
  const u = rc4(key, PAD);
  return { key, o, u };
}

function objectKey(key: Buffer, id: number): Buffer {
  const extra = Buffer.from([id & 0xff, (id >> 8) & 0xff, (id >> 16) & 0xff, 0, 0]);
  return md5(Buffer.concat([key, extra])).subarray(0, Math.min(key.length + 5, 16));
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}
