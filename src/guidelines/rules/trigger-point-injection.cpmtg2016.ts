import type { Rule } from '../../engine/index.ts';
import { EDITIONS, TERMS } from '../kit.ts';

export const rule: Rule = {
  id: 'trigger-point-injection.cpmtg2016',
  title: 'Trigger point injections',
  topic: 'injections',
  guideline: EDITIONS.cpmtg2016,
  sections: ['Trigger point injections'],
  recommendation: 'conditional',
  summary: 'Trigger point injections are for myofascial pain with documented trigger points (a twitch response and referred pain on palpation) that has lasted more than three months despite stretching, exercise, physical therapy, NSAIDs and muscle relaxants, and without radiculopathy.',
  applies: { categories: ['injection'], requestTerms: ['trigger point', 'trigger points', 'tpi'] },
  criteria: {
    kind: 'all',
    id: 'criteria',
    text: 'Trigger point injection criteria',
    unverified: true,
    children: [
      { kind: 'fact', id: 'trigger-points', text: 'Trigger points with a twitch response and referred pain', factKind: 'objective-finding', values: ['trigger point', 'trigger points', 'twitch response', 'taut band'], code: 'trigger-points-not-documented' },
      { kind: 'prior-treatment', id: 'conservative-care', text: 'Stretching, exercise, physical therapy, NSAIDs and muscle relaxants failed', treatments: TERMS.conservativeCare, code: 'conservative-care-not-documented' },
      { kind: 'fact', id: 'no-radiculopathy', text: 'No radiculopathy', factKind: 'diagnosis', values: ['radiculopathy'], expect: 'absent', ifSilent: 'met', code: 'radiculopathy-present' },
    ],
  },
};
