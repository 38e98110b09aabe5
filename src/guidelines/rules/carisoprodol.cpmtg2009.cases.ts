import type { RuleCase } from '../kit.ts';

export const cases: RuleCase[] = [
  { name: 'Soma is not recommended', request: 'Soma 350mg #60', category: 'pharmaceutical.muscle-relaxant', quantity: { drug: 'soma', count: 60 }, dates: { urDenialDate: '2014-02-03' }, summary: 'Spasm.', facts: [{ kind: 'objective-finding', value: 'spasm', quote: 'Spasm' }], expect: { decision: 'Upheld', codes: ['not-recommended'] } },
];
