import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'anticonvulsants.cpmtg2016',
  title: 'Anti-epilepsy drugs (gabapentin, pregabalin)',
  topic: 'anticonvulsants',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Gabapentin (Neurontin)'],
  recommendation: 'recommended',
  summary:
    'Anti-epilepsy drugs are recommended for neuropathic pain such as diabetic painful neuropathy and postherpetic neuralgia; a response is a 30-50% reduction in pain, and each visit should document pain relief, functional improvement and side effects, continuing use depending on improved outcomes against tolerability.',
  applies: { categories: ['pharmaceutical.anticonvulsant'], minMonthsSinceInjury: 3 },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Anti-epilepsy drug criteria',
    children: [
      {
        kind: 'any',
        id: 'neuropathic-pain',
        text: 'Neuropathic pain is documented',
        code: 'neuropathic-pain-not-documented',
        children: [
          { kind: 'fact', id: 'neuropathic-diagnosis', text: 'A neuropathic diagnosis', factKind: 'diagnosis', values: TERMS.neuropathic },
          { kind: 'fact', id: 'neuropathic-symptom', text: 'Neuropathic symptoms', factKind: 'symptom', values: TERMS.neuropathic },
          { kind: 'fact', id: 'neurological-deficit', text: 'A neurological deficit', factKind: 'neurological-deficit' },
        ],
      },
      {
        kind: 'any',
        id: 'response-if-continuing',
        text: 'When continuing, a 30% or greater reduction in pain or functional improvement is documented',
        code: 'functional-improvement-not-documented',
        children: [
          { kind: 'not', id: 'new-start', text: 'Not already taking the drug', child: { kind: 'fact', id: 'on-aed', text: 'Already taking an anti-epilepsy drug', factKind: 'medication', values: TERMS.anticonvulsants, temporality: ['current'], ifSilent: 'not_met' } },
          { kind: 'response', id: 'pain-relief', text: 'At least 30% pain reduction', measure: 'pain-relief', minPercent: 30, treatments: TERMS.anticonvulsants },
          { kind: 'response', id: 'functional-improvement', text: 'Functional improvement', measure: 'functional-improvement', treatments: TERMS.anticonvulsants },
        ],
      },
    ],
  },
};
