import type { RuleCase } from '../kit.ts';

const summary = 'Persistent low back pain radiating to the left leg; takes tramadol.';
const dates = { dateOfInjury: '2012-03-01', urDenialDate: '2015-03-12' };

export const cases: RuleCase[] = [
  { name: 'follow-up for ongoing symptoms and medication', request: 'Follow-up visit with pain management', category: 'evaluation-management', dates, summary, facts: [{ kind: 'symptom', value: 'low back pain', quote: 'Persistent low back pain' }, { kind: 'medication', value: 'tramadol', quote: 'tramadol' }], expect: { decision: 'Overturned' } },
  { name: 'nothing documented', request: 'Follow-up visit', category: 'evaluation-management', dates, summary, facts: [], expect: { decision: 'Upheld', codes: ['clinical-need-not-documented'] } },
];
