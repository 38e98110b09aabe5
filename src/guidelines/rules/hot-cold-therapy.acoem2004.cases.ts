import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2016-03-01', urDenialDate: '2016-11-01' };

export const cases: RuleCase[] = [
  { name: 'home cold packs with a home exercise program', request: 'Hot and cold packs for home use', category: 'dme', dates, summary: 'Low back pain. She does a daily home exercise program.', facts: [{ kind: 'home-exercise-program', value: 'home exercise program', quote: 'daily home exercise program' }], expect: { decision: 'Overturned' } },
  { name: 'a rented powered unit', request: 'Cold therapy unit, 14 day rental', category: 'dme', dates, summary: 'Low back pain. She does a daily home exercise program.', facts: [{ kind: 'home-exercise-program', value: 'home exercise program', quote: 'daily home exercise program' }], expect: { decision: 'Upheld', codes: ['home-application-sufficient'] } },
  { name: 'not tied to an active programme', request: 'Hot/cold therapy wrap', category: 'dme', dates, summary: 'Low back pain.', facts: [], expect: { decision: 'Upheld', codes: ['adjunct-functional-restoration-not-documented'] } },
];
