import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'opioids-continuation.cpmtg2009',
  title: 'Opioids, ongoing management and when to continue',
  topic: 'opioids',
  guideline: EDITIONS.cpmtg2009,
  pages: ['76', '77', '78', '79', '80'],
  recommendation: 'conditional',
  summary:
    'Opioids may be continued when the patient has returned to work or has improved functioning and pain; ongoing management requires documentation of analgesia, activities of daily living, adverse side effects and aberrant drug-taking behaviours, with monitoring such as urine drug screens.',
  applies: { categories: ['pharmaceutical.opioid'], when: { kind: 'fact', id: 'on-opioids', text: 'The patient is already taking opioids', factKind: 'medication', values: TERMS.opioids, temporality: ['current'] } },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Criteria to continue opioids',
    children: [
      {
        kind: 'any',
        id: 'when-to-continue',
        text: 'The patient has returned to work, or has improved functioning and pain',
        code: 'functional-improvement-not-documented',
        children: [
          { kind: 'fact', id: 'returned-to-work', text: 'Returned to work', factKind: 'work-status', values: TERMS.returnedToWork, temporality: ['current'] },
          {
            kind: 'all',
            id: 'improved-function-and-pain',
            text: 'Improved functioning and pain',
            children: [
              { kind: 'response', id: 'functional-improvement', text: 'Improved functioning on opioids', measure: 'functional-improvement', treatments: TERMS.opioids },
              { kind: 'response', id: 'pain-relief', text: 'Decreased pain on opioids', measure: 'pain-relief', minPercent: 1, treatments: TERMS.opioids },
            ],
          },
        ],
      },
      { kind: 'fact', id: 'monitoring', text: 'Ongoing monitoring (urine drug screens, the 4 A\'s) is documented', factKind: 'opioid-monitoring', code: 'opioid-monitoring-not-documented', unverified: true },
      { kind: 'fact', id: 'no-aberrant-behavior', text: 'No aberrant drug-taking behaviour', factKind: 'aberrant-behavior', expect: 'absent', ifSilent: 'met', code: 'aberrant-behavior-documented' },
      { kind: 'fact-number', id: 'dose-ceiling', text: 'Total daily dose at most 120 mg oral morphine equivalents', factKind: 'morphine-equivalent-dose', max: 120, ifSilent: 'met', code: 'exceeds-morphine-equivalent-limit', unverified: true },
    ],
  },
};
