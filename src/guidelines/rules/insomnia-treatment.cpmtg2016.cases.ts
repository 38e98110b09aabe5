import type { RuleCase } from '../kit.ts';

const summary = 'She reports difficulty sleeping because of pain. Takes Ambien 10 mg nightly for a year.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };
const sleepless = { kind: 'symptom' as const, value: 'difficulty sleeping', quote: 'difficulty sleeping' };

export const cases: RuleCase[] = [
  { name: 'short-term start for documented insomnia', request: 'Zolpidem 5mg #14', category: 'pharmaceutical.sleep-aid', quantity: { drug: 'zolpidem', count: 14 }, dates, summary, facts: [sleepless], expect: { decision: 'Overturned' } },
  { name: 'long-term use', request: 'Ambien 10mg #30', category: 'pharmaceutical.sleep-aid', quantity: { drug: 'ambien', count: 30 }, dates, summary, facts: [sleepless, { kind: 'medication', value: 'ambien', quote: 'Ambien 10 mg nightly' }], expect: { decision: 'Upheld', codes: ['long-term-use-not-recommended'] } },
  { name: 'no insomnia documented', request: 'Ambien 10mg #30', category: 'pharmaceutical.sleep-aid', quantity: { drug: 'ambien', count: 30 }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['insomnia-not-documented'] } },
];
