import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'consultations.acoem2004',
  title: 'Referrals and consultations',
  topic: 'evaluation-management',
  guideline: EDITIONS.general2004,
  sections: ['Cornerstones of Disability Prevention and Management'],
  recommendation: 'recommended',
  summary: 'Referral to a specialist is warranted when the diagnosis is uncertain or extremely complex, when psychosocial factors are present, or when the plan or course of care may benefit from additional expertise, such as when healing is delayed.',
  applies: { categories: ['evaluation-management'], requestTerms: ['consult', 'consultation', 'referral', 'refer', 'specialist', 'evaluation'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'A reason for additional expertise: delayed recovery, failed treatment, psychosocial factors, a surgical question or complex medication',
    code: 'referral-reason-not-documented',
    unverified: true,
    children: [
      { kind: 'time-since-injury', id: 'delayed-recovery', text: 'Recovery delayed beyond three months', minMonths: 3 },
      { kind: 'fact', id: 'treatment-failed', text: 'A treatment has failed', factKind: 'no-benefit' },
      { kind: 'fact', id: 'psychosocial', text: 'Psychosocial factors', factKind: 'diagnosis', values: TERMS.psychological },
      { kind: 'fact', id: 'surgery-question', text: 'Surgery is being considered', factKind: 'surgery', temporality: ['planned', 'hypothetical'] },
      { kind: 'fact', id: 'opioid-therapy', text: 'Opioid therapy that needs specialist management', factKind: 'medication', values: TERMS.opioids, temporality: ['current'] },
    ],
  },
};
