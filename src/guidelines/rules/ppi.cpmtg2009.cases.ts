import type { RuleCase } from '../kit.ts';

const summary = 'Takes naproxen 550 mg twice daily. Reports dyspepsia with the naproxen.';
const dates = { dateOfInjury: '2012-03-01', urDenialDate: '2015-03-12' };
const nsaid = { kind: 'medication' as const, value: 'naproxen', quote: 'naproxen 550 mg twice daily' };

export const cases: RuleCase[] = [
  { name: 'NSAID with GI symptoms', request: 'Omeprazole 20mg #60', category: 'pharmaceutical.gastro-protective', quantity: { drug: 'omeprazole', count: 60 }, dates, summary, facts: [nsaid, { kind: 'symptom', value: 'dyspepsia', quote: 'dyspepsia' }], expect: { decision: 'Overturned' } },
  { name: 'NSAID without a GI risk factor', request: 'Omeprazole 20mg #60', category: 'pharmaceutical.gastro-protective', quantity: { drug: 'omeprazole', count: 60 }, dates, summary, facts: [nsaid], expect: { decision: 'Upheld', codes: ['gi-risk-not-documented'] } },
  { name: 'no NSAID', request: 'Pantoprazole 20mg #60', category: 'pharmaceutical.gastro-protective', quantity: { drug: 'pantoprazole', count: 60 }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['nsaid-use-not-documented'] } },
];
