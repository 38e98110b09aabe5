import type { RuleCase } from '../kit.ts';

const summary = 'Numbness and tingling in both hands, positive Tinel and Phalen signs. Wrist splints and therapy for two months. Carpal tunnel release is being considered.';
const candidate = { kind: 'surgery' as const, value: 'carpal tunnel release', quote: 'Carpal tunnel release is being considered', temporality: 'hypothetical' as const };
const dates = { dateOfInjury: '2016-03-01', urDenialDate: '2016-12-12' };
const tinel = { kind: 'special-test' as const, value: 'tinel', quote: 'positive Tinel and Phalen signs' };
const splints = { kind: 'prior-treatment' as const, value: 'bracing', quote: 'Wrist splints and therapy' };

export const cases: RuleCase[] = [
  { name: 'EMG/NCV of the hands with signs of carpal tunnel after conservative care', request: 'EMG/NCV bilateral upper extremities', category: 'electrodiagnostics', dates, summary, facts: [tinel, splints, candidate], expect: { decision: 'Overturned' } },
  { name: 'upper-limb studies without surgical candidacy', request: 'EMG/NCV bilateral upper extremities', category: 'electrodiagnostics', dates, summary, facts: [tinel, splints], expect: { decision: 'Upheld', codes: ['surgical-candidacy-not-documented'] } },
  { name: 'NCV of the legs is not recommended', request: 'EMG/NCV bilateral lower extremities', category: 'electrodiagnostics', dates, summary, facts: [tinel, splints], expect: { decision: 'Upheld', codes: ['ncs-lower-limb-not-recommended'] } },
  { name: 'no conservative care', request: 'EMG bilateral upper extremities', category: 'electrodiagnostics', dates, summary, facts: [tinel, candidate], expect: { decision: 'Upheld', codes: ['conservative-care-not-documented'] } },
];
