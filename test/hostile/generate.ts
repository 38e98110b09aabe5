// The bad-input corpus of issue 6, generated into a temporary folder on every run (never committed):
// broken and hostile PDFs, text in the wrong encodings, oversized and sparse files, deeply nested and huge
// JSON, query and SQL injection strings, markup in every text field, and hostile file names.
// Each input says which entries it goes through and what is expected: 'refuse' (a coded error),
// 'accept' (a normal result) or 'either' (lenient readers may recover; both are fine if nothing crashes).
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflate } from 'node:zlib';
import type { ErrorCode } from '../../src/core/index.ts';
import { linesPage, makePdf } from '../../src/pdf/__fixtures__/make-pdf.ts';
import { encryptedPdf, textPdf, truncated } from '../support/pdf-fixtures.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../support/synthetic.ts';

export type Entry = 'parse' | 'ingest' | 'decide' | 'search' | 'addDocument' | 'createCase';
export type Expectation = 'refuse' | 'accept' | 'either';

export interface HostileInput {
  /** Stable name, used in reports. */
  readonly id: string;
  readonly entries: readonly Entry[];
  readonly expect: Expectation;
  /** A different expectation for some entries (e.g. the workflow accepts only UTF-8 / UTF-16 text documents). */
  readonly expectFor?: Partial<Record<Entry, Expectation>>;
  /** When refused, one of these codes (any known code when absent). */
  readonly codes?: readonly ErrorCode[];
  /** A file in the corpus folder (letters, case files). */
  readonly path?: string;
  /** Query text for search; JSON text for createCase. */
  readonly text?: string;
  /** Extra search flags (filters carrying injection strings). */
  readonly flags?: readonly string[];
  /** The file name given to addDocument (defaults to the file's own name). */
  readonly fileName?: string;
}

/** File size limit of a letter read (src/corpus DEFAULT_READ_LIMITS.maxBytes, 50 MiB). */
export const LETTER_LIMIT_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '<iframe srcdoc="<script>parent.x=1</script>"></iframe>',
];

/** SQL and full-text query syntax a user might type into search. */
export const INJECTION_QUERIES = [
  "'; DROP TABLE letters;--",
  "' OR '1'='1",
  '" OR 1=1 --',
  'NEAR(',
  '"NEAR("',
  'NEAR(massage therapy, 2)',
  '"unbalanced',
  'unbalanced"',
  "it's",
  "'''",
  '*',
  'mass*',
  'AND OR NOT',
  'massage AND',
  'NOT massage',
  '(((',
  ')))',
  '{request}: massage',
  'request:massage',
  '^massage',
  '-massage',
  '+massage',
  'massage\u0000therapy',
  '%',
  '_',
  '\\',
  '😀',
  'señal 日本語',
  '<script>alert(1)</script>',
  '1; select * from sqlite_master',
  '$$; drop table items; $$',
  'massage'.repeat(400),
  Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
];

function write(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** A file of `size` bytes that takes no disk space: open, truncate, and (optionally) a header at the start. */
function sparse(dir: string, name: string, size: number, head = ''): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  try {
    if (head !== '') writeSync(fd, head);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** A one-page PDF whose page dictionary carries `junk` (an extra entry) and whose content is `content`. */
function rawPdf(junk: string, content: Buffer, streamDict = ''): Uint8Array {
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Junk ${junk} >>`),
    Buffer.concat([Buffer.from(`<< /Length ${content.length}${streamDict} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let at = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(at);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

const TEXT_RUN = Buffer.from('BT /F1 12 Tf 72 720 Td (Hostile input test page) Tj ET');

/** A FlateDecode stream that inflates to `inflated` bytes of spaces (PDF white space) then one text run. */
async function deflatedBomb(inflated: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const chunk = Buffer.alloc(MB, 0x20);
  for (let written = 0; written < inflated; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end(TEXT_RUN);
  await done;
  return Buffer.concat(out);
}

/** A FlateDecode stream in a PDF encrypted with an empty user password (opens without one). */
function encryptedBomb(deflated: Buffer): Uint8Array {
  const pdf = Buffer.from(makePdf([{ content: deflated.toString('latin1') }], { encrypt: { userPassword: '', ownerPassword: 'owner' } })).toString('latin1');
  // makePdf writes no /Filter; adding it shifts later offsets, which pdf.js repairs as readers do.
  return new Uint8Array(Buffer.from(pdf.replace(/<< \/Length (\d+) >>\nstream/, (_m, n: string) => `<< /Length ${n} /Filter /FlateDecode >>\nstream`), 'latin1'));
}

/** A PDF whose page tree points back at itself. */
function cyclicPagesPdf(): Uint8Array {
  const pdf = Buffer.from(textPdf(['Hostile input test page'])).toString('latin1');
  return new Uint8Array(Buffer.from(pdf.replace('/Kids [4 0 R] /Count 1', '/Kids [2 0 R 4 0 R] /Count 2147483647'), 'latin1'));
}

/** A PDF whose xref table points every object at the wrong place and whose trailer's /Prev points to itself. */
function brokenXrefPdf(): Uint8Array {
  const pdf = Buffer.from(textPdf(['Hostile input test page'])).toString('latin1');
  const broken = pdf.replace(/(\d{10}) 00000 n/g, '0000000009 00000 n').replace('/Root 1 0 R', `/Root 1 0 R /Prev ${pdf.indexOf('xref')}`);
  return new Uint8Array(Buffer.from(broken, 'latin1'));
}

function withMarkup(s: string, i: number): string {
  return `${s} ${MARKUP[i % MARKUP.length] ?? ''}`;
}

/** A synthetic letter (invented text) with markup in every text field. */
function markupLetter(): string {
  const l = syntheticLetter(seededRng(6), 6006);
  let n = 0;
  const next = (s: string | null): string => withMarkup(s ?? '', n++);
  return renderSyntheticLetterText({
    ...l,
    clinicalSummary: next(l.clinicalSummary),
    reviewer: { ...l.reviewer, specialties: l.reviewer.specialties.map(next), licensure: l.reviewer.licensure.map(next) },
    items: l.items.map((it) => ({ ...it, request: next(it.request), claimsAdministratorGuideline: next(it.claimsAdministratorGuideline), imrGuideline: next(it.imrGuideline), rationale: next(it.rationale) })),
  });
}

/** Windows-1252 bytes of a text (characters outside it become '?'). */
function cp1252(text: string): Uint8Array {
  const HIGH = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';
  const CODES = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
  return new Uint8Array(Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    const high = HIGH.indexOf(ch);
    if (high >= 0) return CODES[high] ?? 0x3f;
    return c < 256 ? c : 0x3f;
  }));
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(le.swap16());
}

/** A valid case file for `openimr decide` (invented). */
export function caseFile(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    caseNumber: 'CM16-0000001',
    dateOfInjury: '2014-03-02',
    urDenialDate: '2016-10-13',
    clinicalSummary: 'The injured worker is a 45-year-old male with chronic low back pain since a lifting injury on 03/02/2014. He has completed physical therapy without functional improvement.',
    records: [{ title: 'Progress report', date: '2016-09-01', text: 'Pain 7/10. Norco helps. No aberrant behavior.' }],
    disputedItems: [{ request: 'Norco 10/325mg #180' }, { request: 'Physical therapy 2 x 6 for the lumbar spine' }],
    ...over,
  };
}

/** A valid IMR application for createCase (invented people). */
export function application(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    employee: { name: 'Hostile Test Worker', dateOfBirth: '1968-11-20', sex: 'male', address: '1 Test Street, Fresno, CA 93701' },
    claimNumber: 'TST-H-100',
    dateOfInjury: '2024-12-02',
    employer: { name: 'Invented Packing Works' },
    requestingPhysician: { name: 'Dr. Invented Tester', specialty: 'Occupational Medicine' },
    claimsAdministrator: { name: 'Invented Claims Services' },
    disputedTreatments: [{ request: 'Acupuncture 1 x 6 cervical spine' }, { request: 'Norco 10/325mg #90' }],
    urDecision: { date: '2026-05-18', servedDate: '2026-05-19', servedBy: 'electronic' },
    signed: true,
    receivedDate: '2026-06-01',
    ...over,
  };
}

/** Replaces every string in a JSON value by `f(string, index)`. */
function mapStrings(value: unknown, f: (s: string, i: number) => string, counter = { n: 0 }): unknown {
  if (typeof value === 'string') return f(value, counter.n++);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, counter));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f, counter)]));
  }
  return value;
}

/** Strings in date-like fields stay dates (so markup reaches the free-text fields and is not refused early). */
const DATE_FIELD = /^\d{4}-\d{2}-\d{2}$|^(mail|electronic|personal|female|male|CM16-0000001)$/;
const markupEverywhere = (v: unknown): unknown => mapStrings(v, (s, i) => (DATE_FIELD.test(s) ? s : withMarkup(s, i)));
const injectionEverywhere = (v: unknown): unknown =>
  mapStrings(v, (s, i) => (DATE_FIELD.test(s) ? s : `${s} ${INJECTION_QUERIES[i % 12] ?? ''}`));

const nestedArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
const nestedObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

const PDF_ENTRIES: readonly Entry[] = ['parse', 'ingest', 'addDocument'];
const PDF_CODES: readonly ErrorCode[] = ['pdf-malformed', 'pdf-encrypted', 'pdf-no-text', 'pdf-timeout', 'pdf-too-many-pages', 'resource-limit', 'file-too-large', 'invalid-input', 'unsupported-file-type', 'encoding-error'];
const TEXT_CODES: readonly ErrorCode[] = ['encoding-error', 'unsupported-file-type', 'invalid-input', 'file-too-large', 'resource-limit'];

/** Writes the corpus into `dir` and lists the inputs. Takes a few seconds (the compression bomb is deflated). */
export async function generateHostileCorpus(dir: string): Promise<HostileInput[]> {
  mkdirSync(join(dir, 'pdf'), { recursive: true });
  const inputs: HostileInput[] = [];
  const file = (id: string, name: string, data: string | Uint8Array, entries: readonly Entry[], expect: Expectation, codes?: readonly ErrorCode[]): void => {
    inputs.push({ id, entries, expect, path: write(dir, name, data), ...(codes === undefined ? {} : { codes }) });
  };
  const letterText = renderSyntheticLetterText(syntheticLetter(seededRng(7), 7007));
  const letterPdf = textPdf(letterText.split('\n').map((s) => s.replace(/\t/g, '    ')));
  const rng = seededRng(66);
  const random = (n: number): Uint8Array => new Uint8Array(Array.from({ length: n }, () => Math.floor(rng() * 256)));

  // PDFs: broken, encrypted, malformed, huge, nested, bombs, random.
  file('pdf-truncated-10pct', 'pdf/truncated-10.pdf', truncated(letterPdf, 0.1), PDF_ENTRIES, 'refuse', PDF_CODES);
  file('pdf-truncated-50pct', 'pdf/truncated-50.pdf', truncated(letterPdf, 0.5), PDF_ENTRIES, 'either', PDF_CODES);
  file('pdf-truncated-95pct', 'pdf/truncated-95.pdf', truncated(letterPdf, 0.95), PDF_ENTRIES, 'either', PDF_CODES);
  file('pdf-encrypted', 'pdf/encrypted.pdf', encryptedPdf(), PDF_ENTRIES, 'refuse', ['pdf-encrypted']);
  file('pdf-header-only', 'pdf/header-only.pdf', '%PDF-1.7\n', PDF_ENTRIES, 'refuse', PDF_CODES);
  file('pdf-empty', 'pdf/empty.pdf', new Uint8Array(), PDF_ENTRIES, 'refuse', [...PDF_CODES, 'invalid-input']);
  file('pdf-broken-xref', 'pdf/broken-xref.pdf', brokenXrefPdf(), PDF_ENTRIES, 'either', PDF_CODES);
  file('pdf-page-tree-cycle', 'pdf/page-cycle.pdf', cyclicPagesPdf(), PDF_ENTRIES, 'refuse', PDF_CODES);
  file('pdf-no-text-layer', 'pdf/graphics-only.pdf', makePdf([{ content: '0 0 m 100 100 l S' }]), PDF_ENTRIES, 'refuse', ['pdf-no-text']);
  file('pdf-too-many-pages', 'pdf/many-pages.pdf', makePdf(Array.from({ length: 1200 }, () => linesPage(['Hostile input test page']))), PDF_ENTRIES, 'refuse', ['pdf-too-many-pages']);
  file('pdf-huge-array', 'pdf/huge-array.pdf', rawPdf(`[${'0 '.repeat(3_000_000)}]`, TEXT_RUN), PDF_ENTRIES, 'either', PDF_CODES);
  file('pdf-huge-string', 'pdf/huge-string.pdf', rawPdf('null', Buffer.from(`BT /F1 12 Tf 72 720 Td (${'Hostile '.repeat(2_500_000)}) Tj ET`)), PDF_ENTRIES, 'either', PDF_CODES);
  file('pdf-nested-arrays-100k', 'pdf/nested-arrays.pdf', rawPdf(nestedArray(100_000), TEXT_RUN), PDF_ENTRIES, 'either', PDF_CODES);
  file('pdf-nested-dicts-100k', 'pdf/nested-dicts.pdf', rawPdf('<< /A '.repeat(100_000) + 'null' + ' >>'.repeat(100_000), TEXT_RUN), PDF_ENTRIES, 'either', PDF_CODES);
  const bomb = await deflatedBomb(400 * MB);
  file('pdf-flate-bomb-400mb', 'pdf/bomb.pdf', rawPdf('null', bomb, ' /Filter /FlateDecode'), PDF_ENTRIES, 'either', PDF_CODES);
  // The same bomb in a permissions-only encrypted PDF (the kind the published letters are): the pre-scan of
  // src/pdf must decrypt the stream to see it.
  file('pdf-encrypted-flate-bomb-400mb', 'pdf/encrypted-bomb.pdf', encryptedBomb(bomb), PDF_ENTRIES, 'refuse', ['resource-limit']);
  file('pdf-random-bytes', 'pdf/random.pdf', random(64 * 1024), PDF_ENTRIES, 'refuse', PDF_CODES);
  file('pdf-random-after-header', 'pdf/random-header.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), random(64 * 1024)]), PDF_ENTRIES, 'refuse', PDF_CODES);
  inputs.push({ id: 'pdf-just-over-limit', entries: PDF_ENTRIES, expect: 'refuse', codes: ['file-too-large'], path: sparse(dir, 'pdf/over-limit.pdf', LETTER_LIMIT_BYTES + 1, '%PDF-1.4\n') });
  inputs.push({ id: 'pdf-200mb-sparse', entries: PDF_ENTRIES, expect: 'refuse', codes: ['file-too-large'], path: sparse(dir, 'pdf/upload-200mb.pdf', 200 * MB, '%PDF-1.4\n') });

  // The whole PDF folder at once through the worker pool (heap limit, job timeout), as a large ingest runs.
  inputs.push({ id: 'pdf-folder-worker-pool', entries: ['ingest'], expect: 'refuse', codes: PDF_CODES, path: join(dir, 'pdf'), flags: ['--workers', '1'] });

  // Text letters in other encodings, with control characters, one huge line, markup, regex traps.
  const TEXT_ENTRIES: readonly Entry[] = ['parse', 'ingest', 'addDocument'];
  file('txt-utf16le-no-bom', 'utf16le.txt', Buffer.from(letterText, 'utf16le'), TEXT_ENTRIES, 'refuse', TEXT_CODES);
  file('txt-utf16be-no-bom', 'utf16be.txt', utf16be(letterText), TEXT_ENTRIES, 'refuse', TEXT_CODES);
  file('txt-windows-1252', 'cp1252.txt', cp1252(letterText.replace('Decision rationale:', 'Decision rationale: \u201cna\u00efve\u201d caf\u00e9 \u2013 \u20ac')), TEXT_ENTRIES, 'accept');
  // A case document must be UTF-8 or UTF-16 text (src/app sniffDocument); letters may also be Windows-1252.
  inputs[inputs.length - 1] = { ...inputs[inputs.length - 1]!, expectFor: { addDocument: 'either' } };
  file('txt-nul-and-control', 'control.txt', `Case Number:\u0000 CM16\u0007\u001b[2J\u0008${letterText.slice(0, 200)}\u0000\u0001\u0002`, TEXT_ENTRIES, 'refuse', TEXT_CODES);
  file('txt-ansi-escapes-in-letter', 'ansi.txt', letterText.replace('Decision rationale:', 'Decision rationale: \u001b]0;pwned\u0007\u001b[31m'), TEXT_ENTRIES, 'either', TEXT_CODES);
  file('txt-5mb-single-line', 'one-line.txt', 'Decision rationale: '.padEnd(5 * MB, 'pain improved with therapy and medication '), TEXT_ENTRIES, 'either', TEXT_CODES);
  file('txt-heading-flood', 'headings.txt', Array.from({ length: 60_000 }, (_, i) => ['CLINICAL CASE SUMMARY', 'Case Number:\tCM16-0000001', 'Massage therapy: Upheld', 'Decision rationale:', 'Page 1 of 2'][i % 5]).join('\n'), TEXT_ENTRIES, 'either', TEXT_CODES);
  file('txt-markup-every-field', 'markup-letter.txt', markupLetter(), TEXT_ENTRIES, 'accept');
  file('txt-empty', 'empty.txt', '', TEXT_ENTRIES, 'either', TEXT_CODES);
  file('txt-random-bytes', 'random.txt', random(32 * 1024), TEXT_ENTRIES, 'refuse', TEXT_CODES);
  file('txt-lone-surrogates', 'surrogates.txt', Buffer.from([0xed, 0xa0, 0x80, 0x41, 0xed, 0xbf, 0xbf]), TEXT_ENTRIES, 'either', TEXT_CODES);
  inputs.push({ id: 'txt-200mb-sparse', entries: TEXT_ENTRIES, expect: 'refuse', codes: ['file-too-large'], path: sparse(dir, 'upload-200mb.txt', 200 * MB) });

  // Hostile file names (contents are a plain note, so ingest refuses them as "no disputed items").
  const names = join(dir, 'names');
  mkdirSync(names);
  const NOTE = 'Progress note: low back pain, improving.';
  file('name-newline-and-ansi', join('names', 'evil\n\u001b[31mred\u001b[0m\r.txt'), NOTE, ['parse', 'ingest'], 'either', TEXT_CODES);
  file('name-255-bytes', join('names', `${'n'.repeat(251)}.txt`), NOTE, ['parse', 'ingest'], 'either', TEXT_CODES);
  file('name-rtl-override', join('names', 'report\u202etxt.exe.txt'), NOTE, ['parse', 'ingest'], 'either', TEXT_CODES);
  inputs.push({ id: 'path-with-nul', entries: ['parse', 'ingest'], expect: 'refuse', path: join(dir, 'x\u0000.txt') });
  inputs.push({ id: 'path-too-long', entries: ['parse', 'ingest'], expect: 'refuse', path: join(dir, `${'d'.repeat(250)}/`.repeat(20), 'x.txt') });
  inputs.push({ id: 'path-traversal-missing', entries: ['parse', 'ingest'], expect: 'refuse', path: join(dir, '..', '..', '..', '..', '..', '..', 'etc', 'openimr-no-such-file.txt') });
  for (const [id, fileName] of [
    ['docname-traversal', '../../etc/passwd'],
    ['docname-windows-traversal', 'C:\\..\\..\\Windows\\win.ini'],
    ['docname-nul', 'report\u0000.pdf.txt'],
    ['docname-newline', 'report\n.txt'],
    ['docname-100k-chars', `${'a'.repeat(100_000)}.txt`],
    ['docname-dots', '..'],
    ['docname-empty', ''],
    ['docname-markup', '<script>alert(1)</script>.txt'],
  ] as const) {
    // Distinct bytes per name: a repeated document (same SHA-256) is not stored again under a new name.
    inputs.push({ id, entries: ['addDocument'], expect: 'either', path: write(dir, `note-${id}.txt`, `${NOTE} (${id})`), fileName });
  }

  // Case files for `openimr decide`.
  const json = (id: string, body: string | Uint8Array, expect: Expectation, codes?: readonly ErrorCode[]): void => {
    file(id, `${id}.json`, body, ['decide'], expect, codes);
  };
  json('json-nested-arrays-100k', nestedArray(100_000), 'refuse', ['invalid-input']);
  json('json-nested-objects-100k', nestedObject(100_000), 'refuse', ['invalid-input']);
  json('json-nested-in-field', JSON.stringify(caseFile()).replace('"Norco 10/325mg #180"', nestedArray(100_000)), 'refuse', ['invalid-input']);
  json('json-50mb', JSON.stringify(caseFile({ clinicalSummary: 'pain '.repeat(10 * MB) })), 'refuse', ['file-too-large']);
  json('json-markup-every-field', JSON.stringify(markupEverywhere(caseFile())), 'accept');
  json('json-injection-every-field', JSON.stringify(injectionEverywhere(caseFile())), 'accept');
  json('json-not-a-date', JSON.stringify(caseFile({ dateOfInjury: '2016-02-30' })), 'refuse', ['invalid-input']);
  json('json-wrong-types', JSON.stringify(caseFile({ disputedItems: [{ request: 42 }], records: 'none' })), 'refuse', ['invalid-input']);
  json('json-proto-pollution', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' + JSON.stringify(caseFile()).slice(1), 'either', ['invalid-input']);
  json('json-nul-in-strings', JSON.stringify(caseFile({ clinicalSummary: 'pain\u0000\u0001\u001b[2J after injury on 03/02/2014' })), 'accept');
  json('json-max-summary-2mb', JSON.stringify(caseFile({ clinicalSummary: 'No radiculopathy. Denies numbness 1/1/1/1 10-10-10 ( ( ( ; '.repeat(30_000).slice(0, 1_999_000) })), 'either', ['invalid-input']);
  json('json-utf16-no-bom', Buffer.from(JSON.stringify(caseFile()), 'utf16le'), 'refuse', ['invalid-input']);
  json('json-random-bytes', random(16 * 1024), 'refuse', ['invalid-input']);
  json('json-empty', '', 'refuse', ['invalid-input']);
  inputs.push({ id: 'json-200mb-sparse', entries: ['decide'], expect: 'refuse', codes: ['file-too-large'], path: sparse(dir, 'case-200mb.json', 200 * MB) });

  // Search: injection strings as the query and as filter values.
  INJECTION_QUERIES.forEach((q, i) => {
    inputs.push({ id: `query-${i}`, entries: ['search'], expect: 'either', codes: ['invalid-argument'], text: q });
  });
  inputs.push({ id: 'query-filter-category', entries: ['search'], expect: 'either', codes: ['invalid-argument'], text: 'massage', flags: ['--category', "x') OR 1=1 --"] });
  inputs.push({ id: 'query-filter-specialty', entries: ['search'], expect: 'either', codes: ['invalid-argument'], text: 'massage', flags: ['--specialty', '" OR "" = "'] });
  inputs.push({ id: 'query-bad-year', entries: ['search'], expect: 'refuse', text: 'massage', flags: ['--year', "2016; DROP TABLE items"] });

  // Applications for createCase (JSON text, parsed by the driver as an API would).
  const appJson = (id: string, body: string, expect: Expectation, codes?: readonly ErrorCode[]): void => {
    inputs.push({ id, entries: ['createCase'], expect, text: body, ...(codes === undefined ? {} : { codes }) });
  };
  appJson('app-nested-objects-10k', nestedObject(10_000), 'refuse', ['invalid-input']);
  appJson('app-nested-in-field', JSON.stringify(application()).replace('"TST-H-100"', nestedArray(10_000)), 'refuse', ['invalid-input']);
  appJson('app-markup-every-field', JSON.stringify(markupEverywhere(application({ claimNumber: 'TST-H-200' }))), 'accept');
  appJson('app-injection-every-field', JSON.stringify(injectionEverywhere(application({ claimNumber: 'TST-H-300' }))), 'accept');
  appJson('app-5mb-name', JSON.stringify(application({ employee: { name: 'Z'.repeat(5 * MB) } })), 'refuse', ['invalid-input']);
  appJson('app-proto-pollution', '{"__proto__":{"polluted":true,"role":"admin"},' + JSON.stringify(application({ claimNumber: 'TST-H-400' })).slice(1), 'either', ['invalid-input']);
  appJson('app-control-chars', JSON.stringify(application({ claimNumber: 'TST\u0000-\u001b[2J', employee: { name: 'Zelda\u0000\u0007' } })), 'either', ['invalid-input']);
  appJson('app-wrong-types', JSON.stringify(application({ signed: 'yes', disputedTreatments: 'all' })), 'refuse', ['invalid-input']);
  appJson('app-not-an-object', '[1,2,3]', 'refuse', ['invalid-input']);
  appJson('app-null', 'null', 'refuse', ['invalid-input']);
  appJson('app-101-treatments', JSON.stringify(application({ disputedTreatments: Array.from({ length: 101 }, () => ({ request: 'MRI' })) })), 'refuse', ['invalid-input']);
  appJson('app-impossible-dates', JSON.stringify(application({ dateOfInjury: '2025-13-45' })), 'refuse', ['invalid-input']);
  return inputs;
}

/** Random bytes for a caller that wants more (kept here so the corpus is one place). */
export function randomFile(dir: string, name: string, size: number): string {
  return write(dir, name, randomBytes(size));
}
