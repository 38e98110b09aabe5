import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'opioids-initiation.cpmtg2009',
  title: 'Opioids, steps before a therapeutic trial',
  topic: 'opioids',
  guideline: EDITIONS.cpmtg2009,
  pages: ['76', '77'],
  recommendation: 'conditional',
  summary:
    'Before a therapeutic trial of opioids, non-opioid analgesics should have been tried, and baseline pain and function should be documented with goals set; a satisfactory response is decreased pain, increased function or improved quality of life.',
  applies: { categories: ['pharmaceutical.opioid'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Steps before an opioid trial',
    unverified: true,
    children: [
      { kind: 'prior-treatment', id: 'non-opioid-trial', text: 'Non-opioid analgesics were tried', treatments: TERMS.nonOpioidAnalgesics, code: 'non-opioid-trial-not-documented' },
      { kind: 'fact', id: 'baseline-pain', text: 'Baseline pain is documented', factKind: 'pain-score', code: 'baseline-pain-not-documented' },
    ],
  },
};
