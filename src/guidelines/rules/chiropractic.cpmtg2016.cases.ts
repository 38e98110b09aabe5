import type { RuleCase } from '../kit.ts';

const summary = 'Chronic low back pain. He had 6 chiropractic visits in the spring. After chiropractic he returned to modified work and walks 30 minutes.';
const dates = { dateOfInjury: '2014-01-10', urDenialDate: '2017-01-12' };
const prior = { kind: 'prior-treatment' as const, value: 'chiropractic', quote: '6 chiropractic visits', attributes: { count: 6 }, temporality: 'historical' as const };

export const cases: RuleCase[] = [
  { name: 'initial trial of 6 visits for the low back', request: 'Chiropractic treatment x 6 lumbar spine', category: 'rehab.chiropractic', quantity: { visits: 6 }, bodyParts: ['lumbar spine'], dates, summary, facts: [], expect: { decision: 'Overturned' } },
  { name: 'initial request of 12 visits exceeds the trial', request: 'Chiropractic treatment x 12 lumbar spine', category: 'rehab.chiropractic', quantity: { visits: 12 }, bodyParts: ['lumbar spine'], dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] } },
  { name: 'manipulation of the knee is not recommended', request: 'Chiropractic treatment x 6 right knee', category: 'rehab.chiropractic', quantity: { visits: 6 }, bodyParts: ['knee'], dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['not-recommended-for-body-part'] } },
  { name: 'more visits without documented improvement', request: 'Chiropractic treatment x 6 lumbar spine', category: 'rehab.chiropractic', quantity: { visits: 6 }, bodyParts: ['lumbar spine'], dates, summary, facts: [prior], expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented'] } },
  {
    name: 'more visits after a trial with functional improvement',
    request: 'Chiropractic treatment x 6 lumbar spine',
    category: 'rehab.chiropractic',
    quantity: { visits: 6 },
    bodyParts: ['lumbar spine'],
    dates,
    summary,
    facts: [prior, { kind: 'functional-improvement', value: 'chiropractic', quote: 'returned to modified work and walks 30 minutes' }],
    expect: { decision: 'Overturned' },
  },
];
