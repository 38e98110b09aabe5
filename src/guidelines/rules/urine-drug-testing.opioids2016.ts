import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'urine-drug-testing.opioids2016',
  title: 'Urine drug testing',
  topic: 'drug-testing',
  guideline: EDITIONS.opioids2016,
  sections: ['3.3 Initiating and Monitoring Chronic Opioid Treatment'],
  recommendation: 'conditional',
  summary: 'Urine drug testing is part of initiating and monitoring chronic opioid treatment, together with CURES checks; it is supported for patients on or starting opioids.',
  applies: { categories: ['lab-testing'], requestTerms: ['urine drug', 'uds', 'drug screen', 'drug test', 'drug testing', 'toxicology', 'urine toxicology'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'The patient is on or starting opioid therapy',
    code: 'opioid-therapy-not-documented',
    children: [
      { kind: 'fact', id: 'on-opioids', text: 'The patient takes opioids', factKind: 'medication', values: TERMS.opioids, temporality: ['current'] },
      { kind: 'fact', id: 'aberrant', text: 'Aberrant behaviour calls for testing', factKind: 'aberrant-behavior' },
    ],
  },
};
