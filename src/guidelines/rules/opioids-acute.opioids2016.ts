import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

const SEVERE_INJURY = ['fracture', 'fractures', 'fractured', 'broke', 'broken', 'dislocation', 'crush', 'amputation', 'burn', 'burns', 'laceration', 'tendon rupture', 'rupture'];

export const rule: Rule = {
  id: 'opioids-acute.opioids2016',
  title: 'Opioids for acute and subacute pain',
  topic: 'opioids',
  guideline: EDITIONS.opioids2016,
  sections: ['1 Acute Pain', '1.3 Opioids for Acute Pain: Severe Acute Injuries', '2 Subacute Pain'],
  recommendation: 'conditional',
  summary:
    'For acute pain (up to about three months after the injury) opioids are not first-line for mild or moderate soft-tissue injuries, where non-opioid analgesics come first; limited-duration opioids are supported for severe acute injuries such as fractures or after surgery.',
  applies: { categories: ['pharmaceutical.opioid'], maxMonthsSinceInjury: 3 },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Acute-phase opioid criteria',
    children: [
      {
        kind: 'any',
        id: 'indication',
        text: 'A severe acute injury or recent surgery, or non-opioid analgesics tried first',
        code: 'acute-opioid-indication-not-documented',
        children: [
          {
            kind: 'any',
            id: 'severe-injury',
            text: 'A severe acute injury (for example a fracture)',
            children: [
              { kind: 'fact', id: 'severe-diagnosis', text: 'A fracture, dislocation or similar severe injury is diagnosed', factKind: 'diagnosis', values: SEVERE_INJURY },
              { kind: 'fact', id: 'severe-mechanism', text: 'The injury itself was severe (for example bones broken)', factKind: 'mechanism', values: SEVERE_INJURY },
            ],
          },
          { kind: 'fact', id: 'recent-surgery', text: 'Recent surgery', factKind: 'surgery', temporality: ['current', 'historical'], withinMonths: 3 },
          { kind: 'prior-treatment', id: 'non-opioids-first', text: 'Non-opioid analgesics tried first', treatments: TERMS.nonOpioidAnalgesics },
        ],
      },
      {
        kind: 'any',
        id: 'pain',
        text: 'Pain is documented',
        code: 'pain-not-documented',
        children: [
          { kind: 'fact', id: 'pain-symptom', text: 'Pain is reported', factKind: 'symptom', values: ['pain'] },
          { kind: 'fact', id: 'pain-score', text: 'A pain score is recorded', factKind: 'pain-score' },
        ],
      },
    ],
  },
};
