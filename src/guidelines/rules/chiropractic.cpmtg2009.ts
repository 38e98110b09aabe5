import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { chiropractic } from '../shared/chiropractic.ts';

export const rule: Rule = {
  id: 'chiropractic.cpmtg2009',
  ...chiropractic,
  guideline: EDITIONS.cpmtg2009,
  pages: ['58', '59', '60'],
  applies: { categories: ['rehab.chiropractic'] },
  criteria: { ...chiropractic.criteria, unverified: true },
};
