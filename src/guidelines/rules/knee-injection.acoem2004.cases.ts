import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2016-11-09', urDenialDate: '2017-01-14' };
const request = { request: 'Corticosteroid injection to the right knee', category: 'injection' as const, bodyParts: ['knee'], dates };

export const cases: RuleCase[] = [
  {
    name: 'painful arthritic knee, injection to allow physical therapy',
    ...request,
    summary: 'Right knee pain 8/10. X-rays show medial joint space narrowing with bone spurs. Physical therapy was authorized.',
    facts: [
      { kind: 'symptom', value: 'pain', quote: 'Right knee pain' },
      { kind: 'diagnosis', value: 'osteoarthritis', quote: 'medial joint space narrowing' },
      { kind: 'prior-treatment', value: 'physical therapy', quote: 'Physical therapy' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'knee sprain without arthritis',
    ...request,
    summary: 'Right knee sprain with pain. Physical therapy was authorized.',
    facts: [
      { kind: 'symptom', value: 'pain', quote: 'pain' },
      { kind: 'prior-treatment', value: 'physical therapy', quote: 'Physical therapy' },
    ],
    expect: { decision: 'Upheld', codes: ['knee-arthritis-not-documented'] },
  },
];
