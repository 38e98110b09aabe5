import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { psychologicalTreatment } from '../shared/psychological-treatment.ts';

export const rule: Rule = {
  id: 'psychological-treatment.cpmtg2016',
  ...psychologicalTreatment,
  guideline: EDITIONS.cpmtg2016,
  sections: ['Psychological evaluations', 'Psychological treatment'],
  applies: { categories: ['psychological'] },
};
