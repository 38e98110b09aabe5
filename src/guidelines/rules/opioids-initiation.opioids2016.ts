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
    'Before chronic opioid treatment is started, non-opioid alternatives should have been tried and the patient screened for the risk of addiction or adverse events, including a CURES check; limited-duration opioids are supported for severe acute injuries such as fractures.',
  applies: { categories: ['pharmaceutical.opioid'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Criteria to start opioids',
    children: [
      {
        kind: 'all',
        id: 'chronic-initiation',
        text: 'Chronic opioid treatment started after alternatives and risk screening',
        children: [
          { kind: 'prior-treatment', id: 'non-opioid-trial', text: 'Non-opioid analgesics were tried', treatments: TERMS.nonOpioidAnalgesics, code: 'non-opioid-trial-not-documented', unverified: true },
          { kind: 'fact', id: 'risk-screening', text: 'Risk screening or a CURES check before prescribing', factKind: 'opioid-monitoring', code: 'risk-screening-not-documented' },
        ],
      },
      {
        kind: 'all',
        id: 'severe-acute-injury',
        text: 'A severe acute injury (such as a fracture) within the last month',
        code: 'not-severe-acute-injury',
        children: [
          { kind: 'fact', id: 'fracture', text: 'A fracture or other severe acute injury', factKind: 'diagnosis', values: ['fracture', 'fractures', 'crush injury', 'amputation', 'burn'] },
          { kind: 'time-since-injury', id: 'acute', text: 'Within a month of the injury', maxMonths: 1 },
        ],
      },
    ],
  },
};
