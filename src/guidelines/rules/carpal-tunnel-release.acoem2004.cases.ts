import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2015-10-01', urDenialDate: '2016-11-01' };

export const cases: RuleCase[] = [
  {
    name: 'positive tests confirmed by nerve conduction',
    request: 'Right open carpal tunnel release',
    category: 'surgery',
    bodyParts: ['wrist'],
    dates,
    summary: 'Right hand numbness. Positive Tinel and Phalen signs. Nerve conduction studies showed moderate right carpal tunnel syndrome.',
    facts: [
      { kind: 'special-test', value: 'Tinel', quote: 'Positive Tinel', attributes: { result: 'positive' } },
      { kind: 'electrodiagnostic', value: 'NCV', quote: 'Nerve conduction studies showed moderate right carpal tunnel syndrome', attributes: { result: 'abnormal' } },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'no electrodiagnostic support',
    request: 'Right carpal tunnel release',
    category: 'surgery',
    bodyParts: ['wrist'],
    dates,
    summary: 'Right hand numbness. Positive Tinel sign.',
    facts: [{ kind: 'special-test', value: 'Tinel', quote: 'Positive Tinel', attributes: { result: 'positive' } }],
    expect: { decision: 'Upheld', codes: ['electrodiagnostic-confirmation-not-documented'] },
  },
];
