import type { RuleCase } from '../kit.ts';

const summary = 'Flare of low back pain last week; exam shows paraspinal muscle spasm. Current medications: cyclobenzaprine 7.5 mg at night since last year.';
const dates = { dateOfInjury: '2012-03-01', urDenialDate: '2015-06-12' };
const spasm = { kind: 'objective-finding' as const, value: 'muscle spasm', quote: 'paraspinal muscle spasm' };

export const cases: RuleCase[] = [
  { name: 'short course for an acute flare with spasm', request: 'Cyclobenzaprine 7.5mg #20', category: 'pharmaceutical.muscle-relaxant', quantity: { drug: 'cyclobenzaprine', count: 20 }, dates, summary, facts: [spasm], expect: { decision: 'Overturned' } },
  { name: 'long-term use', request: 'Cyclobenzaprine 7.5mg #60', category: 'pharmaceutical.muscle-relaxant', quantity: { drug: 'cyclobenzaprine', count: 60 }, dates, summary, facts: [spasm, { kind: 'medication', value: 'cyclobenzaprine', quote: 'cyclobenzaprine 7.5 mg at night' }], expect: { decision: 'Upheld', codes: ['exceeds-short-term-use'] } },
  { name: 'no spasm or flare documented', request: 'Tizanidine 4mg #30', category: 'pharmaceutical.muscle-relaxant', quantity: { drug: 'tizanidine', count: 30 }, dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['acute-exacerbation-not-documented'] } },
];
