import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

const ANTIDEPRESSANTS = ['antidepressant', 'amitriptyline', 'nortriptyline', 'duloxetine', 'cymbalta', 'venlafaxine', 'effexor', 'trazodone', 'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'citalopram', 'escitalopram', 'bupropion', 'wellbutrin'];

export const rule: Rule = {
  id: 'antidepressants.cpmtg2016',
  title: 'Antidepressants for chronic pain',
  topic: 'antidepressants',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Antidepressants for chronic pain'],
  recommendation: 'recommended',
  summary: 'Antidepressants are recommended as a first-line option for neuropathic pain and as a possibility for non-neuropathic pain; assessment of treatment efficacy should include pain outcomes, function, changes in other analgesic use, sleep, psychological assessment and side effects.',
  applies: { categories: ['pharmaceutical.antidepressant'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Antidepressant criteria',
    unverified: true,
    children: [
      {
        kind: 'any',
        id: 'indication',
        text: 'Neuropathic pain or depression is documented',
        code: 'indication-not-documented',
        children: [
          { kind: 'fact', id: 'neuropathic', text: 'Neuropathic pain', factKind: 'diagnosis', values: TERMS.neuropathic },
          { kind: 'fact', id: 'neuropathic-symptom', text: 'Neuropathic symptoms', factKind: 'symptom', values: TERMS.neuropathic },
          { kind: 'fact', id: 'mood', text: 'Depression or another mood disorder', factKind: 'diagnosis', values: TERMS.psychological },
        ],
      },
      {
        kind: 'any',
        id: 'response-if-continuing',
        text: 'When continuing, improvement in pain or function is documented',
        code: 'functional-improvement-not-documented',
        children: [
          { kind: 'not', id: 'new-start', text: 'Not already taking an antidepressant', child: { kind: 'fact', id: 'on-antidepressant', text: 'Already taking an antidepressant', factKind: 'medication', values: ANTIDEPRESSANTS, temporality: ['current'], ifSilent: 'not_met' } },
          { kind: 'response', id: 'pain-relief', text: 'Improvement in pain', measure: 'pain-relief', minPercent: 30, treatments: ANTIDEPRESSANTS },
          { kind: 'response', id: 'functional-improvement', text: 'Improvement in function', measure: 'functional-improvement', treatments: ANTIDEPRESSANTS },
        ],
      },
    ],
  },
};
