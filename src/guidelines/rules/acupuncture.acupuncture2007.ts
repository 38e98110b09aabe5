import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

const ACU = ['acupuncture', 'electroacupuncture', 'electro-acupuncture'];

export const rule: Rule = {
  id: 'acupuncture.acupuncture2007',
  title: 'Acupuncture',
  topic: 'acupuncture',
  guideline: EDITIONS.acupuncture2007,
  sections: ['9792.24.1 Acupuncture Medical Treatment Guidelines'],
  recommendation: 'option',
  summary:
    'Acupuncture is an option when pain medication is reduced or not tolerated, or alongside physical rehabilitation or surgery to speed functional recovery. Functional improvement should appear within 3 to 6 treatments given 1 to 3 times a week, over an optimum of 1 to 2 months; further treatment needs documented functional improvement as section 9792.20 defines it.',
  applies: { categories: ['rehab.acupuncture'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Acupuncture criteria',
    children: [
      {
        kind: 'any',
        id: 'indication',
        text: 'Used with physical rehabilitation or surgery, or when pain medication is reduced or not tolerated',
        code: 'acupuncture-indication-not-documented',
        children: [
          { kind: 'fact', id: 'home-exercise', text: 'A home exercise program is documented', factKind: 'home-exercise-program' },
          { kind: 'prior-treatment', id: 'rehabilitation', text: 'Physical rehabilitation is ongoing', treatments: TERMS.exercise },
          { kind: 'fact', id: 'recent-surgery', text: 'Recent surgery', factKind: 'surgery', temporality: ['historical', 'current'], withinMonths: 6 },
          { kind: 'fact', id: 'medication-not-tolerated', text: 'Pain medication is reduced or not tolerated', factKind: 'medication', values: ['not tolerated', 'intolerance', 'reduced', 'side effects'] },
        ],
      },
      {
        kind: 'any',
        id: 'trial-or-extension',
        text: 'A first course of up to 6 treatments, or an extension after documented functional improvement',
        code: 'exceeds-visit-limit',
        unknownCode: 'functional-improvement-not-documented',
        children: [
          {
            kind: 'all',
            id: 'trial',
            text: 'A first course of up to 6 treatments',
            children: [
              { kind: 'not', id: 'no-prior-acupuncture', text: 'No earlier acupuncture', child: { kind: 'prior-treatment', id: 'prior-acupuncture', text: 'Earlier acupuncture', treatments: ACU, ifSilent: 'not_met' } },
              { kind: 'quantity', id: 'trial-visits', text: 'At most 6 treatments', field: 'visits', max: 6 },
            ],
          },
          {
            kind: 'all',
            id: 'extension',
            text: 'An extension after earlier acupuncture with functional improvement',
            children: [
              { kind: 'prior-treatment', id: 'had-acupuncture', text: 'Earlier acupuncture', treatments: ACU, ifSilent: 'not_met' },
              { kind: 'response', id: 'acupuncture-improvement', text: 'Functional improvement from earlier acupuncture', measure: 'functional-improvement', treatments: ACU },
            ],
          },
        ],
      },
      { kind: 'quantity', id: 'frequency', text: 'At most 3 treatments a week', field: 'perWeek', max: 3, ifUnstated: 'met', code: 'exceeds-frequency' },
    ],
  },
};
