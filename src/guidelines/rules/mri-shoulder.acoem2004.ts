import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'mri-shoulder.acoem2004',
  title: 'Imaging of the shoulder (MRI, arthrography)',
  topic: 'imaging',
  guideline: EDITIONS.shoulder2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary:
    'Shoulder imaging is not routine in the first four to six weeks of limited activity without a red flag; it is indicated for a red flag, physiologic evidence of tissue or neurovascular injury, failure to progress in a strengthening programme meant to avoid surgery, or to clarify anatomy before an invasive procedure.',
  applies: { categories: ['imaging.mri', 'imaging.ct'], bodyParts: ['shoulder', 'shoulders', 'rotator cuff'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Imaging criteria',
    children: [
      { kind: 'fact', id: 'red-flag', text: 'A red flag', factKind: 'red-flag', code: 'red-flags-not-documented' },
      {
        kind: 'all',
        id: 'failed-conservative-care',
        text: 'Conservative care failed and there is evidence of tissue insult or a planned invasive procedure',
        children: [
          { kind: 'prior-treatment', id: 'conservative-care', text: 'Conservative care was tried', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
          {
            kind: 'any',
            id: 'physiologic-evidence',
            text: 'Physiologic evidence of tissue insult or neurovascular dysfunction, failure to progress in a strengthening programme, or a planned invasive procedure',
            code: 'objective-findings-not-documented',
            children: [
              {
                kind: 'all',
                id: 'tissue-insult-after-therapy',
                text: 'Positive shoulder provocative tests (evidence of tissue insult) after a course of physical therapy',
                children: [
                  { kind: 'fact', id: 'special-test', text: 'Positive shoulder provocative tests (impingement, rotator cuff, labral, instability)', factKind: 'special-test', values: ['hawkins', 'hawkin', 'neer', 'speed', 'yergason', 'o brien', 'obrien', 'empty can', 'drop arm', 'apprehension', 'impingement'] },
                  { kind: 'prior-treatment', id: 'strengthening', text: 'A course of physical therapy (a strengthening programme)', treatments: ['physical therapy', 'pt', 'physiotherapy', 'physical medicine'] },
                ],
              },
              { kind: 'fact', id: 'neuro', text: 'Objective neurovascular dysfunction or weakness on examination', factKind: 'neurological-deficit', values: TERMS.objectiveNeuro },
              { kind: 'fact', id: 'failed-therapy', text: 'Failure to progress in therapy', factKind: 'no-benefit', values: TERMS.exercise },
              { kind: 'fact', id: 'invasive-procedure', text: 'An invasive procedure is planned', factKind: 'surgery', temporality: ['planned'] },
            ],
          },
        ],
      },
    ],
  },
};
