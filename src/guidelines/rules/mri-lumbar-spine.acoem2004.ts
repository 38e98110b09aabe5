import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'mri-lumbar-spine.acoem2004',
  title: 'Imaging of the lumbar spine (MRI, CT)',
  topic: 'imaging',
  guideline: EDITIONS.lowBack2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary:
    'Imaging of the low back is warranted when the neurologic examination shows clear, objective signs of a specific nerve root being compromised, treatment has not helped and the patient would consider surgery, or when a red-flag diagnosis is being looked for; otherwise imaging risks findings that have nothing to do with the symptoms.',
  applies: { categories: ['imaging.mri', 'imaging.ct'], bodyParts: ['lumbar spine', 'lumbar', 'low back', 'lumbosacral spine', 'thoracic spine', 'thoracic'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'A red flag, or nerve compromise after failed treatment in a surgical candidate',
    children: [
      { kind: 'fact', id: 'red-flag', text: 'A red-flag condition (tumour, infection, fracture, cauda equina, progressive deficit)', factKind: 'red-flag', code: 'red-flags-not-documented' },
      {
        kind: 'all',
        id: 'nerve-compromise-surgical-candidate',
        text: 'Nerve compromise on examination, failed conservative care, and surgery being considered',
        children: [
          { kind: 'fact', id: 'nerve-compromise', text: 'Unequivocal objective findings of specific nerve compromise', factKind: 'neurological-deficit', code: 'neurologic-findings-not-documented' },
          { kind: 'prior-treatment', id: 'conservative-care', text: 'Conservative care was tried', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
          { kind: 'fact', id: 'surgery-considered', text: 'Surgery is being considered', factKind: 'surgery', temporality: ['planned', 'hypothetical'], code: 'surgical-consideration-not-documented' },
        ],
      },
    ],
  },
};
