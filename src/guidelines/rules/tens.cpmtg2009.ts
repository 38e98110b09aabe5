import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { tens, TENS } from '../shared/tens.ts';

export const rule: Rule = {
  id: 'tens.cpmtg2009',
  ...tens,
  guideline: EDITIONS.cpmtg2009,
  pages: ['114', '115', '116'],
  applies: { categories: ['dme'], requestTerms: TENS },
  criteria: { ...tens.criteria, unverified: true },
};
