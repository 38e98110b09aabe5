import type { RuleCase } from '../kit.ts';

const summary = 'Trapezius trigger points with a twitch response. Physical therapy and NSAIDs did not help.';
const dates = { dateOfInjury: '2015-03-01', urDenialDate: '2016-12-12' };

export const cases: RuleCase[] = [
  { name: 'documented trigger points after failed conservative care', request: 'Trigger point injections x 3 trapezius', category: 'injection', dates, summary, facts: [{ kind: 'objective-finding', value: 'trigger points', quote: 'Trapezius trigger points with a twitch response' }, { kind: 'prior-treatment', value: 'physical therapy', quote: 'Physical therapy' }], expect: { decision: 'Overturned' } },
  { name: 'no trigger points documented', request: 'Trigger point injections', category: 'injection', dates, summary, facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'Physical therapy' }], expect: { decision: 'Upheld', codes: ['trigger-points-not-documented'] } },
];
