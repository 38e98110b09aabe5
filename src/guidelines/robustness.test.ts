// Bad or odd input never crashes the decide path: every result is a valid determination.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORIES, FACT_KINDS, ItemDetermination } from '../core/index.ts';
import type { Fact, NormalizedRequest } from '../core/index.ts';
import { decideItem } from '../engine/index.ts';
import { loadRules } from './index.ts';

const rules = loadRules();
const Result = ItemDetermination.omit({ similar: true });
const emptyQuantity: NormalizedRequest['quantity'] = { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits: null, perWeek: null, weeks: null };

const factArb: fc.Arbitrary<Fact> = fc.record({
  kind: fc.constantFrom(...FACT_KINDS),
  value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constantFrom('physical therapy', 'norco', 'hydrocodone', 'red flag', 'returned to work')),
  attributes: fc.dictionary(fc.constantFrom('count', 'before', 'after', 'reliefPercent', 'treatment', 'response', 'result', 'drugClass'), fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null))),
  polarity: fc.constantFrom('affirmed' as const, 'negated' as const, 'uncertain' as const),
  temporality: fc.constantFrom('current' as const, 'historical' as const, 'planned' as const, 'hypothetical' as const),
  date: fc.option(fc.constantFrom('2016-01-01', '2016-02-30', '1999-12-31', '2099-01-01'), { nil: null }),
  evidence: fc.constant([{ source: 'clinicalSummary', start: 0, end: 1, text: 'x' }]),
});

describe('robustness of the decide path', () => {
  it('arbitrary requests, facts and dates give a valid determination', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATEGORIES),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(factArb, { maxLength: 30 }),
        fc.option(fc.constantFrom('2016-07-28', '2016-07-29', '2016-13-45', 'garbage', '1900-01-01'), { nil: null }),
        fc.option(fc.integer({ min: -5, max: 1000 }), { nil: null }),
        (category, request, facts, date, visits) => {
          const r = decideItem(rules, {
            request,
            normalized: { category, bodyParts: [request.slice(0, 10)], laterality: null, quantity: { ...emptyQuantity, visits, count: visits } },
            facts,
            dates: { urDenialDate: date, dateOfInjury: date },
          });
          expect(Result.safeParse(r.determination).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a 1 MB request with odd Unicode is decided, not crashed on', () => {
    const request = 'Physical therapy \u0000\u202e\ud83d\ude00 '.repeat(30_000);
    const r = decideItem(rules, { request, normalized: { category: 'rehab.physical-therapy', bodyParts: [], laterality: null, quantity: emptyQuantity }, facts: [], dates: {} });
    expect(Result.safeParse(r.determination).success).toBe(true);
    expect(r.determination.reasonCodes).toContain('guideline-version-assumed');
  });
});
