import type { RuleCase } from '../kit.ts';

const summary = 'Chronic low back pain on Norco 10/325 three times daily. Pain 8/10 without and 4/10 with medication. With Norco he does his own shopping and housework. Urine drug screen 10/2016 consistent. He is working modified duty.';
const dates = { dateOfInjury: '2012-02-01', urDenialDate: '2016-12-01' };
const onNorco = { kind: 'medication' as const, value: 'norco', quote: 'Norco 10/325 three times daily' };

export const cases: RuleCase[] = [
  {
    name: 'continuation with documented analgesia, function and monitoring',
    request: 'Norco 10/325mg #90',
    category: 'pharmaceutical.opioid',
    quantity: { drug: 'norco', count: 90 },
    dates,
    summary,
    facts: [
      onNorco,
      { kind: 'pain-score', value: 4, quote: 'Pain 8/10 without and 4/10 with medication', attributes: { before: 8, after: 4 } },
      { kind: 'functional-improvement', value: 'norco', quote: 'he does his own shopping and housework' },
      { kind: 'opioid-monitoring', value: 'urine drug screen', quote: 'Urine drug screen 10/2016 consistent', date: '2016-10-15' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'continuation without documented functional improvement or monitoring',
    request: 'Norco 10/325mg #90',
    category: 'pharmaceutical.opioid',
    quantity: { drug: 'norco', count: 90 },
    dates,
    summary,
    facts: [onNorco, { kind: 'pain-score', value: 4, quote: 'Pain 8/10 without and 4/10 with medication', attributes: { before: 8, after: 4 } }],
    expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented', 'opioid-monitoring-not-documented'] },
  },
];
