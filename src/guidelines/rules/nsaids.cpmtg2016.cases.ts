import type { RuleCase } from '../kit.ts';

const summary = 'Knee osteoarthritis, currently taking naproxen 550 mg twice daily. Pain decreases from 7/10 to 3/10 with naproxen.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };
const on = { kind: 'medication' as const, value: 'naproxen', quote: 'naproxen 550 mg twice daily' };

export const cases: RuleCase[] = [
  { name: 'continuing with documented pain relief', request: 'Naproxen 550mg #60', category: 'pharmaceutical.nsaid', quantity: { drug: 'naproxen', count: 60 }, dates, summary, facts: [on, { kind: 'pain-score', value: 3, quote: 'Pain decreases from 7/10 to 3/10 with naproxen', attributes: { before: 7, after: 3 } }], expect: { decision: 'Overturned' } },
  { name: 'continuing without documented response', request: 'Naproxen 550mg #60', category: 'pharmaceutical.nsaid', quantity: { drug: 'naproxen', count: 60 }, dates, summary, facts: [on], expect: { decision: 'Upheld', codes: ['nsaid-response-not-documented'] } },
  { name: 'a new start', request: 'Naproxen 550mg #60', category: 'pharmaceutical.nsaid', quantity: { drug: 'naproxen', count: 60 }, dates, summary, facts: [], expect: { decision: 'Overturned' } },
];
