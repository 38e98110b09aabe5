import type { RuleCase } from '../kit.ts';

const summary = 'Neck pain with right C6 numbness and a diminished biceps reflex. Four weeks of physical therapy. No red flags.';
const dates = { dateOfInjury: '2016-09-01', urDenialDate: '2016-12-12' };

export const cases: RuleCase[] = [
  { name: 'neurologic dysfunction after conservative care', request: 'MRI cervical spine', category: 'imaging.mri', bodyParts: ['cervical spine'], dates, summary, facts: [{ kind: 'neurological-deficit', value: 'diminished reflex', quote: 'diminished biceps reflex' }, { kind: 'prior-treatment', value: 'physical therapy', quote: 'Four weeks of physical therapy' }], expect: { decision: 'Overturned' } },
  { name: 'reported tingling only is not an objective finding', request: 'MRI cervical spine', category: 'imaging.mri', bodyParts: ['cervical spine'], dates, summary: 'Neck pain with tingling in the hand. Four weeks of physical therapy.', facts: [{ kind: 'neurological-deficit', value: 'numbness', quote: 'tingling' }, { kind: 'prior-treatment', value: 'physical therapy', quote: 'Four weeks of physical therapy' }], expect: { decision: 'Upheld', codes: ['neurologic-findings-not-documented'] } },
  { name: 'no conservative care, no red flags', request: 'MRI cervical spine', category: 'imaging.mri', bodyParts: ['cervical spine'], dates, summary, facts: [{ kind: 'red-flag', value: 'red flags', quote: 'No red flags', polarity: 'negated' }], expect: { decision: 'Upheld', codes: ['red-flags-not-documented', 'conservative-care-not-documented'] } },
];
