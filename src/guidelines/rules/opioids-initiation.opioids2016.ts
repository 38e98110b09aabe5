import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'opioids-initiation.opioids2016',
  title: 'Opioids, initiating treatment',
  topic: 'opioids',
  guideline: EDITIONS.opioids2016,
  sections: ['3.3 Initiating and Monitoring Chronic Opioid Treatment', '1.3 Opioids for Acute Pain: Severe Acute Injuries'],
  recommendation: 'conditional',
  summary:
    'Before chronic opioid treatment is started, non-opioid alternatives should have been tried and the patient screened for the risk of addiction or adverse events, including a CURES check. (Acute and subacute pain: opioids-acute.opioids2016.)',
  applies: { categories: ['pharmaceutical.opioid'], minMonthsSinceInjury: 3 },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Chronic opioid treatment started after alternatives and risk screening',
    children: [
      { kind: 'prior-treatment', id: 'non-opioid-trial', text: 'Non-opioid analgesics were tried', treatments: TERMS.nonOpioidAnalgesics, code: 'non-opioid-trial-not-documented', unverified: true },
      { kind: 'fact', id: 'risk-screening', text: 'Risk screening or a CURES check before prescribing', factKind: 'opioid-monitoring', code: 'risk-screening-not-documented' },
    ],
  },
};
