import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'opioids-continuation.opioids2016',
  title: 'Opioids, maintenance of chronic opioid treatment',
  topic: 'opioids',
  guideline: EDITIONS.opioids2016,
  sections: ['3.3.9 Maintenance of Chronic Opioid Treatment', '4.1 Tapering Opioids: Indications for Tapering Opioids'],
  recommendation: 'conditional',
  summary:
    'Patients on a stable opioid dose should be seen at least every 3 months, with the prescriber monitoring treatment goals, analgesia, activity (function), adverse effects and aberrant behaviours; opioids should be tapered when there is no documented improvement in pain and function, when the patient does not adhere to monitoring, or when there is aberrant or dangerous behaviour.',
  applies: { categories: ['pharmaceutical.opioid'], minMonthsSinceInjury: 3, when: { kind: 'fact', id: 'on-opioids', text: 'The patient is already taking opioids', factKind: 'medication', values: TERMS.opioids, temporality: ['current'] } },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Criteria to continue opioids',
    children: [
      { kind: 'response', id: 'pain-relief', text: 'Documented improvement in pain (at least 30%)', measure: 'pain-relief', minPercent: 30, treatments: TERMS.opioids, code: 'pain-relief-not-documented' },
      {
        kind: 'any',
        id: 'function',
        text: 'Documented improvement in function',
        code: 'functional-improvement-not-documented',
        children: [
          { kind: 'response', id: 'functional-improvement', text: 'Functional improvement on opioids', measure: 'functional-improvement', treatments: TERMS.opioids },
          { kind: 'fact', id: 'working', text: 'The patient is working', factKind: 'work-status', values: TERMS.returnedToWork, temporality: ['current'] },
        ],
      },
      { kind: 'fact', id: 'monitoring', text: 'Monitoring (urine drug testing, CURES, opioid agreement) within the last 6 months', factKind: 'opioid-monitoring', withinMonths: 6, code: 'opioid-monitoring-not-documented' },
      { kind: 'fact', id: 'no-aberrant-behavior', text: 'No aberrant drug-related behaviour', factKind: 'aberrant-behavior', expect: 'absent', ifSilent: 'met', code: 'aberrant-behavior-documented' },
    ],
  },
};
