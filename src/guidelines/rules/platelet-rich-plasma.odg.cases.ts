import type { RuleCase } from '../kit.ts';

export const cases: RuleCase[] = [
  {
    name: 'PRP for knee arthritis is not recommended',
    request: 'Platelet-rich plasma injection to the right knee',
    category: 'injection',
    bodyParts: ['knee'],
    dates: { dateOfInjury: '2016-11-09', urDenialDate: '2017-01-14' },
    summary: 'Right knee pain with medial joint space narrowing.',
    facts: [{ kind: 'symptom', value: 'pain', quote: 'Right knee pain' }],
    expect: { decision: 'Upheld', codes: ['not-recommended'] },
  },
];
