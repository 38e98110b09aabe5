// Fuzzer (issue 6): the clinical date parser, a bounded seeded number of runs. parseClinicalDate and
// findDates never throw; every date they return is a real calendar date in ISO form; every span of findDates
// is exact (the text at the span parses back to the same date), in order and without overlap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseClinicalDate } from './index.ts';

const SEED = 6_2026;
const RUNS = 2000;

function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const num = (max: number): fc.Arbitrary<string> => fc.nat({ max }).map((n) => String(n));
const padded = (max: number): fc.Arbitrary<string> => fc.tuple(fc.nat({ max }), fc.boolean()).map(([n, pad]) => (pad ? String(n).padStart(2, '0') : String(n)));
const MONTH_WORDS = ['Jan', 'January', 'Feb.', 'february', 'Sept', 'SEP', 'May', 'Juneteenth', 'Octobre', 'dec.'];
/** Things that look like dates, nearly dates, and junk around them. */
const dateish = fc.oneof(
  fc.tuple(padded(40), fc.constantFrom('/', '-', '.', ' / '), padded(40), fc.constantFrom('/', '-', '.'), fc.oneof(num(99), num(3000))).map((p) => p.join('')),
  fc.tuple(num(3000), padded(15), padded(40)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(fc.constantFrom(...MONTH_WORDS), padded(40), fc.constantFrom(', ', ' ', 'th, ', ''), num(3000)).map((p) => `${p[0]} ${p[1]}${p[2]}${p[3]}`),
  fc.tuple(padded(40), fc.constantFrom(...MONTH_WORDS), num(3000)).map((p) => p.join(' ')),
);
const JUNK = ['', ' ', '\n', '/', '-', '1', '10', '\u0000', '\ud800', '😀', '<b>', '\u00a0', 'on ', 'DOI '];
const textWithDates = fc.array(fc.oneof(dateish, fc.constantFrom(...JUNK), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 }).map((p) => p.join(''));

describe('parseClinicalDate fuzz', () => {
  it(`returns a calendar date or null for ${RUNS} date-like strings (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.oneof(dateish, fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        const iso = parseClinicalDate(s);
        if (iso !== null) expect(isCalendarDate(iso), `${JSON.stringify(s)} -> ${iso}`).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('survives non-string input from untyped callers', () => {
    for (const v of [undefined, null, 42, {}, []]) expect(parseClinicalDate(v as never)).toBeNull();
  });
});

describe('findDates fuzz', () => {
  it(`gives exact, ordered, non-overlapping spans over ${RUNS} texts (seed ${SEED})`, () => {
    fc.assert(
      fc.property(textWithDates, (text) => {
        let last = 0;
        for (const m of findDates(text)) {
          expect(isCalendarDate(m.iso)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(parseClinicalDate(text.slice(m.start, m.end))).toBe(m.iso);
          last = m.end;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('stays fast on a long run of near-dates (no catastrophic backtracking)', () => {
    const text = '1/1/1/1/1/1 10-10-10-10 October October 2016 '.repeat(20_000);
    const started = performance.now();
    findDates(text);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
