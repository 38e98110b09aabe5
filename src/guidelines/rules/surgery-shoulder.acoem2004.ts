import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'surgery-shoulder.acoem2004',
  title: 'Shoulder surgery and surgical referral',
  topic: 'surgery',
  guideline: EDITIONS.shoulder2004,
  sections: ['Surgical Considerations'],
  recommendation: 'conditional',
  summary:
    'Shoulder surgery or a surgical referral is indicated when activity has been limited for more than four months, exercise programmes have failed to improve range of motion and strength, and there is clear clinical and imaging evidence of a lesion shown to benefit from surgical repair.',
  applies: { categories: ['surgery'], requestTerms: ['shoulder', 'shoulders', 'rotator cuff', 'labrum', 'labral', 'slap', 'acromioplasty', 'subacromial', 'acromioclavicular', 'bankart'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Surgical criteria for the shoulder',
    children: [
      { kind: 'time-since-injury', id: 'activity-limitation', text: 'Activity limited for more than four months', minMonths: 4, code: 'activity-limitation-duration-not-met' },
      {
        kind: 'any',
        id: 'failed-exercise',
        text: 'Exercise programmes failed to improve range of motion and strength',
        code: 'failed-exercise-not-documented',
        children: [
          { kind: 'fact', id: 'no-benefit-exercise', text: 'No benefit from therapy or exercise', factKind: 'no-benefit', values: TERMS.exercise },
          { kind: 'prior-treatment', id: 'exercise-course', text: 'A course of physical therapy or exercise was completed', treatments: TERMS.exercise },
        ],
      },
      { kind: 'fact', id: 'imaging-lesion', text: 'Imaging shows a lesion (abnormal study)', factKind: 'imaging', where: { result: ['abnormal'] }, code: 'imaging-evidence-not-documented' },
    ],
  },
};
