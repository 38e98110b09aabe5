// Synthetic workflow records for the storage tests (no real case data), and the operations the
// workflow contract runs on other connections (workflow-writer.ts runs them in another process).
import type { AuditEventInput, WorkflowStore } from '../workflow-store.ts';
import { OpenImrError, type CaseRecord, type CaseState, type Reviewer } from '../../core/index.ts';

export interface CaseOptions {
  state?: CaseState;
  reviewerId?: string | null;
  claimsAdministrator?: string;
}

export function makeCase(id: string, caseNumber: string, o: CaseOptions = {}): CaseRecord {
  const at = '2026-03-02T17:00:00.000Z';
  return {
    id,
    caseNumber,
    state: o.state ?? 'received',
    version: 0,
    application: {
      employee: { name: 'Test Employee', dateOfBirth: '1970-01-01' },
      claimNumber: `CLAIM-${id}`,
      dateOfInjury: '2025-05-01',
      employer: { name: 'Example Employer' },
      requestingPhysician: { name: 'Test Physician', specialty: 'Pain Medicine' },
      claimsAdministrator: { name: o.claimsAdministrator ?? 'Example Claims Co' },
      disputedTreatments: [{ request: 'Acupuncture 6 sessions', urOutcome: 'denied' }],
      urDecision: { date: '2026-02-01', servedBy: 'mail' },
      signed: true,
      priority: 'standard',
      formulary: false,
      liabilityDisputed: false,
      receivedDate: '2026-03-02',
    },
    documents: [],
    assignment:
      o.reviewerId === undefined || o.reviewerId === null
        ? null
        : { reviewerId: o.reviewerId, assignedAt: at, explanation: 'test', override: false },
    screening: [],
    reviews: [],
    documentsReviewedConfirmed: false,
    qaComments: [],
    dates: {},
    consolidated: [],
    createdAt: at,
    updatedAt: at,
  };
}

export function makeReviewer(id: string, active = true): Reviewer {
  return {
    id,
    name: `Reviewer ${id}`,
    licenseStates: ['CA'],
    boardCertifications: ['ABPMR'],
    specialties: ['Pain Medicine'],
    subspecialties: [],
    yearsInPractice: 12,
    weeklyPracticeHours: 30,
    affiliations: [],
    active,
  };
}

export const event = (type: string, data: Record<string, unknown> = {}, actor = 'user-1'): AuditEventInput => ({
  at: new Date().toISOString(),
  actor,
  type,
  data,
});

export type RemoteOp =
  /** nextCaseNumber(year) `count` times, one after the other; result: the numbers. */
  | { kind: 'allocate'; year: number; count: number }
  /** One update from `expectedVersion`; result: 'ok' or 'conflict'. */
  | { kind: 'update'; caseId: string; expectedVersion: number }
  /** Read-modify-write `times` times, retrying on conflict; result: how many conflicts it met. */
  | { kind: 'bump'; caseId: string; times: number }
  /** appendAudit `times` times; result: the seqs it got. */
  | { kind: 'append'; times: number };

async function touch(w: WorkflowStore, caseId: string, expectedVersion: number | null, note: string): Promise<'ok' | 'conflict'> {
  const current = await w.getCase(caseId);
  if (current === null) throw new Error('no such case');
  const next: CaseRecord = { ...current, qaComments: [...current.qaComments, { at: new Date().toISOString(), comment: note }] };
  try {
    await w.updateCase(next, expectedVersion ?? current.version, event('case.noted', { note }));
    return 'ok';
  } catch (err) {
    if (err instanceof OpenImrError && err.code === 'conflict') return 'conflict';
    throw err;
  }
}

export async function runOp(w: WorkflowStore, op: RemoteOp, who: string): Promise<unknown> {
  switch (op.kind) {
    case 'allocate': {
      const out: string[] = [];
      for (let i = 0; i < op.count; i++) out.push(await w.nextCaseNumber(op.year));
      return out;
    }
    case 'update':
      return touch(w, op.caseId, op.expectedVersion, who);
    case 'bump': {
      let conflicts = 0;
      for (let done = 0; done < op.times; ) {
        if ((await touch(w, op.caseId, null, `${who}-${done}`)) === 'ok') done++;
        else conflicts++;
      }
      return conflicts;
    }
    case 'append': {
      const seqs: number[] = [];
      for (let i = 0; i < op.times; i++) seqs.push((await w.appendAudit(event('user.export', { who, i }, 'system'))).seq);
      return seqs;
    }
  }
}
