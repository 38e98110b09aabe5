import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'electrodiagnostics.cpmtg2016',
  title: 'Electrodiagnostic testing (EMG/NCS)',
  topic: 'electrodiagnostics',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Electrodiagnostic testing (EMG/NCS)'],
  recommendation: 'conditional',
  summary:
    'EMG and nerve conduction studies are separate tests, not to be ordered together by default. For the legs, nerve conduction studies are not recommended, and EMG is an option after a month of conservative therapy to confirm a radiculopathy that is not already clinically obvious; for the arms, nerve conduction studies suit clinical signs of carpal tunnel syndrome in a possible surgical candidate.',
  applies: { categories: ['electrodiagnostics'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Electrodiagnostic criteria',
    children: [
      {
        kind: 'not',
        id: 'no-lower-limb-ncs',
        text: 'No nerve conduction study of the lower limbs',
        code: 'ncs-lower-limb-not-recommended',
        child: {
          kind: 'all',
          id: 'lower-limb-ncs',
          text: 'A nerve conduction study of the lower limbs',
          children: [
            { kind: 'request-mentions', id: 'ncs', text: 'The request includes a nerve conduction study', field: 'text', terms: ['ncv', 'ncs', 'nerve conduction'] },
            { kind: 'request-mentions', id: 'lower-limb', text: 'The request is for the lower limbs', field: 'text', terms: ['lower extremity', 'lower extremities', 'lower limb', 'lower limbs', 'leg', 'legs', 'bilateral lower', 'lumbar'] },
          ],
        },
      },
      {
        kind: 'any',
        id: 'upper-limb-surgical-candidate',
        text: 'Upper-limb studies are for a possible surgical candidate',
        code: 'surgical-candidacy-not-documented',
        children: [
          { kind: 'not', id: 'not-upper-limb', text: 'Not an upper-limb study', child: { kind: 'request-mentions', id: 'upper-limb', text: 'The request is for the upper limbs', field: 'text', terms: ['upper extremity', 'upper extremities', 'upper limb', 'upper limbs', 'arm', 'arms', 'hand', 'hands', 'wrist', 'wrists', 'bilateral upper'] } },
          { kind: 'fact', id: 'surgery-considered', text: 'Surgery is being considered', factKind: 'surgery', temporality: ['planned', 'hypothetical'] },
        ],
      },
      { kind: 'time-since-injury', id: 'duration', text: 'At least one month since the injury (a month of conservative therapy)', minMonths: 1, code: 'conservative-care-duration-not-met' },
      { kind: 'prior-treatment', id: 'conservative-care', text: 'At least a month of conservative therapy', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
      {
        kind: 'any',
        id: 'neurologic-signs',
        text: 'Clinical signs of radiculopathy or nerve entrapment',
        code: 'neurologic-findings-not-documented',
        children: [
          { kind: 'fact', id: 'deficit', text: 'A neurological deficit on examination', factKind: 'neurological-deficit' },
          { kind: 'fact', id: 'entrapment-test', text: 'A positive entrapment test (Tinel, Phalen)', factKind: 'special-test', values: ['tinel', 'phalen', 'durkan', 'spurling', 'straight leg raise', 'slr'] },
          { kind: 'fact', id: 'neuropathic-symptoms', text: 'Numbness, tingling or radiating pain', factKind: 'symptom', values: TERMS.neuropathic },
        ],
      },
    ],
  },
};
