// Fuzzer (issue 6): the request normaliser on hostile request lines, a bounded seeded number of runs.
// It must never throw and its whole output must satisfy the core NormalizedRequest schema, with finite,
// non-negative numbers wherever it read an amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormalizedRequest } from '../core/index.ts';
import { MAX_REQUEST_LENGTH, normalizeRequest } from './index.ts';

const SEED = 6_2026;
const RUNS = 2000;

const WORDS = [
  'Norco', '10/325mg', '#180', 'x', '2', 'times a week for', '6 weeks', 'physical therapy', 'left', 'right', 'bilateral',
  'lumbar', 'MRI', 'knee', 'refills', '(12)', '1 x 12', '0.5%', 'mcg/hr', 'every 2 weeks', '1e308', '9'.repeat(40), '-3',
  'NaN', 'Infinity', '0x1F', '1/0', '.', ',', '/', '<script>alert(1)</script>', "'; DROP TABLE items;--", 'NEAR(', '"',
  '*', 'AND OR NOT', '\u0000', '\u001b', '\ud800', '😀', '\u00a0', '\t', '\n',
];
const requestLine = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) }), { maxLength: 40 })
  .map((parts) => parts.join(' '));

function check(request: string): void {
  const result = normalizeRequest(request);
  expect(NormalizedRequest.safeParse(result).success).toBe(true);
  const q = result.quantity;
  for (const n of [q.count, q.refills, q.visits, q.perWeek, q.weeks, ...q.strengthValues]) {
    if (n !== null) {
      expect(Number.isFinite(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
    }
  }
}

describe('normalizeRequest fuzz', () => {
  it(`survives ${RUNS} hostile request lines (seed ${SEED})`, () => {
    fc.assert(fc.property(requestLine, check), { numRuns: RUNS, seed: SEED });
  });

  it('survives arbitrary strings, and strings longer than its limit', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 500, seed: SEED });
    check('MRI lumbar spine '.repeat(Math.ceil((MAX_REQUEST_LENGTH * 3) / 17)));
  });
});
