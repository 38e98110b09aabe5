import type { RuleCase } from '../kit.ts';

const summary = 'Burning radicular pain in the left leg. Gabapentin 300 mg was tried and stopped for dizziness.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };

export const cases: RuleCase[] = [
  { name: 'compound containing gabapentin and cyclobenzaprine', request: 'Compound cream: flurbiprofen 20%, gabapentin 6%, cyclobenzaprine 2% 180gm', category: 'pharmaceutical.topical', dates, summary, facts: [{ kind: 'prior-treatment', value: 'gabapentin', quote: 'Gabapentin 300 mg' }], expect: { decision: 'Upheld', codes: ['compound-contains-not-recommended-ingredient'] } },
  { name: 'capsaicin after a failed anticonvulsant trial', request: 'Capsaicin 0.075% cream', category: 'pharmaceutical.topical', quantity: { drug: 'capsaicin' }, dates, summary, facts: [{ kind: 'prior-treatment', value: 'gabapentin', quote: 'Gabapentin 300 mg' }], expect: { decision: 'Overturned' } },
  { name: 'capsaicin without a first-line trial', request: 'Capsaicin 0.075% cream', category: 'pharmaceutical.topical', quantity: { drug: 'capsaicin' }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['first-line-trial-not-documented'] } },
];
