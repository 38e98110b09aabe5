import type { RuleCase } from '../kit.ts';

const summary = 'Chronic neck pain with myalgia. She completed 12 sessions of physical therapy last year. Functional improvement after therapy: she can now lift 20 pounds. Later notes: physical therapy gave no lasting benefit.';
const dates = { dateOfInjury: '2013-06-01', urDenialDate: '2015-02-05' };

export const cases: RuleCase[] = [
  {
    name: 'a passive modality alone',
    request: 'Pulsed ultrasound 2 x 4 lumbar spine',
    category: 'rehab.physical-therapy',
    quantity: { visits: 8 },
    dates,
    summary,
    facts: [],
    expect: { decision: 'Upheld', codes: ['passive-modality-not-recommended'] },
  },
  {
    name: 'initial course of 8 visits',
    request: 'Physical therapy 2 x 4 cervical spine',
    category: 'rehab.physical-therapy',
    quantity: { visits: 8, perWeek: 2, weeks: 4 },
    dates,
    summary,
    facts: [],
    expect: { decision: 'Overturned', codes: ['criteria-met'] },
  },
  {
    name: '12 visits exceed the 8-10 visit course',
    request: 'Physical therapy 2 x 6 cervical spine',
    category: 'rehab.physical-therapy',
    quantity: { visits: 12 },
    dates,
    summary,
    facts: [],
    expect: { decision: 'Upheld', codes: ['exceeds-visit-limit'] },
  },
  {
    name: 'more therapy after a course without documented improvement',
    request: 'Additional physical therapy x 6',
    category: 'rehab.physical-therapy',
    quantity: { visits: 6 },
    dates,
    summary,
    facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: '12 sessions of physical therapy', attributes: { count: 12 }, temporality: 'historical' }],
    expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented'] },
  },
  {
    name: 'more therapy after a course with functional improvement, within the course limit',
    request: 'Additional physical therapy x 6',
    category: 'rehab.physical-therapy',
    quantity: { visits: 6 },
    dates,
    summary: 'Chronic neck pain with myalgia. She completed 4 sessions of physical therapy last month. Functional improvement after therapy: she can now lift 20 pounds.',
    facts: [
      { kind: 'prior-treatment', value: 'physical therapy', quote: '4 sessions of physical therapy', attributes: { count: 4 }, temporality: 'historical' },
      { kind: 'functional-improvement', value: 'physical therapy', quote: 'she can now lift 20 pounds' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'more therapy beyond the 10 visits of a course, despite improvement',
    request: 'Additional physical therapy x 6',
    category: 'rehab.physical-therapy',
    quantity: { visits: 6 },
    dates,
    summary,
    facts: [
      { kind: 'prior-treatment', value: 'physical therapy', quote: '12 sessions of physical therapy', attributes: { count: 12 }, temporality: 'historical' },
      { kind: 'functional-improvement', value: 'physical therapy', quote: 'she can now lift 20 pounds' },
    ],
    expect: { decision: 'Upheld', codes: ['exceeds-course-visits'] },
  },
  {
    name: 'prior visits plus the request exceed the 24-visit cap',
    request: 'Physical therapy x 10',
    category: 'rehab.physical-therapy',
    quantity: { visits: 10 },
    dates,
    summary: 'She has had 20 sessions of physical therapy with improved function.',
    facts: [
      { kind: 'prior-treatment', value: 'physical therapy', quote: '20 sessions of physical therapy', attributes: { count: 20 }, temporality: 'historical' },
      { kind: 'functional-improvement', value: 'physical therapy', quote: 'improved function' },
    ],
    expect: { decision: 'Upheld', codes: ['exceeds-visit-cap'] },
  },
];
