import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'xray-neck-shoulder.acoem2004',
  title: 'Plain radiographs of the neck or shoulder',
  topic: 'imaging',
  guideline: EDITIONS.neck2004,
  sections: ['Special Studies'],
  recommendation: 'conditional',
  summary: 'For neck and shoulder complaints, routine radiographs are not recommended in the first weeks of symptoms unless a red flag suggests a serious condition; special studies follow only when three to six weeks of conservative care have not improved the symptoms and one of the imaging criteria (objective neurologic dysfunction, failure to progress in a strengthening programme, clarifying anatomy before an invasive procedure) is met.',
  applies: { categories: ['imaging.x-ray'], bodyParts: ['cervical spine', 'cervical', 'neck', 'shoulder', 'shoulders'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'A red flag, or symptoms persisting after conservative care',
    children: [
      { kind: 'fact', id: 'red-flag', text: 'A red flag', factKind: 'red-flag', code: 'red-flags-not-documented' },
      {
        kind: 'all',
        id: 'failed-conservative-care',
        text: 'Conservative care for at least 3-4 weeks failed, with one of the ACOEM imaging criteria',
        children: [
          { kind: 'time-since-injury', id: 'duration', text: 'At least 3-4 weeks since the injury', minMonths: 0.75, code: 'conservative-care-duration-not-met' },
          { kind: 'prior-treatment', id: 'conservative-care', text: 'Conservative care was tried', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
          {
            kind: 'any',
            id: 'physiologic-evidence',
            text: 'Objective neurologic dysfunction, failure to progress in a strengthening programme, or a planned invasive procedure',
            code: 'neurologic-findings-not-documented',
            children: [
              { kind: 'fact', id: 'neurologic-dysfunction', text: 'Objective findings of neurologic dysfunction', factKind: 'neurological-deficit', values: TERMS.objectiveNeuro },
              { kind: 'fact', id: 'failed-strengthening', text: 'Failure to progress in a strengthening program', factKind: 'no-benefit', values: TERMS.exercise },
              { kind: 'fact', id: 'invasive-procedure', text: 'An invasive procedure is planned', factKind: 'surgery', temporality: ['planned'] },
            ],
          },
        ],
      },
    ],
  },
};
