import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'postsurgical-physical-medicine.postsurgical2009',
  title: 'Postsurgical physical medicine',
  topic: 'physical-medicine',
  guideline: EDITIONS.postsurgical2009,
  sections: ['9792.24.3 Postsurgical Treatment Guidelines'],
  recommendation: 'recommended',
  summary:
    'Within the postsurgical physical medicine period (6 months for surgeries not listed), an initial course of therapy of half the general course is supported, with further visits up to the general course when functional improvement is documented; postsurgical visits do not count toward the 24-visit cap.',
  applies: {
    categories: ['rehab.physical-therapy', 'rehab.occupational-therapy'],
    when: { kind: 'fact', id: 'recent-surgery', text: 'Surgery within the last 6 months', factKind: 'surgery', temporality: ['historical', 'current'], withinMonths: 6 },
  },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Postsurgical therapy criteria',
    children: [
      { kind: 'quantity', id: 'course-limit', text: 'At most 12 visits (initial course, half of a 24-visit general course)', field: 'visits', max: 12, code: 'exceeds-visit-limit', unknownCode: 'quantity-not-stated', unverified: true },
      {
        kind: 'any',
        id: 'response-to-prior-course',
        text: 'After earlier postsurgical therapy, functional improvement from it is documented',
        code: 'functional-improvement-not-documented',
        children: [
          { kind: 'not', id: 'first-course', text: 'No earlier therapy', child: { kind: 'prior-treatment', id: 'prior-course', text: 'Earlier therapy', treatments: TERMS.physicalMedicine, ifSilent: 'not_met' } },
          { kind: 'response', id: 'functional-improvement', text: 'Functional improvement from the earlier therapy', measure: 'functional-improvement', treatments: TERMS.physicalMedicine },
        ],
      },
    ],
  },
};
