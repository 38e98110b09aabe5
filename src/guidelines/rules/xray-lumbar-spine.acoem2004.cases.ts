import type { RuleCase } from '../kit.ts';

const summary = 'Low back pain after lifting. Fever and night sweats raise concern for infection. No red flags otherwise noted.';
const dates = { dateOfInjury: '2016-10-01', urDenialDate: '2016-12-01' };

export const cases: RuleCase[] = [
  { name: 'red flag for infection', request: 'X-rays of the lumbar spine', category: 'imaging.x-ray', bodyParts: ['lumbar spine'], dates, summary, facts: [{ kind: 'red-flag', value: 'infection', quote: 'Fever and night sweats' }], expect: { decision: 'Overturned' } },
  { name: 'no red flags', request: 'X-rays of the lumbar spine', category: 'imaging.x-ray', bodyParts: ['lumbar spine'], dates, summary, facts: [{ kind: 'red-flag', value: 'red flags', quote: 'No red flags', polarity: 'negated' }], expect: { decision: 'Upheld', codes: ['red-flags-not-documented'] } },
];
