import type { RuleCase } from '../kit.ts';

const summary = 'Physical therapy, injections and medications gave no lasting benefit. He has been off work for two years.';
const dates = { dateOfInjury: '2012-03-01', urDenialDate: '2015-12-12' };
const failed = { kind: 'no-benefit' as const, value: 'physical therapy', quote: 'gave no lasting benefit' };
const off = { kind: 'work-status' as const, value: 'off work', quote: 'off work for two years' };

export const cases: RuleCase[] = [
  { name: 'two-week trial after failed treatment, off work', request: 'Functional restoration program x 10 days', category: 'program', quantity: { visits: 10 }, dates, summary, facts: [failed, off], expect: { decision: 'Overturned' } },
  { name: 'more than 20 sessions', request: 'Functional restoration program x 30 days', category: 'program', quantity: { visits: 30 }, dates, summary, facts: [failed, off], expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] } },
  { name: 'failure of prior treatment not documented', request: 'Functional restoration program x 10 days', category: 'program', quantity: { visits: 10 }, dates, summary, facts: [off], expect: { decision: 'Upheld', codes: ['prior-treatment-failure-not-documented'] } },
];
