import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'mri-knee.acoem2004',
  title: 'Imaging of the knee (MRI)',
  topic: 'imaging',
  guideline: EDITIONS.knee2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary:
    'Most knee problems improve quickly once red flags are ruled out; special studies are reserved for red flags or suspected internal derangement (meniscal or ligament tear) confirmed on examination after conservative care, because imaging alone risks false-positive findings.',
  applies: { categories: ['imaging.mri'], bodyParts: ['knee', 'knees'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Imaging criteria',
    children: [
      { kind: 'fact', id: 'red-flag', text: 'A red flag', factKind: 'red-flag', code: 'red-flags-not-documented' },
      {
        kind: 'all',
        id: 'internal-derangement',
        text: 'Suspected internal derangement on examination after conservative care',
        unverified: true,
        children: [
          { kind: 'prior-treatment', id: 'conservative-care', text: 'Conservative care was tried', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
          { kind: 'fact', id: 'positive-test', text: 'Positive meniscal or ligament tests (McMurray, Lachman, drawer)', factKind: 'special-test', code: 'objective-findings-not-documented' },
        ],
      },
    ],
  },
};
