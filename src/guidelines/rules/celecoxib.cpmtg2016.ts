import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'celecoxib.cpmtg2016',
  title: 'Celebrex (celecoxib)',
  topic: 'nsaids',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Celebrex (celecoxib)', 'NSAIDs, GI symptoms & cardiovascular risk'],
  recommendation: 'conditional',
  summary: 'A COX-2 selective NSAID such as celecoxib is considered for patients at risk of gastrointestinal complications, not for most patients, since generic non-selective NSAIDs work as well at far lower cost.',
  applies: { categories: ['pharmaceutical.nsaid'], drugs: ['celecoxib', 'celebrex'] },
  criteria: {
    kind: 'any',
    id: 'gi-risk',
    text: 'A gastrointestinal risk factor is documented',
    code: 'gi-risk-not-documented',
    children: [
      { kind: 'fact-number', id: 'age-over-65', text: 'Age over 65', factKind: 'age', min: 66, unverified: true },
      { kind: 'fact', id: 'gi-history', text: 'History of peptic ulcer, GI bleeding or perforation, or GI symptoms', factKind: 'diagnosis', values: TERMS.gastroRisk },
      { kind: 'fact', id: 'gi-symptoms', text: 'Gastrointestinal symptoms', factKind: 'symptom', values: TERMS.gastroRisk },
      { kind: 'fact', id: 'risk-drugs', text: 'Concurrent aspirin, corticosteroid or anticoagulant', factKind: 'medication', values: TERMS.gastroRiskDrugs, temporality: ['current'], unverified: true },
    ],
  },
};
