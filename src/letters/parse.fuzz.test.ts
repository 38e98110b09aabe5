// Fuzzer (issue 6): the letter parser on hostile text, a bounded seeded number of runs. It must never throw,
// never fall into its own catch-all ('internal-error'), return a valid ParsedLetter, and point every problem
// at a real place: an offset inside the input and, when a problem names an item, an item that exists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedLetter } from '../core/index.ts';
import { parseLetter } from './index.ts';

const SEED = 6_2026;
const RUNS = 2000;

const HEADINGS = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES',
  'DOCUMENTS REVIEWED', 'ISSUE AT DISPUTE', 'MEDICAL PROFESSIONAL REVIEW', 'Case Number:', 'Date of Injury:',
  'Priority:', 'Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:', 'Section(s):', 'Page(s):',
  ': Upheld', ': Overturned', '1.', '2)', 'Page 1 of 3', 'CM16-0213037', '13/45/2016', '02/29/2015', '00/00/0000',
];
/** What an attacker puts in a letter: markup, SQL, query syntax, control and invisible characters. */
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg/onload=alert(1)>', "'; DROP TABLE letters;--",
  'NEAR(', '"', "'", '*', 'AND OR NOT', '\u0000', '\u0007', '\u001b[31m', '\u202e', '\ufeff', '\u200b', '\ud800', '\udfff',
  '\r', '\f', '\t', '\n\n\n', '\u2028', '😀', 'ﬁ', '%PDF-1.4', '\\', '$&', '(?:', '.*'.repeat(4),
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '-', '.', ':', '\t', 'a'), fc.nat({ max: 3000 })).map(([c, n]) => c.repeat(n)) },
);
const hostileLetter = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

function check(text: string): void {
  const parsed = parseLetter(text);
  expect(ParsedLetter.safeParse(parsed).success).toBe(true);
  for (const p of parsed.problems) {
    expect(p.code).not.toBe('internal-error');
    expect(Number.isInteger(p.offset)).toBe(true);
    expect(p.offset).toBeGreaterThanOrEqual(0);
    expect(p.offset).toBeLessThanOrEqual(text.length);
    if (p.item !== undefined) expect(p.item).toBeLessThan(parsed.items.length);
  }
}

describe('parseLetter fuzz', () => {
  it(`survives ${RUNS} hostile letters (seed ${SEED})`, () => {
    fc.assert(fc.property(hostileLetter, check), { numRuns: RUNS, seed: SEED });
  });

  it('survives arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), check), { numRuns: 500, seed: SEED });
  });
});
