import type { RuleCase } from '../kit.ts';

const summary = 'Knee osteoarthritis. History of a bleeding gastric ulcer.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };

export const cases: RuleCase[] = [
  { name: 'GI bleeding history', request: 'Celebrex 200mg #30', category: 'pharmaceutical.nsaid', quantity: { drug: 'celebrex', count: 30 }, dates, summary, facts: [{ kind: 'diagnosis', value: 'gi bleed', quote: 'bleeding gastric ulcer', temporality: 'historical' }], expect: { decision: 'Overturned' } },
  { name: 'no GI risk', request: 'Celecoxib 200mg #90', category: 'pharmaceutical.nsaid', quantity: { drug: 'celecoxib', count: 90 }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['gi-risk-not-documented'] } },
];
