import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'lidocaine-patch.cpmtg2016',
  title: 'Lidoderm (lidocaine patch)',
  topic: 'topical-analgesics',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Lidoderm (lidocaine patch)'],
  recommendation: 'conditional',
  summary: 'The lidocaine patch is not a first-line treatment; it may be used for localized peripheral neuropathic pain after there has been evidence of a trial of first-line therapy (an antidepressant or an anticonvulsant such as gabapentin or Lyrica).',
  applies: { categories: ['pharmaceutical.topical'], drugs: ['lidoderm', 'lidocaine patch', 'lidocaine 5% patch'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Lidocaine patch criteria',
    children: [
      {
        kind: 'any',
        id: 'neuropathic-pain',
        text: 'Localized neuropathic pain is documented',
        code: 'neuropathic-pain-not-documented',
        children: [
          { kind: 'fact', id: 'neuropathic-diagnosis', text: 'A neuropathic diagnosis', factKind: 'diagnosis', values: TERMS.neuropathic },
          { kind: 'fact', id: 'neuropathic-symptom', text: 'Neuropathic symptoms', factKind: 'symptom', values: TERMS.neuropathic },
        ],
      },
      {
        kind: 'any',
        id: 'first-line-trial',
        text: 'A trial of first-line therapy (antidepressant or anticonvulsant)',
        code: 'first-line-trial-not-documented',
        children: [
          { kind: 'prior-treatment', id: 'first-line-tried', text: 'First-line therapy tried', treatments: TERMS.firstLineNeuropathic },
          { kind: 'fact', id: 'first-line-medication', text: 'Takes or took first-line therapy', factKind: 'medication', values: TERMS.firstLineNeuropathic },
        ],
      },
    ],
  },
};
