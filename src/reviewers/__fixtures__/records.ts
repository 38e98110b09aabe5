// Invented records for the tests (no real people or companies).
import type { Application, Reviewer } from '../../core/index.ts';

export function reviewer(over: Partial<Reviewer> = {}): Reviewer {
  return {
    id: 'r-1',
    name: 'Quentin Ashgrove',
    licenseStates: ['CA'],
    boardCertifications: ['Orthopaedic Surgery'],
    specialties: ['Orthopaedic Surgery'],
    subspecialties: [],
    yearsInPractice: 12,
    weeklyPracticeHours: 30,
    affiliations: [],
    active: true,
    ...over,
  };
}

export function application(over: Partial<Application> = {}): Application {
  return {
    employee: { name: 'Marisol Quenby' },
    claimNumber: 'CL-1',
    dateOfInjury: '2015-03-01',
    employer: { name: 'Brightwater Logistics, Inc.' },
    requestingPhysician: { name: 'Dr. Tobias Fennimore, MD', specialty: 'Orthopedic Surgery' },
    claimsAdministrator: { name: 'Zenithal Risk Services LLC' },
    disputedTreatments: [{ request: 'Right knee arthroscopy', urOutcome: 'denied' }],
    urDecision: { date: '2016-01-05', servedBy: 'mail' },
    signed: true,
    priority: 'standard',
    formulary: false,
    liabilityDisputed: false,
    receivedDate: '2016-01-20',
    ...over,
  };
}
