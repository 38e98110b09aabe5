// The key acceptance test: whatever we render, the corpus parser reads back the same case number,
// the same items and the same decisions, from the text and from the PDF (via PDF text extraction).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedLetter } from '../core/index.ts';
import { parseLetter } from '../letters/index.ts';
import { extractPdfText } from '../pdf/index.ts';
import { arbFinalLetter, GOLDEN_LETTERS } from './__fixtures__/synthetic.ts';
import { redact, renderPdf, renderText, type FinalLetter } from './index.ts';

function expectSame(parsed: ParsedLetter, letter: FinalLetter): void {
  expect(parsed.layout).toBe('maximus-fdl-2016');
  expect(parsed.caseNumber).toBe(letter.caseNumber);
  expect(parsed.decisionDate).toBe(letter.decisionDate);
  expect(parsed.priority).toBe(letter.priority);
  expect(parsed.patient).toEqual(letter.patient);
  expect(parsed.items).toHaveLength(letter.items.length);
  parsed.items.forEach((item, i) => {
    const want = letter.items[i]!;
    expect(item.request).toBe(want.request);
    expect(item.decision).toBe(want.decision);
    expect(item.originalRequest ?? undefined).toBe(want.originalRequest);
    expect(item.authorized ?? undefined).toBe(want.authorized);
  });
}

async function viaPdf(letter: FinalLetter): Promise<ParsedLetter> {
  const pdf = await renderPdf(letter);
  return parseLetter((await extractPdfText(pdf)).text);
}

describe('round trip: render -> parseLetter', () => {
  it('text: generated letters and their redacted versions read back the same (50 runs)', () => {
    fc.assert(
      fc.property(arbFinalLetter, (letter) => {
        expectSame(parseLetter(renderText(letter)), letter);
        const pub = redact(letter);
        expectSame(parseLetter(renderText(pub)), pub);
      }),
      { numRuns: 50 },
    );
  });

  it('PDF: generated letters read back the same after text extraction (10 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(arbFinalLetter, async (letter) => {
        expectSame(await viaPdf(letter), letter);
      }),
      { numRuns: 10 },
    );
  });

  it.each(GOLDEN_LETTERS)('PDF: %s reads back the same, without parse problems', async (_name, letter) => {
    const parsed = await viaPdf(letter);
    expectSame(parsed, letter);
    expect(parsed.problems).toEqual([]);
  });

  it('PDF: a long letter spanning several pages reads back the same', async () => {
    const base = GOLDEN_LETTERS[1]![1];
    const long: FinalLetter = {
      ...base,
      clinicalSummary: Array.from({ length: 12 }, () => base.clinicalSummary).join('\n\n'),
      items: [...base.items, ...base.items, ...base.items],
    };
    const pdf = await renderPdf(long);
    const extracted = await extractPdfText(pdf);
    expect(extracted.pages).toBeGreaterThan(3);
    expectSame(parseLetter(extracted.text), long);
  });

  it('PDF: embeds a TrueType font (no standard-14 font)', async () => {
    const pdf = Buffer.from(await renderPdf(GOLDEN_LETTERS[0]![1])).toString('latin1');
    expect(pdf).toMatch(/\/FontFile2/);
    expect(pdf).toMatch(/DejaVuSans/);
    expect(pdf).not.toMatch(/\/BaseFont\s*\/(?:Helvetica|Times|Courier)/);
  });
});
