// The tens criteria the 2009 and 2016 Chronic Pain guidelines share word for word: each version's rule file
// (rules/tens.cpmtg2009.ts, .cpmtg2016.ts) adds its edition, its pages or sections and its scope (decision 0005).
import type { Rule } from '../../engine/index.ts';
import { TERMS } from '../kit.ts';

export const TENS = ['tens', 'tens unit', 'transcutaneous electrical nerve stimulation', 'interferential', 'electrical stimulation', 'ems', 'nmes'];

export const tens: Pick<Rule, 'title' | 'topic' | 'recommendation' | 'summary' | 'criteria'> = {
  title: 'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
  topic: 'tens',
  recommendation: 'conditional',
  summary: 'TENS is not a primary treatment. A one-month home trial may be considered as a non-invasive conservative option when it supports an evidence-based functional restoration programme and the other ongoing pain treatment is recorded during the trial; buying a unit needs documented benefit from that trial.',
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'TENS criteria',
    children: [
      {
        kind: 'any',
        id: 'adjunct-to-functional-restoration',
        text: 'An adjunct to a program of functional restoration (exercise or therapy)',
        code: 'adjunct-functional-restoration-not-documented',
        children: [
          { kind: 'fact', id: 'home-exercise', text: 'A home exercise program', factKind: 'home-exercise-program' },
          { kind: 'prior-treatment', id: 'active-therapy', text: 'Ongoing therapy or exercise', treatments: TERMS.exercise },
        ],
      },
      {
        kind: 'any',
        id: 'trial-or-proven',
        text: 'A one-month trial, or purchase after a trial with documented benefit',
        code: 'tens-trial-not-documented',
        children: [
          { kind: 'request-mentions', id: 'trial-request', text: 'The request is for a one-month trial or rental', field: 'text', terms: ['trial', 'rental', 'rent', '30 day', '30-day', 'one month', '1 month', '1-month', 'one-month'] },
          {
            kind: 'all',
            id: 'proven',
            text: 'A prior TENS trial with documented benefit',
            children: [
              { kind: 'prior-treatment', id: 'prior-trial', text: 'A prior TENS trial', treatments: TENS, ifSilent: 'not_met' },
              { kind: 'response', id: 'trial-benefit', text: 'Documented benefit from the trial', measure: 'functional-improvement', treatments: TENS },
            ],
          },
        ],
      },
    ],
  },
};
