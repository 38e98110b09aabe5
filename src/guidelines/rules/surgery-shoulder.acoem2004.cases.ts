import type { RuleCase } from '../kit.ts';

const summary = 'Right shoulder pain for a year. Twelve sessions of physical therapy without improvement. MRI of the right shoulder showed a full-thickness rotator cuff tear.';
const pt = { kind: 'prior-treatment' as const, value: 'physical therapy', quote: 'Twelve sessions of physical therapy', attributes: { count: 12 } };
const noBenefit = { kind: 'no-benefit' as const, value: 'physical therapy', quote: 'without improvement' };
const mri = { kind: 'imaging' as const, value: 'MRI', quote: 'MRI of the right shoulder', attributes: { result: 'abnormal', modality: 'MRI' } };

export const cases: RuleCase[] = [
  { name: 'failed therapy and a lesion on MRI after months', request: 'Right shoulder arthroscopic rotator cuff repair', category: 'surgery', bodyParts: ['shoulder'], dates: { dateOfInjury: '2015-10-01', urDenialDate: '2016-11-01' }, summary, facts: [pt, noBenefit, mri], expect: { decision: 'Overturned' } },
  { name: 'less than four months of limitation', request: 'Right shoulder arthroscopic rotator cuff repair', category: 'surgery', bodyParts: ['shoulder'], dates: { dateOfInjury: '2016-09-01', urDenialDate: '2016-11-01' }, summary, facts: [pt, noBenefit, mri], expect: { decision: 'Upheld', codes: ['activity-limitation-duration-not-met'] } },
  { name: 'no imaging evidence', request: 'Right shoulder arthroscopy', category: 'surgery', bodyParts: ['shoulder'], dates: { dateOfInjury: '2015-10-01', urDenialDate: '2016-11-01' }, summary: 'Right shoulder pain for a year. Twelve sessions of physical therapy without improvement.', facts: [pt, noBenefit], expect: { decision: 'Upheld', codes: ['imaging-evidence-not-documented'] } },
];
