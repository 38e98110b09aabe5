import type { RuleCase } from '../kit.ts';

const summary = 'Right shoulder pain. Six sessions of physical therapy failed to help. Positive Hawkins and Neer tests.';
const dates = { dateOfInjury: '2016-06-01', urDenialDate: '2017-01-12' };
const pt = { kind: 'prior-treatment' as const, value: 'physical therapy', quote: 'Six sessions of physical therapy', attributes: { count: 6 } };

export const cases: RuleCase[] = [
  { name: 'failed therapy with positive impingement tests', request: 'MRI right shoulder', category: 'imaging.mri', bodyParts: ['shoulder'], dates, summary, facts: [pt, { kind: 'no-benefit', value: 'physical therapy', quote: 'failed to help' }, { kind: 'special-test', value: 'hawkins', quote: 'Positive Hawkins and Neer tests' }], expect: { decision: 'Overturned' } },
  { name: 'positive provocative tests without failed therapy', request: 'MRI right shoulder', category: 'imaging.mri', bodyParts: ['shoulder'], dates, summary: 'Right shoulder pain. Medications. Positive Hawkins test.', facts: [{ kind: 'prior-treatment', value: 'medications', quote: 'Medications' }, { kind: 'special-test', value: 'hawkins', quote: 'Positive Hawkins test' }], expect: { decision: 'Upheld', codes: ['objective-findings-not-documented'] } },
  { name: 'no conservative care documented', request: 'MRI right shoulder', category: 'imaging.mri', bodyParts: ['shoulder'], dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['conservative-care-not-documented'] } },
];
