import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'mri-cervical-spine.acoem2004',
  title: 'Imaging of the neck and upper back (MRI, CT)',
  topic: 'imaging',
  guideline: EDITIONS.neck2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary:
    'Neck imaging is generally not needed until three to four weeks of conservative care and observation have failed; it is indicated for a new red flag, physiologic evidence of nerve or tissue injury, failure to progress in a strengthening programme meant to avoid surgery, or to clarify anatomy before an invasive procedure.',
  applies: { categories: ['imaging.mri', 'imaging.ct'], bodyParts: ['cervical spine', 'cervical', 'neck'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Imaging criteria',
    children: [
      { kind: 'fact', id: 'red-flag', text: 'A red flag has emerged', factKind: 'red-flag', code: 'red-flags-not-documented' },
      {
        kind: 'all',
        id: 'failed-conservative-care',
        text: 'Conservative care failed and there is physiologic evidence of neurologic dysfunction or a planned invasive procedure',
        children: [
          { kind: 'prior-treatment', id: 'conservative-care', text: 'Three to four weeks of conservative care', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
          {
            kind: 'any',
            id: 'physiologic-evidence',
            text: 'Neurologic dysfunction, failure to progress in therapy, or a planned invasive procedure',
            code: 'neurologic-findings-not-documented',
            children: [
              { kind: 'fact', id: 'neurologic-dysfunction', text: 'Unequivocal objective findings of nerve compromise on examination (not reported numbness or tingling alone)', factKind: 'neurological-deficit', values: TERMS.objectiveNeuro },
              { kind: 'fact', id: 'failed-strengthening', text: 'Failure to progress in a strengthening program', factKind: 'no-benefit', values: TERMS.exercise },
              { kind: 'fact', id: 'invasive-procedure', text: 'An invasive procedure is planned', factKind: 'surgery', temporality: ['planned'] },
            ],
          },
        ],
      },
    ],
  },
};
