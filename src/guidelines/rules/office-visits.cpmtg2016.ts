import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'office-visits.cpmtg2016',
  title: 'Office visits and consultations',
  topic: 'evaluation-management',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Office visits'],
  recommendation: 'recommended',
  summary:
    'Whether an office visit is needed is decided case by case, from the patient\'s concerns, signs and symptoms, how stable the condition is, and reasonable physician judgment; ongoing symptoms and medications that need monitoring call for visits.',
  applies: { categories: ['evaluation-management'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Ongoing symptoms, findings or treatment that call for a visit',
    code: 'clinical-need-not-documented',
    children: [
      { kind: 'fact', id: 'symptoms', text: 'Ongoing symptoms', factKind: 'symptom', temporality: ['current'] },
      { kind: 'fact', id: 'findings', text: 'Objective findings', factKind: 'objective-finding', temporality: ['current'] },
      { kind: 'fact', id: 'medications', text: 'Medications that need monitoring', factKind: 'medication', temporality: ['current'] },
      { kind: 'fact', id: 'pain', text: 'Ongoing pain', factKind: 'pain-score', temporality: ['current'] },
    ],
  },
};
