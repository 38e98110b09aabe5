import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2016-10-17', urDenialDate: '2016-12-21' };
const request = { request: 'Partial hospitalization day treatment', category: 'other' as const, dates };

export const cases: RuleCase[] = [
  {
    name: 'depression with suicidal thoughts',
    ...request,
    summary: 'Major depression after workplace harassment, with fleeting suicidal thoughts.',
    facts: [{ kind: 'symptom', value: 'suicidal ideation', quote: 'suicidal thoughts' }],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'stress without severe symptoms',
    ...request,
    summary: 'Work stress and poor sleep; denies suicidal thoughts.',
    facts: [{ kind: 'symptom', value: 'suicidal ideation', quote: 'suicidal thoughts', polarity: 'negated' }],
    expect: { decision: 'Upheld', codes: ['severity-for-intensive-care-not-documented'] },
  },
];
