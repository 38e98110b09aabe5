import type { RuleCase } from '../kit.ts';

export const cases: RuleCase[] = [
  { name: 'lumbar facet injection', request: 'Bilateral L4-5 facet injections', category: 'injection', bodyParts: ['lumbar spine'], dates: { urDenialDate: '2016-12-01' }, summary: 'Axial low back pain.', facts: [], expect: { decision: 'Upheld', codes: ['not-recommended'] } },
];
