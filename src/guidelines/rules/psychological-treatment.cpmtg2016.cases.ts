import type { RuleCase } from '../kit.ts';

const summary = 'Diagnosed with depression secondary to chronic pain. Had 4 CBT sessions; since then sleeping better and back at modified work.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };
const dep = { kind: 'diagnosis' as const, value: 'depression', quote: 'depression' };
const prior = { kind: 'prior-treatment' as const, value: 'cbt', quote: '4 CBT sessions', attributes: { count: 4 }, temporality: 'historical' as const };

export const cases: RuleCase[] = [
  { name: 'evaluation for depression', request: 'Psychological evaluation', category: 'psychological', dates, summary, facts: [dep], expect: { decision: 'Overturned' } },
  { name: 'initial request for 12 sessions', request: 'Cognitive behavioral therapy x 12', category: 'psychological', quantity: { visits: 12 }, dates, summary, facts: [dep], expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] } },
  { name: 'more sessions after improvement', request: 'Cognitive behavioral therapy x 6', category: 'psychological', quantity: { visits: 6 }, dates, summary, facts: [dep, prior, { kind: 'functional-improvement', value: 'cbt', quote: 'back at modified work' }], expect: { decision: 'Overturned' } },
  { name: 'no psychological condition documented', request: 'Psychotherapy x 4', category: 'psychological', quantity: { visits: 4 }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['psychological-condition-not-documented'] } },
];
