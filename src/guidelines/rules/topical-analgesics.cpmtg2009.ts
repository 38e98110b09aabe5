import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { topicalAnalgesics } from '../shared/topical-analgesics.ts';

export const rule: Rule = {
  id: 'topical-analgesics.cpmtg2009',
  ...topicalAnalgesics,
  guideline: EDITIONS.cpmtg2009,
  pages: ['111', '112', '113'],
  applies: { categories: ['pharmaceutical.topical'] },
  criteria: { ...topicalAnalgesics.criteria, unverified: true },
};
