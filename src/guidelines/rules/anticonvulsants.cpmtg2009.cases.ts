import type { RuleCase } from '../kit.ts';

const summary = 'Lumbar radiculopathy with numbness in the right foot. On gabapentin 600 mg three times daily.';
const dates = { dateOfInjury: '2012-03-01', urDenialDate: '2015-03-12' };
const radic = { kind: 'diagnosis' as const, value: 'lumbar radiculopathy', quote: 'Lumbar radiculopathy' };

export const cases: RuleCase[] = [
  { name: 'new start for radiculopathy', request: 'Gabapentin 300mg #90', category: 'pharmaceutical.anticonvulsant', quantity: { drug: 'gabapentin', count: 90 }, dates, summary, facts: [radic], expect: { decision: 'Overturned' } },
  { name: 'continuing without documented response', request: 'Gabapentin 600mg #90', category: 'pharmaceutical.anticonvulsant', quantity: { drug: 'gabapentin', count: 90 }, dates, summary, facts: [radic, { kind: 'medication', value: 'gabapentin', quote: 'gabapentin 600 mg three times daily' }], expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented'] } },
  { name: 'no neuropathic pain documented', request: 'Lyrica 75mg #60', category: 'pharmaceutical.anticonvulsant', quantity: { drug: 'lyrica', count: 60 }, dates, summary: 'Mechanical low back pain.', facts: [], expect: { decision: 'Upheld', codes: ['neuropathic-pain-not-documented'] } },
];
