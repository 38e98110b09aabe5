import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'nsaids-acute.acoem2004',
  title: 'NSAIDs in the acute and subacute phase',
  topic: 'nsaids',
  guideline: EDITIONS.general2004,
  sections: ['Initial Approaches to Treatment', 'Medications'],
  recommendation: 'recommended',
  summary:
    'In the first three months after an injury (before pain is chronic under the 2016 MTUS definition), anti-inflammatory medication is a first-line option to relieve musculoskeletal pain so that activity and recovery can resume; the Chronic Pain guideline does not govern this phase.',
  applies: { categories: ['pharmaceutical.nsaid'], maxMonthsSinceInjury: 3 },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Acute-phase NSAID criteria',
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
        id: 'musculoskeletal-pain',
        text: 'Musculoskeletal pain from the injury is documented',
        code: 'pain-not-documented',
        children: [
          { kind: 'fact', id: 'pain', text: 'Pain is reported', factKind: 'symptom', values: ['pain', 'ache', 'aching', 'soreness', 'stiffness'] },
          { kind: 'fact', id: 'pain-score', text: 'A pain score is recorded', factKind: 'pain-score' },
          { kind: 'fact', id: 'tenderness', text: 'Tenderness or spasm on examination', factKind: 'objective-finding', values: ['tenderness', 'spasm', 'guarding', 'decreased range of motion', 'restricted range of motion'] },
        ],
      },
    ],
  },
};
