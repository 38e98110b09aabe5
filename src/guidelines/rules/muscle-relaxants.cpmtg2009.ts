import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'muscle-relaxants.cpmtg2009',
  title: 'Muscle relaxants (for pain)',
  topic: 'muscle-relaxants',
  guideline: EDITIONS.cpmtg2009,
  pages: ['41', '42', '63', '64', '65', '66'],
  recommendation: 'option',
  summary:
    'Non-sedating muscle relaxants may be used cautiously, as a second-line choice, for short-term treatment of acute flares of chronic low back pain; most studies show no benefit over NSAIDs, the effect fades with time and some drugs in the class cause dependence. Cyclobenzaprine is for a brief course of no more than 2 to 3 weeks.',
  applies: { categories: ['pharmaceutical.muscle-relaxant'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Muscle relaxant criteria',
    unverified: true,
    children: [
      {
        kind: 'any',
        id: 'acute-exacerbation',
        text: 'An acute exacerbation or muscle spasm is documented',
        code: 'acute-exacerbation-not-documented',
        children: [
          { kind: 'fact', id: 'spasm-finding', text: 'Muscle spasm on examination', factKind: 'objective-finding', values: ['spasm', 'spasms', 'muscle spasm', 'muscle spasms'] },
          { kind: 'fact', id: 'flare-symptom', text: 'An acute flare or spasm reported', factKind: 'symptom', values: ['spasm', 'spasms', 'muscle spasm', 'muscle spasms', 'flare', 'flare-up', 'exacerbation'] },
        ],
      },
      { kind: 'fact', id: 'short-term', text: 'Short-term use: the patient is not already taking a muscle relaxant', factKind: 'medication', values: TERMS.muscleRelaxants, temporality: ['current'], expect: 'absent', ifSilent: 'met', code: 'exceeds-short-term-use' },
    ],
  },
};
