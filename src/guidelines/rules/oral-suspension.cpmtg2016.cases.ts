import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2014-02-01', urDenialDate: '2017-01-10' };
const request = { request: 'Gabapentin 25mg/ml oral suspension 420ml', category: 'pharmaceutical.anticonvulsant' as const, quantity: { drug: 'gabapentin' }, dates };

export const cases: RuleCase[] = [
  {
    name: 'a suspension with nothing to show tablets cannot be taken',
    ...request,
    summary: 'Radicular low back pain with numbness of the left foot. Takes tablets for blood pressure.',
    facts: [{ kind: 'symptom', value: 'numbness', quote: 'numbness of the left foot' }],
    expect: { decision: 'Upheld', codes: ['standard-oral-form-not-shown-unsuitable'] },
  },
  {
    name: 'a suspension for a patient who cannot swallow tablets',
    ...request,
    summary: 'Radicular pain. Dysphagia after cervical fusion; unable to swallow pills.',
    facts: [{ kind: 'symptom', value: 'dysphagia', quote: 'Dysphagia' }],
    expect: { decision: 'Overturned' },
  },
];
