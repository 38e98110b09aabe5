import type { RuleCase } from '../kit.ts';

const dates = { dateOfInjury: '2016-10-18', urDenialDate: '2016-11-29' };
const request = { request: 'Oxycodone ER 20mg #60', category: 'pharmaceutical.opioid' as const, quantity: { drug: 'oxycodone', count: 60 }, dates };

export const cases: RuleCase[] = [
  {
    name: 'six weeks after rib fractures, in severe pain',
    ...request,
    summary: 'Fell at work and fractured two ribs. Severe pain since then despite Percocet.',
    facts: [
      { kind: 'diagnosis', value: 'rib fracture', quote: 'fractured two ribs' },
      { kind: 'symptom', value: 'pain', quote: 'Severe pain' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'a sprain, nothing tried before the opioid',
    ...request,
    summary: 'Lumbar sprain a month ago with low back pain.',
    facts: [{ kind: 'symptom', value: 'pain', quote: 'low back pain' }],
    expect: { decision: 'Upheld', codes: ['acute-opioid-indication-not-documented'] },
  },
];
