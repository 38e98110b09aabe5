import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../core/index.ts';
import { agreement, agreementBy, confusionOf } from './metrics.ts';

const pairs = (spec: [Decision, Decision, number][]) => spec.flatMap(([actual, proposed, k]) => Array.from({ length: k }, () => ({ actual, proposed })));

describe('agreement metrics', () => {
  it('always-Upheld on a 89/11 mix: accuracy 0.89, balanced 0.5, kappa 0', () => {
    const m = agreement(confusionOf(pairs([['Upheld', 'Upheld', 89], ['Overturned', 'Upheld', 11]])));
    expect(m.accuracy).toBeCloseTo(0.89);
    expect(m.balancedAccuracy).toBeCloseTo(0.5);
    expect(m.kappa).toBeCloseTo(0);
    expect(m.overturned).toEqual({ precision: null, recall: 0, f1: null });
  });

  it('matches a worked example', () => {
    // tp 8, fn 2, fp 10, tn 80: recall O 0.8, recall U 80/90, precision 8/18.
    const m = agreement({ tp: 8, fn: 2, fp: 10, tn: 80 });
    expect(m.balancedAccuracy).toBeCloseTo((0.8 + 80 / 90) / 2, 10);
    expect(m.overturned.precision).toBeCloseTo(8 / 18, 10);
    expect(m.overturned.f1).toBeCloseTo((2 * (8 / 18) * 0.8) / (8 / 18 + 0.8), 10);
    // po = 0.88; pe = 0.18*0.10 + 0.82*0.90 = 0.756; kappa = 0.124/0.244
    expect(m.kappa).toBeCloseTo(0.124 / 0.244, 10);
  });

  it('perfect agreement gives 1s; no rows give nulls', () => {
    const m = agreement({ tp: 3, fn: 0, fp: 0, tn: 7 });
    expect([m.accuracy, m.balancedAccuracy, m.kappa, m.overturned.f1]).toEqual([1, 1, 1, 1]);
    expect(agreement({ tp: 0, fn: 0, fp: 0, tn: 0 })).toMatchObject({ n: 0, accuracy: null, kappa: null, balancedAccuracy: null });
  });

  it('stays within its ranges', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500), (tp, fp, tn, fn) => {
        const m = agreement({ tp, fp, tn, fn });
        for (const v of [m.accuracy, m.balancedAccuracy, m.overturned.precision, m.overturned.recall, m.overturned.f1]) {
          if (v !== null) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
        if (m.kappa !== null) {
          expect(m.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(m.kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('groups by category, largest first', () => {
    const r = agreementBy([
      { actual: 'Upheld', proposed: 'Upheld', group: 'a' },
      { actual: 'Overturned', proposed: 'Overturned', group: 'b' },
      { actual: 'Upheld', proposed: 'Overturned', group: 'b' },
    ]);
    expect(r.groups.map((g) => [g.group, g.metrics.n])).toEqual([['b', 2], ['a', 1]]);
    expect(r.overall.n).toBe(3);
  });
});
