import type { RuleCase } from '../kit.ts';

const summary = 'Low back pain with decreased sensation in the left L5 dermatome and weak extensor hallucis longus. Six sessions of physical therapy did not help. He would consider surgery. No red flags.';
const dates = { dateOfInjury: '2016-01-03', urDenialDate: '2016-12-12' };
const deficit = { kind: 'neurological-deficit' as const, value: 'decreased sensation', quote: 'decreased sensation in the left L5 dermatome' };
const pt = { kind: 'prior-treatment' as const, value: 'physical therapy', quote: 'Six sessions of physical therapy', attributes: { count: 6 } };
const noRedFlags = { kind: 'red-flag' as const, value: 'red flags', quote: 'No red flags', polarity: 'negated' as const };

export const cases: RuleCase[] = [
  { name: 'deficit after failed therapy in a surgical candidate', request: 'MRI lumbar spine without contrast', category: 'imaging.mri', bodyParts: ['lumbar spine'], dates, summary, facts: [deficit, pt, noRedFlags, { kind: 'surgery', value: 'surgery', quote: 'would consider surgery', temporality: 'hypothetical' }], expect: { decision: 'Overturned' } },
  { name: 'no surgical consideration and no red flags', request: 'MRI lumbar spine', category: 'imaging.mri', bodyParts: ['lumbar spine'], dates, summary, facts: [deficit, pt, noRedFlags], expect: { decision: 'Upheld', codes: ['red-flags-not-documented', 'surgical-consideration-not-documented'] } },
];
