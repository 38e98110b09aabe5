import type { RuleCase } from '../kit.ts';

const summary = 'Neck pain. Six weeks of physical therapy without improvement.';

export const cases: RuleCase[] = [
  { name: 'after weeks of failed therapy', request: 'X-rays of the cervical spine', category: 'imaging.x-ray', bodyParts: ['cervical spine'], dates: { dateOfInjury: '2016-09-01', urDenialDate: '2016-12-01' }, summary, facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'Six weeks of physical therapy' }, { kind: 'no-benefit', value: 'physical therapy', quote: 'without improvement' }], expect: { decision: 'Overturned' } },
  { name: 'conservative care tried but no imaging criterion', request: 'X-rays of the cervical spine', category: 'imaging.x-ray', bodyParts: ['cervical spine'], dates: { dateOfInjury: '2016-09-01', urDenialDate: '2016-12-01' }, summary: 'Neck pain. Six weeks of physical therapy.', facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'Six weeks of physical therapy' }], expect: { decision: 'Upheld', codes: ['neurologic-findings-not-documented'] } },
  { name: 'two weeks after injury, no red flag', request: 'X-rays of the left shoulder', category: 'imaging.x-ray', bodyParts: ['shoulder'], dates: { dateOfInjury: '2016-11-20', urDenialDate: '2016-12-01' }, summary, facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'Six weeks of physical therapy' }], expect: { decision: 'Upheld', codes: ['conservative-care-duration-not-met'] } },
];
