import type { RuleCase } from '../kit.ts';

const summary = 'Neck pain. She is attending physical therapy. She had 6 acupuncture treatments, after which she returned to full duty.';
const dates = { dateOfInjury: '2016-05-01', urDenialDate: '2016-12-20' };

export const cases: RuleCase[] = [
  { name: '3 times a week for 2 weeks as an adjunct to physical therapy', request: 'Acupuncture 3 x 2 neck', category: 'rehab.acupuncture', quantity: { visits: 6, perWeek: 3, weeks: 2 }, dates, summary, facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'attending physical therapy' }], expect: { decision: 'Overturned' } },
  { name: 'an initial request for 12 treatments', request: 'Acupuncture x 12', category: 'rehab.acupuncture', quantity: { visits: 12 }, dates, summary, facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'attending physical therapy' }], expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] } },
  { name: 'no rehabilitation or medication intolerance documented', request: 'Acupuncture x 6', category: 'rehab.acupuncture', quantity: { visits: 6 }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['acupuncture-indication-not-documented'] } },
  {
    name: 'extension after functional improvement',
    request: 'Acupuncture x 6',
    category: 'rehab.acupuncture',
    quantity: { visits: 6 },
    dates,
    summary,
    facts: [
      { kind: 'prior-treatment', value: 'physical therapy', quote: 'attending physical therapy' },
      { kind: 'prior-treatment', value: 'acupuncture', quote: '6 acupuncture treatments', attributes: { count: 6 }, temporality: 'historical' },
      { kind: 'functional-improvement', value: 'acupuncture', quote: 'returned to full duty' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'extension without documented improvement',
    request: 'Acupuncture x 6',
    category: 'rehab.acupuncture',
    quantity: { visits: 6 },
    dates,
    summary,
    facts: [
      { kind: 'prior-treatment', value: 'physical therapy', quote: 'attending physical therapy' },
      { kind: 'prior-treatment', value: 'acupuncture', quote: '6 acupuncture treatments', attributes: { count: 6 }, temporality: 'historical' },
    ],
    expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented'] },
  },
];
