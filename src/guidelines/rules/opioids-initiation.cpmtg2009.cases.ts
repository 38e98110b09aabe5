import type { RuleCase } from '../kit.ts';

const summary = 'Low back pain 7/10. Ibuprofen did not control the pain.';
const dates = { dateOfInjury: '2013-02-01', urDenialDate: '2014-03-01' };

export const cases: RuleCase[] = [
  { name: 'trial after NSAIDs with baseline pain', request: 'Tramadol 50mg #60', category: 'pharmaceutical.opioid', quantity: { drug: 'tramadol', count: 60 }, dates, summary, facts: [{ kind: 'prior-treatment', value: 'ibuprofen', quote: 'Ibuprofen' }, { kind: 'pain-score', value: 7, quote: 'Low back pain 7/10' }], expect: { decision: 'Overturned' } },
  { name: 'no non-opioid trial documented', request: 'Tramadol 50mg #60', category: 'pharmaceutical.opioid', quantity: { drug: 'tramadol', count: 60 }, dates, summary, facts: [{ kind: 'pain-score', value: 7, quote: 'Low back pain 7/10' }], expect: { decision: 'Upheld', codes: ['non-opioid-trial-not-documented'] } },
];
