// Synthetic applications and cases for the workflow tests (made-up people; nothing from real letters).
import type { ApplicationInput, CaseRecord, ItemReview } from '../core/index.ts';
import { Application } from '../core/index.ts';

export function applicationInput(over: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    employee: { name: 'Alex Sample' },
    claimNumber: 'CLM-0001',
    dateOfInjury: '2025-03-10',
    employer: { name: 'Example Works' },
    requestingPhysician: { name: 'Dr. Robin Test, M.D.', specialty: 'Orthopedic Surgery' },
    claimsAdministrator: { name: 'Example Claims' },
    disputedTreatments: [{ request: 'Physical therapy 2x6 lumbar spine' }, { request: 'MRI lumbar spine' }],
    urDecision: { date: '2026-05-01', servedDate: '2026-05-04', servedBy: 'mail' },
    signed: true,
    receivedDate: '2026-05-20',
    ...over,
  };
}

export function caseRecord(over: Partial<CaseRecord> = {}, app: Partial<ApplicationInput> = {}): CaseRecord {
  return {
    id: 'case-1',
    caseNumber: 'CM26-0000001',
    state: 'received',
    version: 0,
    application: Application.parse(applicationInput(app)),
    documents: [],
    assignment: null,
    screening: [],
    reviews: [],
    documentsReviewedConfirmed: false,
    qaComments: [],
    dates: {},
    consolidated: [],
    createdAt: '2026-05-20T16:00:00.000Z',
    updatedAt: '2026-05-20T16:00:00.000Z',
    ...over,
  };
}

export function review(item: number, decision: ItemReview['decision'] = 'Upheld'): ItemReview {
  return { item, decision, imrGuideline: null, rationale: 'Synthetic rationale.', draft: null };
}

export function assignment(reviewerId: string): NonNullable<CaseRecord['assignment']> {
  return { reviewerId, assignedAt: '2026-05-21T17:00:00.000Z', explanation: 'test', override: false };
}
