import type { RuleCase } from '../kit.ts';

export const cases: RuleCase[] = [
  { name: 'months after the injury', request: 'Lumbar support', category: 'dme', dates: { dateOfInjury: '2016-08-01', urDenialDate: '2016-12-01' }, summary: 'Low back pain.', facts: [], expect: { decision: 'Upheld', codes: ['beyond-acute-phase'] } },
  { name: 'unknown injury date', request: 'Back support', category: 'dme', dates: { urDenialDate: '2016-12-01' }, summary: 'Low back pain.', facts: [], expect: { decision: 'Upheld' } },
];
