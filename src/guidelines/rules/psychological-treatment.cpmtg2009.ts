import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { psychologicalTreatment } from '../shared/psychological-treatment.ts';

export const rule: Rule = {
  id: 'psychological-treatment.cpmtg2009',
  ...psychologicalTreatment,
  guideline: EDITIONS.cpmtg2009,
  pages: ['23', '100', '101', '102'],
  applies: { categories: ['psychological'] },
};
