import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';
import { tens, TENS } from '../shared/tens.ts';

export const rule: Rule = {
  id: 'tens.cpmtg2016',
  ...tens,
  guideline: EDITIONS.cpmtg2016,
  sections: ['TENS, chronic pain (transcutaneous electrical nerve stimulation)'],
  applies: { categories: ['dme'], requestTerms: TENS },
};
