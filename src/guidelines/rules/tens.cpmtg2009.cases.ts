import type { RuleCase } from '../kit.ts';

const summary = 'Chronic low back pain. Continues a home exercise program. Used a TENS unit in therapy with reduced medication use and better sitting tolerance.';
const dates = { dateOfInjury: '2012-03-01', urDenialDate: '2015-03-12' };
const hep = { kind: 'home-exercise-program' as const, value: true, quote: 'home exercise program' };

export const cases: RuleCase[] = [
  { name: 'one-month rental as an adjunct to exercise', request: 'TENS unit 30 day rental', category: 'dme', dates, summary, facts: [hep], expect: { decision: 'Overturned' } },
  { name: 'purchase without a documented trial', request: 'TENS unit purchase', category: 'dme', dates, summary, facts: [hep], expect: { decision: 'Upheld', codes: ['tens-trial-not-documented'] } },
  {
    name: 'purchase after a trial with benefit',
    request: 'TENS unit purchase',
    category: 'dme',
    dates,
    summary,
    facts: [hep, { kind: 'prior-treatment', value: 'tens unit', quote: 'TENS unit' }, { kind: 'functional-improvement', value: 'tens', quote: 'reduced medication use and better sitting tolerance' }],
    expect: { decision: 'Overturned' },
  },
  { name: 'not an adjunct to functional restoration', request: 'TENS unit 30 day rental', category: 'dme', dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['adjunct-functional-restoration-not-documented'] } },
];
