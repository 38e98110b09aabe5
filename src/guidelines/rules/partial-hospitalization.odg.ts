import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'partial-hospitalization.odg',
  title: 'Psychiatric partial hospitalization (day treatment)',
  topic: 'psychological',
  guideline: EDITIONS.odg,
  sections: ['Mental Illness & Stress: Partial hospitalization'],
  recommendation: 'conditional',
  summary:
    'The MTUS does not address partial hospitalization. Psychological treatment is recommended when a psychological condition impairs recovery; partial hospitalization is the intensive, structured alternative to inpatient care for symptoms too severe or too risky for routine outpatient treatment, such as suicidal or homicidal thoughts or psychosis.',
  applies: { categories: ['other', 'psychological'], requestTerms: ['partial hospitalization', 'partial hospital', 'day treatment', 'intensive outpatient', 'php'] },
  criteria: {
    kind: 'any',
    id: 'criteria',
    text: 'Symptoms too severe or risky for routine outpatient care',
    code: 'severity-for-intensive-care-not-documented',
    unverified: true,
    children: [
      { kind: 'fact', id: 'suicidal', text: 'Suicidal thoughts', factKind: 'symptom', values: ['suicidal ideation'], temporality: ['current'] },
      { kind: 'fact', id: 'homicidal', text: 'Homicidal thoughts', factKind: 'symptom', values: ['homicidal ideation'], temporality: ['current'] },
      { kind: 'fact', id: 'psychosis', text: 'Psychotic symptoms', factKind: 'symptom', values: ['psychotic symptoms'], temporality: ['current'] },
    ],
  },
};
