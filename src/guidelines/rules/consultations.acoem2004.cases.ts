import type { RuleCase } from '../kit.ts';

const chronic = { dateOfInjury: '2012-03-01', urDenialDate: '2015-03-12' };
const recent = { dateOfInjury: '2016-10-18', urDenialDate: '2016-12-21' };

export const cases: RuleCase[] = [
  {
    name: 'pain management referral years after the injury',
    request: 'Pain management consultation',
    category: 'evaluation-management',
    dates: chronic,
    summary: 'Persistent low back pain radiating to the left leg; takes tramadol.',
    facts: [{ kind: 'symptom', value: 'low back pain', quote: 'Persistent low back pain' }],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'a referral two months after the injury with no reason given',
    request: 'Medication management consultation',
    category: 'evaluation-management',
    dates: recent,
    summary: 'Neck pain 8/10 with tenderness. Medications were not specified.',
    facts: [{ kind: 'symptom', value: 'neck pain', quote: 'Neck pain' }],
    expect: { decision: 'Upheld', codes: ['referral-reason-not-documented'] },
  },
  {
    name: 'a surgical referral when surgery is being considered',
    request: 'Spine surgery evaluation',
    category: 'evaluation-management',
    dates: recent,
    summary: 'Disc herniation at L5-S1; surgery is being considered.',
    facts: [{ kind: 'surgery', value: 'surgery', quote: 'surgery is being considered', temporality: 'planned' }],
    expect: { decision: 'Overturned' },
  },
];
