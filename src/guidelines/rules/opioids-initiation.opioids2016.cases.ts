import type { RuleCase } from '../kit.ts';

const summary = 'Right shoulder pain. Naproxen and physical therapy have not helped. CURES report reviewed, no other prescribers.';

export const cases: RuleCase[] = [
  {
    name: 'start after a non-opioid trial and a CURES check',
    request: 'Tramadol 50mg #60',
    category: 'pharmaceutical.opioid',
    quantity: { drug: 'tramadol', count: 60 },
    dates: { dateOfInjury: '2015-05-01', urDenialDate: '2016-11-01' },
    summary,
    facts: [
      { kind: 'prior-treatment', value: 'naproxen', quote: 'Naproxen' },
      { kind: 'opioid-monitoring', value: 'cures', quote: 'CURES report reviewed' },
    ],
    expect: { decision: 'Overturned' },
  },
  {
    name: 'start without risk screening',
    request: 'Tramadol 50mg #60',
    category: 'pharmaceutical.opioid',
    quantity: { drug: 'tramadol', count: 60 },
    dates: { dateOfInjury: '2015-05-01', urDenialDate: '2016-11-01' },
    summary,
    facts: [{ kind: 'prior-treatment', value: 'naproxen', quote: 'Naproxen' }],
    expect: { decision: 'Upheld', codes: ['risk-screening-not-documented'] },
  },
];
