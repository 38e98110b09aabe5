import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { chiropractic } from '../shared/chiropractic.ts';

export const rule: Rule = {
  id: 'chiropractic.cpmtg2016',
  ...chiropractic,
  guideline: EDITIONS.cpmtg2016,
  sections: ['Manual therapy & manipulation'],
  applies: { categories: ['rehab.chiropractic'], minMonthsSinceInjury: 3 },
};
