import type { RuleCase } from '../kit.ts';

const summary = 'Chronic neck pain, on Duragesic 75 mcg/hr patches. She returned to work in March. About 50% pain relief with the patch. Urine drug screens are consistent. MED 180 mg.';
const dates = { dateOfInjury: '2010-02-01', urDenialDate: '2014-08-01' };
const onPatch = { kind: 'medication' as const, value: 'duragesic', quote: 'Duragesic 75 mcg/hr patches' };
const monitored = { kind: 'opioid-monitoring' as const, value: 'urine drug screen', quote: 'Urine drug screens are consistent' };

export const cases: RuleCase[] = [
  { name: 'returned to work and monitored', request: 'Duragesic 75mcg/hr #10', category: 'pharmaceutical.opioid', quantity: { drug: 'duragesic', count: 10 }, dates, summary, facts: [onPatch, monitored, { kind: 'work-status', value: 'returned to work', quote: 'returned to work' }], expect: { decision: 'Overturned' } },
  { name: 'no return to work, no functional gain documented', request: 'Duragesic 75mcg/hr #10', category: 'pharmaceutical.opioid', quantity: { drug: 'duragesic', count: 10 }, dates, summary, facts: [onPatch, monitored], expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented'] } },
  {
    name: 'dose above 120 mg morphine equivalents',
    request: 'Duragesic 75mcg/hr #10',
    category: 'pharmaceutical.opioid',
    quantity: { drug: 'duragesic', count: 10 },
    dates,
    summary,
    facts: [onPatch, monitored, { kind: 'work-status', value: 'returned to work', quote: 'returned to work' }, { kind: 'morphine-equivalent-dose', value: 180, quote: 'MED 180 mg' }],
    expect: { decision: 'Upheld', codes: ['exceeds-morphine-equivalent-limit'] },
  },
];
