// The psychological-treatment criteria the 2009 and 2016 Chronic Pain guidelines share word for word: each version's rule file
// (rules/psychological-treatment.cpmtg2009.ts, .cpmtg2016.ts) adds its edition, its pages or sections and its scope (decision 0005).
import type { Rule } from '../../engine/index.ts';
import { TERMS } from '../kit.ts';

export const PSYCH = ['psychotherapy', 'psychological treatment', 'cognitive behavioral therapy', 'cbt', 'psychology', 'psychological', 'counseling', 'biofeedback'];

export const psychologicalTreatment: Pick<Rule, 'title' | 'topic' | 'recommendation' | 'summary' | 'criteria'> = {
  title: 'Psychological evaluation and treatment',
  topic: 'psychological',
  recommendation: 'recommended',
  summary: 'Psychological intervention is recommended when a psychological condition is judged to affect recovery or rehabilitation, and works on goals, beliefs about pain, coping and coexisting mood disorders; a first trial is 3 to 4 visits over 2 weeks, extended to 6 to 10 visits over 5 to 6 weeks only with objective functional improvement.',
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Psychological treatment criteria',
    children: [
      {
        kind: 'any',
        id: 'psychological-condition',
        text: 'A psychological condition affecting recovery is documented',
        code: 'psychological-condition-not-documented',
        children: [
          { kind: 'fact', id: 'psych-diagnosis', text: 'A psychological diagnosis', factKind: 'diagnosis', values: TERMS.psychological },
          { kind: 'fact', id: 'psych-symptom', text: 'Psychological symptoms', factKind: 'symptom', values: TERMS.psychological },
        ],
      },
      {
        kind: 'any',
        id: 'trial-or-extension',
        text: 'An initial trial of up to 4 visits, or up to 10 after documented improvement',
        code: 'exceeds-visit-limit',
        unknownCode: 'functional-improvement-not-documented',
        unverified: true,
        children: [
          {
            kind: 'all',
            id: 'trial',
            text: 'An initial trial of up to 4 visits',
            children: [
              { kind: 'not', id: 'no-prior-psych', text: 'No earlier psychological treatment', child: { kind: 'prior-treatment', id: 'prior-psych', text: 'Earlier psychological treatment', treatments: PSYCH, ifSilent: 'not_met' } },
              { kind: 'quantity', id: 'trial-visits', text: 'At most 4 visits', field: 'visits', max: 4, ifUnstated: 'met' },
            ],
          },
          {
            kind: 'all',
            id: 'extension',
            text: 'Up to 10 visits in all after improvement',
            children: [
              { kind: 'prior-treatment', id: 'had-psych', text: 'Earlier psychological treatment', treatments: PSYCH, ifSilent: 'not_met' },
              { kind: 'response', id: 'psych-improvement', text: 'Objective functional improvement', measure: 'functional-improvement', treatments: PSYCH },
              { kind: 'cumulative-visits', id: 'total-10', text: 'At most 10 visits in all', treatments: PSYCH, max: 10, ifSilent: 'met' },
            ],
          },
        ],
      },
    ],
  },
};
