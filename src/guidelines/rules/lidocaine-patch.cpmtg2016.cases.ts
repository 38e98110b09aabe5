import type { RuleCase } from '../kit.ts';

const summary = 'Diagnosis: post-herpetic neuralgia of the chest wall. Lyrica 75 mg did not help.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };

export const cases: RuleCase[] = [
  { name: 'localized neuropathic pain after Lyrica', request: 'Lidoderm 5% patch #30', category: 'pharmaceutical.topical', quantity: { drug: 'lidoderm', count: 30 }, dates, summary, facts: [{ kind: 'diagnosis', value: 'post-herpetic neuralgia', quote: 'post-herpetic neuralgia' }, { kind: 'prior-treatment', value: 'lyrica', quote: 'Lyrica 75 mg' }], expect: { decision: 'Overturned' } },
  { name: 'no first-line trial', request: 'Lidoderm 5% patch #30', category: 'pharmaceutical.topical', quantity: { drug: 'lidoderm', count: 30 }, dates, summary, facts: [{ kind: 'diagnosis', value: 'post-herpetic neuralgia', quote: 'post-herpetic neuralgia' }], expect: { decision: 'Upheld', codes: ['first-line-trial-not-documented'] } },
];
