import { describe, expect, it } from 'vitest';
import type { NormalizedRequest } from '../core/index.ts';
import { decideItem, selectRule } from './decide.ts';
import { factsFrom } from './fixtures.ts';
import { Rule } from './schema.ts';

const request = (category: NormalizedRequest['category'], visits: number | null): NormalizedRequest => ({
  category,
  bodyParts: ['lumbar spine'],
  laterality: null,
  quantity: { drug: null, strength: null, strengthValues: [], strengthUnit: null, count: null, refills: null, visits, perWeek: null, weeks: null },
});

const rule = (id: string, from: string | undefined, until: string | undefined, source: 'MTUS' | 'ODG' = 'MTUS'): Rule =>
  Rule.parse({
    id,
    title: 'Massage therapy',
    topic: 'massage',
    guideline: { id: id.split('.')[1], source, title: `Guide ${id}`, version: '1', effective: { from, until } },
    pages: ['60'],
    recommendation: 'option',
    summary: 'Massage is an option as an adjunct to exercise, limited to 4-6 visits.',
    applies: { categories: ['rehab.massage'] },
    criteria: {
      kind: 'all', id: 'criteria', text: 'criteria', children: [
        { kind: 'quantity', id: 'visits', text: 'At most 6 visits', field: 'visits', max: 6, code: 'exceeds-visit-limit' },
        { kind: 'fact', id: 'exercise', text: 'Adjunct to an exercise program', factKind: 'home-exercise-program', code: 'exercise-program-not-documented' },
      ],
    },
  });

const rules = [rule('massage.old', '2009-07-18', '2016-07-29'), rule('massage.new', '2016-07-29', undefined), rule('massage.odg', undefined, undefined, 'ODG')];
const text = 'He does a daily home exercise program. Massage helped before.';
const facts = factsFrom(text, [{ kind: 'home-exercise-program', value: true, quote: 'daily home exercise program' }]);

describe('guideline version by date', () => {
  const pick = (dates: { requestDate?: string; urDenialDate?: string }) =>
    decideItem(rules, { request: 'Massage x 6', normalized: request('rehab.massage', 6), facts, dates }).ruleId;
  it('switches on 2016-07-29', () => {
    expect(pick({ requestDate: '2016-07-28' })).toBe('massage.old');
    expect(pick({ requestDate: '2016-07-29' })).toBe('massage.new');
  });
  it('uses the UR denial date when it is the only date', () => {
    expect(pick({ urDenialDate: '2016-07-28' })).toBe('massage.old');
    expect(pick({ urDenialDate: '2017-01-05', requestDate: '2016-07-01' })).toBe('massage.old');
  });
  it('ignores dates that do not exist', () => {
    expect(pick({ urDenialDate: '2016-02-30', requestDate: '2015-13-01' })).toBe('massage.new');
    expect(pick({ urDenialDate: '2016-02-29' })).toBe('massage.old');
  });
  it('assumes the newest version when there is no date, and says so', () => {
    const r = decideItem(rules, { request: 'Massage x 6', normalized: request('rehab.massage', 6), facts, dates: {} });
    expect(r.ruleId).toBe('massage.new');
    expect(r.determination.reasonCodes).toContain('guideline-version-assumed');
  });
  it('prefers MTUS over ODG and falls back to ODG outside MTUS dates', () => {
    expect(selectRule(rules, { requestText: 'x', request: request('rehab.massage', 6), facts: [], decisionDate: '2008-01-01', dateOfInjury: null })?.id).toBe('massage.odg');
  });
});

describe('decision policy, codes and rationale', () => {
  const decide = (visits: number | null, f = facts) => decideItem(rules, { request: 'Massage therapy x 8', normalized: request('rehab.massage', visits), facts: f, dates: { requestDate: '2015-03-01' } });

  it('criteria met -> Overturned', () => {
    const r = decide(6);
    expect(r.determination.decision).toBe('Overturned');
    expect(r.determination.reasonCodes).toEqual(['criteria-met']);
    expect(r.determination.rationale).toMatch(/Therefore, the request for Massage therapy x 8 is medically necessary\.$/);
  });

  it('not met or undocumented -> Upheld with the codes of the failing criteria', () => {
    const over = decide(8);
    expect(over.determination.decision).toBe('Upheld');
    expect(over.determination.reasonCodes).toEqual(['exceeds-visit-limit']);
    const silent = decide(6, []);
    expect(silent.determination.decision).toBe('Upheld');
    expect(silent.findings.map((f) => [f.code, f.status])).toEqual([['exercise-program-not-documented', 'unknown']]);
    expect(silent.determination.confidence).toBeLessThan(over.determination.confidence);
    expect(silent.determination.rationale).toMatch(/is not medically necessary\.$/);
  });

  it('states record facts only as quotes of evidence spans', () => {
    for (const r of [decide(6), decide(8)]) {
      const quoted = [...r.determination.rationale.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      for (const q of quoted) expect(facts.flatMap((f) => f.evidence).some((e) => e.text === q && text.slice(e.start, e.end) === q)).toBe(true);
    }
  });

  it('gives a clear no-governing-rule result instead of guessing', () => {
    const r = decideItem(rules, { request: 'Lumbar fusion', normalized: request('surgery', null), facts, dates: { requestDate: '2015-03-01' } });
    expect(r.ruleId).toBeNull();
    expect(r.determination.reasonCodes).toEqual(['no-governing-rule']);
    expect(r.determination.confidence).toBeLessThan(0.5);
  });
});

describe('time-since-injury scope', () => {
  const chronic = Rule.parse({ ...rule('massage.chronic', '2016-07-29', undefined), applies: { categories: ['rehab.massage'], minMonthsSinceInjury: 3 } });
  const acute = Rule.parse({ ...rule('massage.acute', undefined, undefined, 'ODG'), applies: { categories: ['rehab.massage'], maxMonthsSinceInjury: 3 } });
  const input = (dateOfInjury: string) => ({ request: 'Massage x 6', normalized: request('rehab.massage', 6), facts, dates: { requestDate: '2016-12-01', dateOfInjury } });

  it('an in-range ODG rule outranks an MTUS rule used outside its range', () => {
    expect(decideItem([chronic, acute], input('2016-11-01')).ruleId).toBe('massage.acute');
    expect(decideItem([chronic, acute], input('2015-01-01')).ruleId).toBe('massage.chronic');
  });

  it('with nothing else, uses the rule outside its range and says so', () => {
    const r = decideItem([chronic], input('2016-11-01'));
    expect(r.ruleId).toBe('massage.chronic');
    expect(r.inScope).toBe(false);
    expect(r.determination.reasonCodes).toContain('rule-applied-outside-its-time-range');
  });
});
