import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

const TENS = ['tens', 'tens unit', 'transcutaneous electrical nerve stimulation', 'interferential', 'electrical stimulation', 'ems', 'nmes'];

export const rule: Rule = {
  id: 'tens.cpmtg2009',
  title: 'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
  topic: 'tens',
  guideline: EDITIONS.cpmtg2009,
  pages: ['114', '115', '116'],
  recommendation: 'conditional',
  summary:
    'TENS is not a primary treatment. A one-month home trial may be considered as a non-invasive conservative option when it supports an evidence-based functional restoration programme and the other ongoing pain treatment is recorded during the trial; buying a unit needs documented benefit from that trial.',
  applies: { categories: ['dme'], requestTerms: TENS },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'TENS criteria',
    unverified: true,
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
