import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'ppi.cpmtg2009',
  title: 'Proton pump inhibitors with NSAIDs',
  topic: 'gastro-protective',
  guideline: EDITIONS.cpmtg2009,
  pages: ['68', '69'],
  recommendation: 'conditional',
  summary:
    'Proton pump inhibitors are recommended for patients taking NSAIDs who are at intermediate or high risk of gastrointestinal events; patients with no risk factor and no cardiovascular disease do not need one. Risk factors include age over 65, a history of peptic ulcer, GI bleeding or perforation, and concurrent aspirin, corticosteroid or anticoagulant use.',
  applies: { categories: ['pharmaceutical.gastro-protective'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'PPI criteria',
    children: [
      { kind: 'fact', id: 'on-nsaid', text: 'The patient takes an NSAID', factKind: 'medication', values: TERMS.nsaids, temporality: ['current'], code: 'nsaid-use-not-documented' },
      {
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
    ],
  },
};
