import type { RuleCase } from '../kit.ts';

const summary = 'Current medications: Norco 10/325 twice daily and naproxen.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };

export const cases: RuleCase[] = [
  { name: 'monitoring a patient on opioids', request: 'Urine drug screen', category: 'lab-testing', dates, summary, facts: [{ kind: 'medication', value: 'norco', quote: 'Norco 10/325 twice daily' }], expect: { decision: 'Overturned' } },
  { name: 'no opioid therapy', request: 'Urine drug screen', category: 'lab-testing', dates, summary, facts: [{ kind: 'medication', value: 'naproxen', quote: 'naproxen' }], expect: { decision: 'Upheld', codes: ['opioid-therapy-not-documented'] } },
];
