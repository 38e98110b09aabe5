import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'consultations.acoem2004',
  title: 'Referrals and consultations',
  topic: 'evaluation-management',
  guideline: EDITIONS.general2004,
  sections: ['Cornerstones of Disability Prevention and Management'],
  recommendation: 'recommended',
  summary: 'Referral to a specialist is warranted when the diagnosis is uncertain or extremely complex, when psychosocial factors are present, or when the plan or course of care may benefit from additional expertise, such as when healing is delayed.',
  applies: { categories: ['evaluation-management'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Ongoing or unresolved symptoms that may benefit from additional expertise',
    code: 'clinical-need-not-documented',
    unverified: true,
    children: [
      { kind: 'fact', id: 'symptoms', text: 'Ongoing symptoms', factKind: 'symptom', temporality: ['current'] },
      { kind: 'fact', id: 'findings', text: 'Objective findings', factKind: 'objective-finding', temporality: ['current'] },
      { kind: 'fact', id: 'medications', text: 'Medications that need monitoring', factKind: 'medication', temporality: ['current'] },
      { kind: 'fact', id: 'pain', text: 'Ongoing pain', factKind: 'pain-score', temporality: ['current'] },
    ],
  },
};
