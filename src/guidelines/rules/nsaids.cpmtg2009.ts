import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'nsaids.cpmtg2009',
  title: 'NSAIDs (non-steroidal anti-inflammatory drugs)',
  topic: 'nsaids',
  guideline: EDITIONS.cpmtg2009,
  pages: ['22', '67', '68', '69', '70', '71', '72', '73'],
  recommendation: 'option',
  summary:
    'NSAIDs are recommended at the lowest effective dose for the shortest duration for osteoarthritis and as an option for short-term symptomatic relief of low back pain; continuing them requires documented decreased pain and improved function, with monitoring for gastrointestinal, cardiovascular and renal risks.',
  applies: { categories: ['pharmaceutical.nsaid'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'NSAID criteria',
    unverified: true,
    children: [
      {
        kind: 'fact',
        id: 'single-nsaid',
        text: 'No other NSAID is being taken at the same time',
        factKind: 'medication',
        values: TERMS.nsaids,
        temporality: ['current'],
        expect: 'absent',
        otherThanRequested: true,
        ifSilent: 'met',
        code: 'duplicate-nsaid',
        unverified: true,
      },
      {
        kind: 'any',
        id: 'response-if-continuing',
        text: 'When the NSAID is being continued, decreased pain or improved function from it is documented',
        code: 'nsaid-response-not-documented',
        children: [
          { kind: 'not', id: 'new-start', text: 'The patient is not already taking an NSAID', child: { kind: 'fact', id: 'on-nsaid', text: 'Already taking an NSAID', factKind: 'medication', values: TERMS.nsaids, temporality: ['current'], ifSilent: 'not_met' } },
          { kind: 'response', id: 'pain-relief', text: 'Decreased pain with the NSAID', measure: 'pain-relief', minPercent: 1, treatments: TERMS.nsaids },
          { kind: 'response', id: 'functional-improvement', text: 'Improved function with the NSAID', measure: 'functional-improvement', treatments: TERMS.nsaids },
        ],
      },
    ],
  },
};
