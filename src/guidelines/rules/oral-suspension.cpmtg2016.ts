import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'oral-suspension.cpmtg2016',
  title: 'Oral suspensions and compounding kits of drugs available as tablets',
  topic: 'compounded-drugs',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Compound drugs'],
  recommendation: 'not-recommended',
  summary:
    'A drug that is available in a standard oral form is supported as a liquid suspension or compounding kit only when the patient cannot take the standard form, for example because of difficulty swallowing; compounded products are not first-line treatment.',
  applies: {
    categories: [
      'pharmaceutical.anticonvulsant',
      'pharmaceutical.antidepressant',
      'pharmaceutical.sleep-aid',
      'pharmaceutical.muscle-relaxant',
      'pharmaceutical.gastro-protective',
      'pharmaceutical.nsaid',
      'pharmaceutical.opioid',
      'pharmaceutical.other',
    ],
    requestTerms: ['oral suspension', 'suspension', 'compounding kit', 'compound kit'],
  },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Oral suspension criteria',
    children: [
      {
        kind: 'any',
        id: 'cannot-take-tablets',
        text: 'The patient cannot take the standard oral form',
        code: 'standard-oral-form-not-shown-unsuitable',
        unverified: true,
        children: [
          { kind: 'fact', id: 'dysphagia-symptom', text: 'Difficulty swallowing', factKind: 'symptom', values: ['dysphagia', 'difficulty swallowing', 'trouble swallowing', 'unable to swallow', 'cannot swallow'] },
          { kind: 'fact', id: 'dysphagia-diagnosis', text: 'A swallowing disorder or feeding tube', factKind: 'diagnosis', values: ['dysphagia', 'feeding tube', 'gastrostomy', 'g-tube', 'peg tube'] },
        ],
      },
    ],
  },
};
