import type { RuleCase } from '../kit.ts';

const summary = 'The injured worker has chronic low back pain. She continues a daily home exercise program. Prior massage gave no benefit.';

export const cases: RuleCase[] = [
  {
    name: 'six visits as an adjunct to home exercise',
    request: 'Massage therapy x 6 sessions',
    category: 'rehab.massage',
    quantity: { visits: 6 },
    dates: { dateOfInjury: '2015-02-10', urDenialDate: '2016-11-02' },
    summary,
    facts: [{ kind: 'home-exercise-program', value: true, quote: 'daily home exercise program' }],
    expect: { decision: 'Overturned', codes: ['criteria-met'] },
  },
  {
    name: 'twelve visits exceed the 4-6 visit limit',
    request: 'Massage therapy 2 x 6',
    category: 'rehab.massage',
    quantity: { visits: 12 },
    dates: { dateOfInjury: '2015-02-10', urDenialDate: '2016-11-02' },
    summary,
    facts: [{ kind: 'home-exercise-program', value: true, quote: 'daily home exercise program' }],
    expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] },
  },
  {
    name: 'no exercise program documented',
    request: 'Massage therapy x 6',
    category: 'rehab.massage',
    quantity: { visits: 6 },
    dates: { dateOfInjury: '2015-02-10', urDenialDate: '2016-11-02' },
    summary,
    facts: [],
    expect: { decision: 'Upheld', codes: ['adjunct-exercise-not-documented'] },
  },
  {
    name: 'earlier massage gave no benefit',
    request: 'Massage therapy x 6',
    category: 'rehab.massage',
    quantity: { visits: 6 },
    dates: { dateOfInjury: '2015-02-10', urDenialDate: '2016-11-02' },
    summary,
    facts: [
      { kind: 'home-exercise-program', value: true, quote: 'daily home exercise program' },
      { kind: 'no-benefit', value: 'massage', quote: 'Prior massage gave no benefit' },
    ],
    expect: { decision: 'Upheld', codes: ['prior-treatment-no-benefit'] },
  },
];
