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
    'The need for a clinical office visit is individualized, based on the patient\'s concerns, signs and symptoms, clinical stability and reasonable physician judgment; patients on medications that need monitoring or with ongoing symptoms are expected to be seen.',
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
