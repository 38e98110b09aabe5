// Property tests: parseLetter never throws and always returns a valid ParsedLetter, whatever the input.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedLetter } from '../core/index.ts';
import { parseLetter } from './index.ts';

const FIXTURES = ['fdl-2016.txt', 'fdl-2013-no-header.txt', 'fdl-2013-tab-header.txt', 'dwc-notice-2013.txt', 'maximus-imr-report.txt', 'medical-professional-review.txt'];
const fixtures = FIXTURES.map((name) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

/** Pieces letters are made of, so random strings hit the interesting paths. */
const TOKENS = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES',
  'IMR DECISION(S) AND RATIONALE(S)', 'ISSUE AT DISPUTE', 'DOCUMENTS REVIEWED', 'MEDICAL PROFESSIONAL REVIEW',
  'NOTICE OF INDEPENDENT MEDICAL REVIEW DETERMINATION', 'Case Number:', 'CM16-0000001', 'Date of Injury:', '02/30/2016',
  '10-13-16', 'Priority:', 'Standard', 'Application', 'Received:', ': Upheld', ': Overturned', 'Upheld', 'Claims Administrator guideline:',
  'MAXIMUS guideline:', 'Decision rationale:', 'Decision based on MTUS', 'Section(s):', 'Page(s):', 'Non-MTUS Citation',
  'was the original request.', 'was authorized by the Claims Administrator.', 'The remaining IMR eligible portion of the original request,',
  'is:', ', and ', 'Regarding the request for', 'has determined the request for', 'is not medically necessary', '1.', '2)', '(',
  ')', ':', '\n', '\n\n', '\f', '\t', '\r\n', ' ', 'Page 1 of 2', 'a 45-year-old female', '45 y/o', 'Board Certified in',
  'State(s) of Licensure:', 'Certification(s)/Specialty:', '[REDACTED]', '\u00a0', '\u200b', '\ud800', '😀',
];

const letterish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 200 }).map((parts) => parts.join(''));

/** A fixture cut into paragraphs, shuffled, with some dropped and the result truncated. */
const mangled = fc
  .tuple(fc.constantFrom(...fixtures), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat({ max: 5000 }), fc.boolean())
  .map(([text, seed, cut, shuffle]) => {
    let parts = text.split(/\n\n/);
    if (shuffle) {
      let s = seed;
      parts = parts
        .map((p) => ({ p, k: (s = (s * 1103515245 + 12345) % 2 ** 31) }))
        .filter(({ k }) => k % 7 !== 0)
        .sort((a, b) => a.k - b.k)
        .map(({ p }) => p);
    }
    const joined = parts.join('\n\n');
    return joined.slice(0, Math.max(0, joined.length - cut));
  });

function check(text: string): void {
  const parsed = parseLetter(text);
  const valid = ParsedLetter.safeParse(parsed);
  expect(valid.success).toBe(true);
  for (const p of parsed.problems) expect(p.offset).toBeLessThanOrEqual(text.length);
  expect(parsed.problems.some((p) => p.code === 'internal-error')).toBe(false);
}

describe('parseLetter properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), check), { numRuns: 300 });
  });

  it('never throws on letter-like token soup', () => {
    fc.assert(fc.property(letterish, check), { numRuns: 500 });
  });

  it('never throws on shuffled, truncated letters, and decisions stay valid', () => {
    fc.assert(
      fc.property(mangled, (text) => {
        check(text);
        for (const item of parseLetter(text).items) expect([null, 'Upheld', 'Overturned']).toContain(item.decision);
      }),
      { numRuns: 400 },
    );
  });

  it('survives non-string input from untyped callers', () => {
    expect(ParsedLetter.safeParse(parseLetter(undefined as unknown as string)).success).toBe(true);
  });
});
