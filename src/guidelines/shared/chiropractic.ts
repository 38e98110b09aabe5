// The chiropractic criteria the 2009 and 2016 Chronic Pain guidelines share word for word: each version's rule file
// (rules/chiropractic.cpmtg2009.ts, .cpmtg2016.ts) adds its edition, its pages or sections and its scope (decision 0005).
import type { Rule } from '../../engine/index.ts';
import { TERMS } from '../kit.ts';

export const CHIRO = ['chiropractic', 'chiropractic treatment', 'chiropractic care', 'manipulation', 'manual therapy'];

export const chiropractic: Pick<Rule, 'title' | 'topic' | 'recommendation' | 'summary' | 'criteria'> = {
  title: 'Manual therapy and manipulation (chiropractic)',
  topic: 'chiropractic',
  recommendation: 'option',
  summary: 'Manual therapy and manipulation are recommended for chronic pain caused by musculoskeletal conditions, aiming at measurable functional gains: for the low back a trial of 6 visits over 2 weeks, and with objective functional improvement up to 18 visits over 6-8 weeks; not recommended for the ankle and foot, carpal tunnel syndrome, the forearm, wrist and hand, or the knee.',
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Manual therapy criteria',
    children: [
      {
        kind: 'not',
        id: 'body-part-covered',
        text: 'The body part is one for which manipulation is recommended',
        code: 'not-recommended-for-body-part',
        child: { kind: 'request-mentions', id: 'excluded-body-part', text: 'The request is for the ankle, foot, knee, forearm, wrist, hand or carpal tunnel syndrome', field: 'text', terms: ['ankle', 'foot', 'feet', 'knee', 'knees', 'forearm', 'wrist', 'wrists', 'hand', 'hands', 'carpal tunnel'] },
      },
      {
        kind: 'any',
        id: 'trial-or-extension',
        text: 'A trial of up to 6 visits, or up to 18 visits in all after a trial with objective functional improvement',
        code: 'exceeds-visit-limit',
        unknownCode: 'functional-improvement-not-documented',
        children: [
          {
            kind: 'all',
            id: 'trial',
            text: 'A first trial of up to 6 visits',
            children: [
              { kind: 'not', id: 'no-prior-manipulation', text: 'No earlier manipulation', child: { kind: 'prior-treatment', id: 'prior-manipulation', text: 'Earlier manipulation', treatments: CHIRO, ifSilent: 'not_met' } },
              { kind: 'quantity', id: 'trial-visits', text: 'At most 6 visits', field: 'visits', max: 6 },
            ],
          },
          {
            kind: 'all',
            id: 'extension',
            text: 'Further visits after a trial with functional improvement, up to 18 in all',
            children: [
              { kind: 'prior-treatment', id: 'had-trial', text: 'A trial of manipulation was done', treatments: CHIRO, ifSilent: 'not_met' },
              { kind: 'response', id: 'trial-improvement', text: 'Objective functional improvement from the trial', measure: 'functional-improvement', treatments: CHIRO },
              { kind: 'cumulative-visits', id: 'total-18', text: 'At most 18 visits in all', treatments: CHIRO, max: 18 },
            ],
          },
        ],
      },
      { kind: 'cumulative-visits', id: 'visit-cap', text: 'Prior and requested physical medicine visits stay within the 24-visit cap (Labor Code 4604.5)', treatments: TERMS.physicalMedicine, max: 24, ifSilent: 'met', code: 'exceeds-visit-cap' },
    ],
  },
};
