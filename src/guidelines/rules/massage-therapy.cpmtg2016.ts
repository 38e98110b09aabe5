import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'massage-therapy.cpmtg2016',
  title: 'Massage therapy',
  topic: 'massage',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Massage therapy'],
  recommendation: 'option',
  summary: 'Massage therapy is recommended as an option only as an adjunct to other recommended treatment such as exercise, limited to 4-6 visits in most cases; it is a passive treatment and dependence should be avoided.',
  applies: { categories: ['rehab.massage'], minMonthsSinceInjury: 3 },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Massage therapy criteria',
    children: [
      { kind: 'quantity', id: 'visit-limit', text: 'No more than 6 visits are requested', field: 'visits', max: 6, code: 'exceeds-visit-limit', unknownCode: 'quantity-not-stated' },
      {
        kind: 'any',
        id: 'adjunct-to-exercise',
        text: 'Massage is an adjunct to an exercise or active therapy program',
        code: 'adjunct-exercise-not-documented',
        children: [
          { kind: 'fact', id: 'home-exercise', text: 'A home exercise program is documented', factKind: 'home-exercise-program' },
          { kind: 'prior-treatment', id: 'active-therapy', text: 'Active therapy or exercise is ongoing', treatments: TERMS.exercise },
        ],
      },
      { kind: 'fact', id: 'no-prior-failure', text: 'Earlier massage did not fail to help', factKind: 'no-benefit', values: ['massage'], expect: 'absent', ifSilent: 'met', code: 'prior-treatment-no-benefit' },
    ],
  },
};
