import type { RuleCase } from '../kit.ts';

const summary = 'Left knee pain with locking. Positive McMurray test. Eight visits of physical therapy.';
const dates = { dateOfInjury: '2016-06-01', urDenialDate: '2017-01-12' };

export const cases: RuleCase[] = [
  { name: 'positive McMurray after therapy', request: 'MRI left knee', category: 'imaging.mri', bodyParts: ['knee'], dates, summary, facts: [{ kind: 'special-test', value: 'mcmurray', quote: 'Positive McMurray test' }, { kind: 'prior-treatment', value: 'physical therapy', quote: 'Eight visits of physical therapy', attributes: { count: 8 } }], expect: { decision: 'Overturned' } },
  { name: 'no exam findings documented', request: 'MRI left knee', category: 'imaging.mri', bodyParts: ['knee'], dates, summary, facts: [{ kind: 'prior-treatment', value: 'physical therapy', quote: 'Eight visits of physical therapy', attributes: { count: 8 } }], expect: { decision: 'Upheld', codes: ['objective-findings-not-documented'] } },
];
