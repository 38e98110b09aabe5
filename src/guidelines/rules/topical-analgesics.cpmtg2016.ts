import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { topicalAnalgesics } from '../shared/topical-analgesics.ts';

export const rule: Rule = {
  id: 'topical-analgesics.cpmtg2016',
  ...topicalAnalgesics,
  guideline: EDITIONS.cpmtg2016,
  sections: ['Topical analgesics', 'Topical analgesics, compounded'],
  applies: { categories: ['pharmaceutical.topical'] },
};
