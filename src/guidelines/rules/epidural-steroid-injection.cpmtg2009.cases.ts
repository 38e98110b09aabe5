import type { RuleCase } from '../kit.ts';

const summary = 'Left leg radicular pain, decreased sensation in the L5 dermatome. MRI shows an L4-5 disc protrusion contacting the L5 root. Physical therapy and naproxen have not helped.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };
const base = [
  { kind: 'neurological-deficit' as const, value: 'decreased sensation', quote: 'decreased sensation in the L5 dermatome' },
  { kind: 'prior-treatment' as const, value: 'physical therapy', quote: 'Physical therapy' },
];

export const cases: RuleCase[] = [
  { name: 'radiculopathy corroborated by MRI after failed conservative care', request: 'Lumbar epidural steroid injection L4-5', category: 'injection', bodyParts: ['lumbar spine'], dates, summary, facts: [...base, { kind: 'imaging', value: 'mri', quote: 'MRI shows an L4-5 disc protrusion contacting the L5 root', attributes: { result: 'abnormal' } }], expect: { decision: 'Overturned' } },
  { name: 'a normal MRI does not corroborate', request: 'Lumbar epidural steroid injection L4-5', category: 'injection', bodyParts: ['lumbar spine'], dates, summary, facts: [...base, { kind: 'imaging', value: 'mri', quote: 'MRI shows an L4-5 disc protrusion', attributes: { result: 'normal' } }], expect: { decision: 'Upheld', codes: ['radiculopathy-not-corroborated'] } },
  { name: 'not corroborated by imaging or electrodiagnostics', request: 'Lumbar epidural steroid injection L4-5', category: 'injection', bodyParts: ['lumbar spine'], dates, summary, facts: base, expect: { decision: 'Upheld', codes: ['radiculopathy-not-corroborated'] } },
  { name: 'before 2016 too', request: 'Transforaminal epidural injection L5', category: 'injection', bodyParts: ['lumbar spine'], dates: { urDenialDate: '2014-05-01' }, summary, facts: [], expect: { decision: 'Upheld', codes: ['radiculopathy-not-documented'] } },
];
