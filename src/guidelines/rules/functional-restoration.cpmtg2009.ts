import type { Rule } from '../../engine/index.ts';
import { EDITIONS } from '../kit.ts';

export const rule: Rule = {
  id: 'functional-restoration.cpmtg2009',
  title: 'Functional restoration and chronic pain programs',
  topic: 'programs',
  guideline: EDITIONS.cpmtg2009,
  pages: ['30', '31', '32', '49'],
  recommendation: 'conditional',
  summary:
    'Chronic pain programs are recommended when an adequate evaluation with baseline functional testing has been made, previous methods of treating chronic pain have been unsuccessful with no other options likely to bring significant improvement, there is a significant loss of ability to function independently, the patient is not a candidate for surgery, and is motivated to change; treatment continues beyond two weeks only with demonstrated subjective and objective gains, and generally does not exceed 20 full-day sessions.',
  applies: { categories: ['program'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Functional restoration program criteria',
    unverified: true,
    children: [
      { kind: 'fact', id: 'prior-treatment-failed', text: 'Previous methods of treatment were unsuccessful', factKind: 'no-benefit', code: 'prior-treatment-failure-not-documented' },
      { kind: 'fact', id: 'loss-of-function', text: 'Significant loss of the ability to function independently', factKind: 'work-status', values: ['off work', 'temporarily totally disabled', 'ttd', 'not working', 'unable to work'], code: 'loss-of-function-not-documented' },
      { kind: 'fact', id: 'not-surgical-candidate', text: 'Not a candidate for surgery', factKind: 'surgery', temporality: ['planned'], expect: 'absent', ifSilent: 'met', code: 'surgical-candidate' },
      { kind: 'quantity', id: 'session-limit', text: 'At most 20 full-day sessions, reassessed after 2 weeks', field: 'visits', max: 20, ifUnstated: 'met', code: 'exceeds-visit-limit' },
    ],
  },
};
