// Sanity over every sample letter in the shared corpus: each parses to a known layout, with items
// and a decision on every item. The exact values are checked by test/golden; this test checks the
// shape, and counts decisions over the whole corpus. Letter text never reaches the test output.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedLetter } from '../../src/core/index.ts';
import { extractPdfText } from '../../src/pdf/index.ts';
import { corpusAvailable, corpusFiles } from '../support/corpus.ts';
import { parseLetter } from '../../src/letters/index.ts';

interface Tally {
  letters: number;
  items: number;
  upheld: number;
  overturned: number;
}

function sane(parsed: ParsedLetter, name: string): void {
  expect(ParsedLetter.safeParse(parsed).success, name).toBe(true);
  expect(parsed.layout, name).not.toBe('unknown');
  expect(parsed.problems.map((p) => p.code), name).not.toContain('unknown-layout');
  expect(parsed.items.length, name).toBeGreaterThanOrEqual(1);
  for (const item of parsed.items) {
    expect(item.decision, name).not.toBeNull();
    expect(item.request.length, name).toBeGreaterThan(0);
  }
}

function count(tally: Tally, parsed: ParsedLetter): void {
  tally.letters++;
  tally.items += parsed.items.length;
  tally.upheld += parsed.items.filter((i) => i.decision === 'Upheld').length;
  tally.overturned += parsed.items.filter((i) => i.decision === 'Overturned').length;
}

describe.runIf(corpusAvailable('the sample-letter sanity test'))('sample letters parse sanely', () => {
  it('PDF letters (2016-2017): case number, items, decisions', async () => {
    const files = corpusFiles('letters').filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(0);
    const tally: Tally = { letters: 0, items: 0, upheld: 0, overturned: 0 };
    for (const file of files) {
      const { text } = await extractPdfText(new Uint8Array(readFileSync(file)));
      const parsed = parseLetter(text);
      const name = basename(file);
      sane(parsed, name);
      expect(parsed.layout, name).toBe('maximus-fdl-2016');
      expect(parsed.caseNumber, name).toMatch(/^CM\d{2}-\d{7}$/);
      expect(parsed.problems.map((p) => p.code), name).not.toContain('missing-decision');
      count(tally, parsed);
    }
    // The corpus README's totals for the 56 sample PDFs.
    if (files.length === 56) expect(tally).toEqual({ letters: 56, items: 152, upheld: 141, overturned: 11 });
  });

  it('seed text letters (2013-2015): items and decisions; letters without a header report it', () => {
    const files = corpusFiles('seeds').filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    const tally: Tally = { letters: 0, items: 0, upheld: 0, overturned: 0 };
    for (const file of files) {
      const parsed = parseLetter(readFileSync(file, 'utf8'));
      const name = basename(file);
      sane(parsed, name);
      if (parsed.caseNumber === null) expect(parsed.problems.map((p) => p.code), name).toContain('missing-case-number');
      count(tally, parsed);
    }
    // The five seeds hold 8 items (000: 2, 001: 1, 002: 2, 003: 2, 004: 1); the corpus README's "10" is a miscount.
    if (files.length === 5) expect(tally).toEqual({ letters: 5, items: 8, upheld: 6, overturned: 2 });
  });
});
