import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'knee-injection.acoem2004',
  title: 'Corticosteroid injection of the knee',
  topic: 'joint-injection',
  guideline: EDITIONS.knee2004,
  sections: ['Summary of Recommendations', 'Treatment Options: Invasive techniques'],
  recommendation: 'option',
  summary:
    'Invasive techniques such as aspiration and cortisone injections are not routinely indicated for knee complaints; a corticosteroid injection is an option for short-term relief of a painful arthritic knee when it lets the patient take part in active therapy.',
  applies: {
    categories: ['injection'],
    bodyParts: ['knee'],
    requestTerms: ['cortisone', 'corticosteroid', 'steroid', 'dexamethasone', 'kenalog', 'triamcinolone', 'depo-medrol', 'methylprednisolone', 'betamethasone', 'celestone'],
  },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Knee injection criteria',
    children: [
      { kind: 'fact', id: 'arthritis', text: 'Arthritis of the knee (diagnosed or seen on imaging)', factKind: 'diagnosis', values: ['osteoarthritis'], code: 'knee-arthritis-not-documented' },
      {
        kind: 'any',
        id: 'pain',
        text: 'Knee pain is documented',
        code: 'pain-not-documented',
        children: [
          { kind: 'fact', id: 'pain-symptom', text: 'Pain is reported', factKind: 'symptom', values: ['pain'] },
          { kind: 'fact', id: 'pain-score', text: 'A pain score is recorded', factKind: 'pain-score' },
        ],
      },
      { kind: 'prior-treatment', id: 'active-therapy', text: 'Used with active therapy (exercise or physical therapy)', treatments: TERMS.exercise, code: 'not-adjunct-to-active-therapy', unverified: true },
    ],
  },
};
