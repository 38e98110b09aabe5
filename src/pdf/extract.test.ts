import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { corpusAvailable, corpusFiles } from '../../test/support/corpus.ts';
import { linesPage, makePdf } from './__fixtures__/make-pdf.ts';
import { extractPdfText, extractPdfTexts } from './index.ts';

async function failure(promise: Promise<unknown>): Promise<OpenImrError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(OpenImrError);
    return err as OpenImrError;
  }
  throw new Error('expected a rejection');
}

const headerPage = {
  runs: [
    { text: 'Case Number:', x: 72, y: 700, size: 11 },
    { text: 'CM17-0005344', x: 180, y: 700, size: 11 },
    { text: 'Date Assigned:', x: 72, y: 687, size: 11 },
    { text: '01/12/2017', x: 180, y: 687, size: 11 },
    { text: 'Date of Injury:', x: 330, y: 687, size: 11 },
    { text: '12/01/2016', x: 430, y: 687, size: 11 },
    { text: 'HOW THE IMR FINAL DETERMINATION WAS MADE', x: 150, y: 640 },
    { text: 'MAXIMUS Federal Services sent the complete case file', x: 72, y: 620 },
    { text: 'to an expert reviewer.', x: 72, y: 606 },
  ],
};

describe('extractPdfText', () => {
  it('rebuilds lines, table rows with tabs and paragraph breaks', async () => {
    const { text, pages } = await extractPdfText(makePdf([headerPage]));
    expect(pages).toBe(1);
    expect(text.split('\n')).toEqual([
      'Case Number:\tCM17-0005344',
      'Date Assigned:\t01/12/2017\tDate of Injury:\t12/01/2016',
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'MAXIMUS Federal Services sent the complete case file',
      'to an expert reviewer.',
    ]);
  });

  it('separates pages with a form feed', async () => {
    const { text, pages } = await extractPdfText(makePdf([linesPage(['first page']), linesPage(['second page'])]));
    expect(pages).toBe(2);
    expect(text).toBe('first page\fsecond page');
  });

  it('reads a copy-protected (permissions-only encrypted) PDF', async () => {
    const bytes = makePdf([linesPage(['Protected letter text'])], { encrypt: { userPassword: '', ownerPassword: 'owner' } });
    expect((await extractPdfText(bytes)).text).toBe('Protected letter text');
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = makePdf([linesPage(['x'])]);
    const length = bytes.byteLength;
    await extractPdfText(bytes);
    expect(bytes.byteLength).toBe(length);
  });

  it.each([
    ['random bytes', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['empty input', new Uint8Array(0)],
    ['text that is not a PDF', new TextEncoder().encode('Case Number: CM17-0005344')],
    ['a PDF header followed by junk', new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(500))],
  ])('rejects %s as pdf-malformed', async (_name, bytes) => {
    expect((await failure(extractPdfText(bytes))).code).toBe('pdf-malformed');
  });

  it('rejects a PDF cut before its page content, and never crashes on any truncation', async () => {
    const whole = makePdf([linesPage(['Line one', 'Line two']), linesPage(['Page two'])]);
    expect((await failure(extractPdfText(whole.slice(0, 200)))).code).toMatch(/^pdf-(malformed|no-text)$/);
    for (let cut = 16; cut < whole.length; cut += 37) {
      try {
        const r = await extractPdfText(whole.slice(0, cut));
        expect(typeof r.text).toBe('string');
      } catch (err) {
        expect(err).toBeInstanceOf(OpenImrError);
        expect((err as OpenImrError).code).toMatch(/^pdf-(malformed|no-text)$/);
      }
    }
  });

  it('rejects a PDF encrypted with a user password as pdf-encrypted', async () => {
    const bytes = makePdf([linesPage(['secret'])], { encrypt: { userPassword: 'user', ownerPassword: 'owner' } });
    expect((await failure(extractPdfText(bytes))).code).toBe('pdf-encrypted');
  });

  it('rejects a PDF without a text layer as pdf-no-text', async () => {
    const bytes = makePdf([{ content: '0 0 1 rg 72 72 200 200 re f' }]);
    expect((await failure(extractPdfText(bytes))).code).toBe('pdf-no-text');
  });

  it('rejects input over maxBytes before parsing', async () => {
    const bytes = makePdf([linesPage(['x'])]);
    const err = await failure(extractPdfText(bytes, { maxBytes: bytes.byteLength - 1 }));
    expect(err.code).toBe('file-too-large');
  });

  it('rejects a document with more than maxPages pages', async () => {
    const bytes = makePdf(Array.from({ length: 5 }, (_, i) => linesPage([`page ${i}`])));
    const err = await failure(extractPdfText(bytes, { maxPages: 4 }));
    expect(err.code).toBe('pdf-too-many-pages');
  });

  it('gives up after timeoutMs', async () => {
    const bytes = makePdf(Array.from({ length: 300 }, (_, i) => linesPage([`page ${i}`, 'more text on the page'])));
    const err = await failure(extractPdfText(bytes, { timeoutMs: 5 }));
    expect(err.code).toBe('pdf-timeout');
  });

  it('extracts concurrent documents independently', async () => {
    const docs = Array.from({ length: 6 }, (_, i) => makePdf([linesPage([`document ${i}`])]));
    const texts = await Promise.all(docs.map((d) => extractPdfText(d)));
    expect(texts.map((t) => t.text)).toEqual(docs.map((_, i) => `document ${i}`));
  });
});

describe('extractPdfTexts', () => {
  it('returns one outcome per file; a bad file does not stop the rest', async () => {
    const results = await extractPdfTexts([makePdf([linesPage(['good'])]), new Uint8Array([1, 2, 3]), makePdf([linesPage(['also good'])])]);
    expect(results.map((r) => (r.ok ? r.value.text : r.error.code))).toEqual(['good', 'pdf-malformed', 'also good']);
  });
});

describe.runIf(corpusAvailable('PDF extraction of the sample letters'))('sample letters', () => {
  const files = corpusFiles('letters').filter((f) => f.endsWith('.pdf'));

  it('finds the sample PDFs', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [basename(f), f]))('extracts %s with its header row and sections', async (_name, file) => {
    const { text, pages } = await extractPdfText(new Uint8Array(readFileSync(file)));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text.split('\f')).toHaveLength(pages);
    // Letter text stays out of test output: only booleans are compared.
    const lines = text.split(/[\n\f]/);
    expect(lines.some((l) => /^Case Number:\tCM\d{2}-\d{7}$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Date Assigned:\t\d\d\/\d\d\/\d{4}\tDate of Injury:\t\d\d\/\d\d\/\d{4}$/.test(l))).toBe(true);
    expect(lines.includes('IMR ISSUES, DECISIONS AND RATIONALES')).toBe(true);
  });
});
