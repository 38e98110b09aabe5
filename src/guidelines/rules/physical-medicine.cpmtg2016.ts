import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'physical-medicine.cpmtg2016',
  title: 'Physical medicine (physical and occupational therapy)',
  topic: 'physical-medicine',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Physical medicine treatment'],
  recommendation: 'recommended',
  summary:
    'Physical medicine is recommended as indicated: active therapy is the basis, continued by the patient at home, with frequency fading from up to 3 visits a week to 1 or less; myalgia and myositis 9-10 visits over 8 weeks, neuralgia, neuritis and radiculitis 8-10 visits over 4 weeks. Further visits depend on documented functional improvement.',
  applies: { categories: ['rehab.physical-therapy', 'rehab.occupational-therapy'], minMonthsSinceInjury: 3 },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Physical medicine criteria',
    children: [
      {
        kind: 'not',
        id: 'active-not-passive',
        text: 'The therapy is active, not a passive modality alone',
        code: 'passive-modality-not-recommended',
        child: { kind: 'request-mentions', id: 'passive-modality', text: 'The request is for a passive modality (ultrasound, electrical stimulation, heat, cold, traction)', field: 'text', terms: ['ultrasound', 'electrical muscle stimulation', 'electrical stimulation', 'e-stim', 'ems', 'infrared', 'diathermy', 'iontophoresis', 'hot pack', 'hot packs', 'cold pack', 'heat', 'traction', 'paraffin'] },
      },
      { kind: 'quantity', id: 'visit-limit', text: 'No more than 10 visits are requested', field: 'visits', max: 10, code: 'exceeds-visit-limit', unknownCode: 'quantity-not-stated' },
      {
        kind: 'cumulative-visits',
        id: 'course-limit',
        text: 'Therapy visits already given, authorized and requested stay within the 10 visits the guideline allows for a course',
        treatments: ['physical therapy', 'pt', 'occupational therapy', 'ot', 'physiotherapy'],
        max: 10,
        ifSilent: 'met',
        code: 'exceeds-course-visits',
        unverified: true,
      },
      { kind: 'cumulative-visits', id: 'visit-cap', text: 'Prior and requested physical medicine visits stay within the 24-visit cap (Labor Code 4604.5)', treatments: TERMS.physicalMedicine, max: 24, ifSilent: 'met', code: 'exceeds-visit-cap' },
      {
        kind: 'any',
        id: 'response-to-prior-course',
        text: 'After a prior course of therapy, functional improvement from it is documented',
        code: 'functional-improvement-not-documented',
        children: [
          { kind: 'not', id: 'first-course', text: 'No prior course of therapy', child: { kind: 'prior-treatment', id: 'prior-course', text: 'A prior course of therapy', treatments: TERMS.physicalMedicine } },
          { kind: 'response', id: 'functional-improvement', text: 'Functional improvement from prior therapy is documented', measure: 'functional-improvement', treatments: TERMS.physicalMedicine },
        ],
      },
    ],
  },
};
