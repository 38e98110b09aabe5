import type { RuleCase } from '../kit.ts';

const summary = 'Chronic radiculopathy with burning leg pain. Takes duloxetine 60 mg daily.';
const dates = { dateOfInjury: '2014-03-01', urDenialDate: '2016-12-12' };
const radic = { kind: 'diagnosis' as const, value: 'radiculopathy', quote: 'Chronic radiculopathy' };

export const cases: RuleCase[] = [
  { name: 'new start for neuropathic pain', request: 'Amitriptyline 25mg #30', category: 'pharmaceutical.antidepressant', quantity: { drug: 'amitriptyline', count: 30 }, dates, summary, facts: [radic], expect: { decision: 'Overturned' } },
  { name: 'continuing without documented response', request: 'Duloxetine 60mg #30', category: 'pharmaceutical.antidepressant', quantity: { drug: 'duloxetine', count: 30 }, dates, summary, facts: [radic, { kind: 'medication', value: 'duloxetine', quote: 'duloxetine 60 mg daily' }], expect: { decision: 'Upheld', codes: ['functional-improvement-not-documented'] } },
];
