import type { RuleCase } from '../kit.ts';

const summary = 'After the fall she is homebound and needs wound care for the surgical incision.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2015-12-12' };
const homebound = { kind: 'objective-finding' as const, value: 'homebound', quote: 'homebound' };

export const cases: RuleCase[] = [
  { name: 'skilled nursing for a homebound patient', request: 'Home health nursing for wound care 2 x week x 4 weeks', category: 'home-health', dates, summary, facts: [homebound], expect: { decision: 'Overturned' } },
  { name: 'housekeeping is not medical treatment', request: 'Home health aide for housekeeping and shopping 4 hours/day', category: 'home-health', dates, summary, facts: [homebound], expect: { decision: 'Upheld', codes: ['not-medical-treatment'] } },
  { name: 'not homebound', request: 'Home health nursing 2 x week', category: 'home-health', dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['homebound-not-documented'] } },
];
