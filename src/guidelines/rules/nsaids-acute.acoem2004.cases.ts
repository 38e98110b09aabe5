import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2016-10-14', urDenialDate: '2016-12-16' };

export const cases: RuleCase[] = [
  {
    name: 'two months after a strain, with pain and tenderness',
    request: 'Naproxen 550mg #60',
    category: 'pharmaceutical.nsaid',
    quantity: { drug: 'naproxen', count: 60 },
    dates,
    summary: 'Lumbar strain two months ago. Low back pain with tenderness to palpation of the paraspinal muscles.',
    facts: [
      { kind: 'symptom', value: 'pain', quote: 'pain' },
      { kind: 'objective-finding', value: 'tenderness', quote: 'tenderness' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'no pain or finding documented',
    request: 'Naproxen 550mg #60',
    category: 'pharmaceutical.nsaid',
    quantity: { drug: 'naproxen', count: 60 },
    dates,
    summary: 'Follow-up visit. Medications refilled.',
    facts: [],
    expect: { decision: 'Upheld', codes: ['pain-not-documented'] },
  },
  {
    name: 'a second NSAID while already taking one',
    request: 'Diclofenac ER 100mg #60',
    category: 'pharmaceutical.nsaid',
    quantity: { drug: 'diclofenac', count: 60 },
    dates,
    summary: 'Neck strain with pain. Current medications include meloxicam.',
    facts: [
      { kind: 'symptom', value: 'pain', quote: 'pain' },
      { kind: 'medication', value: 'meloxicam', quote: 'meloxicam' },
    ],
    expect: { decision: 'Upheld', codes: ['duplicate-nsaid'] },
  },
];
