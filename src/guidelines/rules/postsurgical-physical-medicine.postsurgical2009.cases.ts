import type { RuleCase } from '../kit.ts';

const summary = 'Status post right knee arthroscopic meniscectomy on 10/20/2016. Stiffness and weakness.';
const dates = { dateOfInjury: '2015-03-01', urDenialDate: '2016-12-12' };
const surgery = { kind: 'surgery' as const, value: 'meniscectomy', quote: 'arthroscopic meniscectomy on 10/20/2016', temporality: 'historical' as const, date: '2016-10-20' };

export const cases: RuleCase[] = [
  { name: 'initial postsurgical course', request: 'Postoperative physical therapy 2 x 6 right knee', category: 'rehab.physical-therapy', quantity: { visits: 12 }, dates, summary, facts: [surgery], expect: { decision: 'Overturned' } },
  { name: 'more than the initial course', request: 'Postoperative physical therapy x 18 right knee', category: 'rehab.physical-therapy', quantity: { visits: 18 }, dates, summary, facts: [surgery], expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] } },
];
