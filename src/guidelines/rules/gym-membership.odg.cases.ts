import type { RuleCase } from '../kit.ts';

export const cases: RuleCase[] = [
  { name: 'a plain gym membership', request: 'Gym membership x 6 months', category: 'program', dates: { urDenialDate: '2016-12-01' }, summary: 'Does home exercises.', facts: [], expect: { decision: 'Upheld', codes: ['home-exercise-failure-not-documented', 'not-medically-supervised'] } },
];
