import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'electrodiagnostics.acoem2004',
  title: 'Electrodiagnostic studies (EMG, H-reflex, NCS)',
  topic: 'electrodiagnostics',
  guideline: EDITIONS.lowBack2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary: 'Electromyography, including H-reflex tests, may be useful to identify subtle, focal neurologic dysfunction in patients with symptoms lasting more than three or four weeks; electrodiagnostic studies may help distinguish carpal tunnel syndrome from cervical radiculopathy.',
  applies: { categories: ['electrodiagnostics'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Electrodiagnostic criteria',
    children: [
      { kind: 'time-since-injury', id: 'duration', text: 'Symptoms lasting more than 3-4 weeks', minMonths: 0.75, code: 'conservative-care-duration-not-met' },
      { kind: 'prior-treatment', id: 'conservative-care', text: 'Symptoms persisting through 3-4 weeks of conservative care', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
      {
        kind: 'any',
        id: 'neurologic-signs',
        text: 'Focal neurologic symptoms or signs',
        code: 'neurologic-findings-not-documented',
        children: [
          { kind: 'fact', id: 'deficit', text: 'A neurological deficit', factKind: 'neurological-deficit' },
          { kind: 'fact', id: 'entrapment-test', text: 'A positive provocative test', factKind: 'special-test', values: ['tinel', 'phalen', 'durkan', 'spurling', 'straight leg raise', 'slr'] },
          { kind: 'fact', id: 'neuropathic-symptoms', text: 'Numbness, tingling or radiating pain', factKind: 'symptom', values: TERMS.neuropathic },
        ],
      },
    ],
  },
};
