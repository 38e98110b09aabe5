import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2016-03-01', urDenialDate: '2016-11-01' };

export const cases: RuleCase[] = [
  { name: 'carpal tunnel syndrome', request: 'Right wrist brace', category: 'dme', bodyParts: ['wrist'], dates, summary: 'Right carpal tunnel syndrome with night numbness.', facts: [{ kind: 'diagnosis', value: 'carpal tunnel syndrome', quote: 'carpal tunnel syndrome' }], expect: { decision: 'Overturned' } },
  { name: 'wrist pain without a splinting indication', request: 'Wrist braces #2', category: 'dme', bodyParts: ['wrist'], dates, summary: 'Bilateral wrist pain.', facts: [{ kind: 'symptom', value: 'pain', quote: 'wrist pain' }], expect: { decision: 'Upheld', codes: ['splint-indication-not-documented'] } },
];
