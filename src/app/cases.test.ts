// The workflow use-cases on a temporary store (SQLite, or PostgreSQL in the postgres project) with a fixed clock (synthetic people only).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationInput, CaseRecord } from '../core/index.ts';
import { OpenImrError } from '../core/index.ts';
import type { Store } from '../storage/index.ts';
import { openTestStore } from '../../test/support/test-store.ts';
import {
  addDocument,
  addReviewer,
  assignCase,
  caseLetter,
  createCase,
  deadlines,
  draftCase,
  getCase,
  issueCase,
  resumeInterrupted,
  reviewsFromDraft,
  saveReview,
  transitionCase,
  verifyAuditLog,
  type Actor,
  type WorkflowDeps,
} from './cases.ts';
import { seedDemo } from './cases-demo.ts';
import { searchCorpus } from './usecases.ts';

const INTAKE: Actor = { id: 'u-intake', role: 'intake' };
const ADMIN: Actor = { id: 'u-admin', role: 'admin' };
const QA: Actor = { id: 'u-qa', role: 'qa' };
// 2026-06-10 10:00 in California.
const clock = { now: () => new Date('2026-06-10T17:00:00Z') };

function app(over: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    employee: { name: 'Zelda Quillfeather', dateOfBirth: '1975-04-02', sex: 'female', address: '12 Birch Lane, Clovis, CA 93612' },
    claimNumber: 'TST-100',
    dateOfInjury: '2025-01-15',
    employer: { name: 'Larkspur Canning Company', address: '400 Cannery Road, Modesto, CA 95354' },
    requestingPhysician: { name: 'Dr. Osric Pemberton, M.D.', specialty: 'Physical Medicine and Rehabilitation' },
    claimsAdministrator: { name: 'Bluefin Claims Group' },
    disputedTreatments: [{ request: 'Physical therapy 2x6 lumbar spine', urGuideline: 'MTUS Chronic Pain Medical Treatment Guidelines' }],
    urDecision: { date: '2026-05-20', servedDate: '2026-05-22', servedBy: 'mail' },
    signed: true,
    receivedDate: '2026-06-01',
    ...over,
  };
}

const SUMMARY =
  'The injured worker is a 51-year-old female cannery worker with low back pain after lifting cases. She completed 12 sessions of ' +
  'physical therapy without documented functional improvement. Examination shows paraspinal tenderness; neurological examination is normal.';

let dir: string;
let store: Store;
let deps: WorkflowDeps;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'openimr-cases-'));
  store = await openTestStore(join(dir, 'cases.db'));
  deps = { store, clock };
  await addReviewer(deps, { id: 'R-1', name: 'Ophelia Grantham', licenseStates: ['CA'], boardCertifications: ['Physical Medicine and Rehabilitation'], specialties: ['Physical Medicine and Rehabilitation'], subspecialties: [], yearsInPractice: 14, weeklyPracticeHours: 30, affiliations: [], active: true }, ADMIN);
  await addReviewer(deps, { id: 'R-2', name: 'Magnus Featherstone', licenseStates: ['CA'], boardCertifications: ['Physical Medicine and Rehabilitation'], specialties: ['Physical Medicine and Rehabilitation'], subspecialties: [], yearsInPractice: 20, weeklyPracticeHours: 30, affiliations: [{ kind: 'claims-administrator', name: 'Bluefin Claims Group' }], active: true }, ADMIN);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OpenImrError) return `${e.code}:${e.details.reason ?? e.details.field ?? ''}`;
    throw e;
  }
  return 'ok';
}

describe('case workflow use-cases', () => {
  let record: CaseRecord;

  it('creates, numbers and screens an eligible application into screening', async () => {
    record = await createCase(deps, app(), INTAKE);
    expect(record.caseNumber).toMatch(/^CM26-\d{7}$/);
    expect(record.state).toBe('screening');
    expect(record.screening).toEqual([]);
  });

  it('refuses bad input with a coded error and stores nothing', async () => {
    const before = (await store.workflow.listCases({ limit: 500 })).cases.length;
    expect(await codeOf(createCase(deps, { ...app(), claimNumber: undefined }, INTAKE))).toBe('invalid-input:application.claimNumber');
    expect(await codeOf(createCase(deps, app({ claimNumber: 'X', urDecision: { date: '2024-01-01' } }), INTAKE))).toBe('invalid-input:dates-out-of-order');
    expect((await store.workflow.listCases({ limit: 500 })).cases.length).toBe(before);
  });

  it('screens an unsigned application ineligible and a repeated filing as a duplicate', async () => {
    expect((await createCase(deps, app({ claimNumber: 'TST-200', employee: { name: 'Other Person' }, signed: false }), INTAKE)).screening).toEqual(['unsigned']);
    const dup = await createCase(deps, app(), INTAKE);
    expect(dup.state).toBe('ineligible');
    expect(dup.screening).toContain('duplicate');
  });

  it('consolidates a second application of the same employee, physician and injury date', async () => {
    const joined = await createCase(deps, app({ claimNumber: 'TST-100', disputedTreatments: [{ request: 'Lumbar MRI without contrast' }] }), INTAKE);
    expect(joined.id).toBe(record.id);
    expect(joined.application.disputedTreatments).toHaveLength(2);
    expect(joined.consolidated).toHaveLength(1);
    record = joined;
  });

  it('refuses a file named .pdf that is not a PDF, and the case stays as it was', async () => {
    const bytes = new TextEncoder().encode('just text');
    expect(await codeOf(addDocument(deps, record.id, { fileName: '../../x.pdf', bytes, submittedBy: 'provider' }, INTAKE))).toBe('pdf-malformed:not-a-pdf');
    expect(await codeOf(addDocument(deps, record.id, { fileName: 'a.bin', bytes: new Uint8Array([0, 1, 2, 3]), submittedBy: 'provider' }, INTAKE))).toBe('unsupported-file-type:binary');
    expect((await getCase(deps, record.id)).version).toBe(record.version);
  });

  it('adds a text document under its base name', async () => {
    record = await addDocument(deps, record.id, { fileName: 'dir/summary.txt', bytes: new TextEncoder().encode(SUMMARY), submittedBy: 'provider', title: 'Progress report' }, INTAKE);
    expect(record.documents[0]).toMatchObject({ fileName: 'summary.txt', mediaType: 'text/plain' });
  });

  it('assigns the conflict-free reviewer, never the conflicted one (not even forced)', async () => {
    expect(await codeOf(assignCase(deps, record.id, ADMIN, { reviewerId: 'R-2', reason: 'Needed a second opinion quickly', force: true }))).toBe('conflict:reviewer');
    const { record: assigned, explanation } = await assignCase(deps, record.id, ADMIN);
    expect(assigned.assignment?.reviewerId).toBe('R-1');
    expect(assigned.state).toBe('awaiting-records');
    expect(explanation).not.toMatch(/Ophelia|Magnus/);
    record = assigned;
  });

  it('drafts, reviews, submits, issues; the public letter joins the corpus', async () => {
    record = await transitionCase(deps, record.id, 'receive-records', {}, INTAKE);
    expect(await codeOf(transitionCase(deps, record.id, 'no-such-event' as never, {}, INTAKE))).toBe('invalid-input:unknown-event');
    const draft = await draftCase(deps, record.id);
    expect(draft.items).toHaveLength(2);
    const reviewer: Actor = { id: 'R-1', role: 'reviewer' };
    expect(await codeOf(saveReview(deps, record.id, { reviews: reviewsFromDraft(draft), documentsReviewedConfirmed: true }, { id: 'R-2', role: 'reviewer' }))).toBe('conflict:not-assigned-reviewer');
    await saveReview(deps, record.id, { reviews: reviewsFromDraft(draft), documentsReviewedConfirmed: true }, reviewer);
    await transitionCase(deps, record.id, 'submit-for-qa', {}, reviewer);
    expect(await codeOf(issueCase(deps, record.id, { id: 'R-1', role: 'qa' }))).toBe('conflict:qa-by-reviewer');
    const issued = await issueCase(deps, record.id, QA);
    expect(issued.state).toBe('issued');
    expect(issued.letter).toBeDefined();
    const pub = await caseLetter(deps, record.id, { format: 'txt', public: true });
    expect(typeof pub.body === 'string' && pub.body).not.toMatch(/Quillfeather|Larkspur|Pemberton|Bluefin|TST-100|Ophelia/);
    const full = await caseLetter(deps, record.id, { format: 'txt', public: false });
    expect(full.body).toContain('Quillfeather');
    expect(full.body).not.toContain('Ophelia');
    const found = await searchCorpus(store, { text: 'physical therapy', limit: 10 });
    expect(found.hits.some((h) => h.caseNumber === record.caseNumber)).toBe(true);
    expect((await issueCase(deps, record.id, QA)).version).toBe(issued.version);
    const pdf = await caseLetter(deps, record.id, { format: 'pdf', public: true });
    expect(pdf.contentType).toBe('application/pdf');
  });

  it('lists deadlines and verifies the audit chain', async () => {
    const queue = await deadlines(deps, {});
    expect(queue.some((e) => e.caseNumber === record.caseNumber)).toBe(true);
    expect(await verifyAuditLog(deps)).toMatchObject({ ok: true });
  });

  it('seeds the demo once', async () => {
    const first = await seedDemo(deps);
    const count = (await store.workflow.listCases({ limit: 500 })).cases.length;
    const again = await seedDemo(deps);
    expect(again).toEqual(first);
    expect((await store.workflow.listCases({ limit: 500 })).cases.length).toBe(count);
    const states = (await store.workflow.listCases({ limit: 500 })).cases.map((c) => c.state);
    expect(states).toEqual(expect.arrayContaining(['issued', 'in-review', 'awaiting-records', 'screening', 'ineligible', 'deferred']));
  });

  it('resumes an intake a crash interrupted: a case stored as received is screened', async () => {
    const first = await createCase(deps, app({ claimNumber: 'TST-RESUME' }), INTAKE);
    // What a kill between storing the case and screening it leaves: the case, received, with its one event.
    const received: CaseRecord = { ...first, id: 'resume-case', caseNumber: 'CM26-0999999', state: 'received', version: 0, screening: [] };
    await store.workflow.createCase(received, { at: received.createdAt, actor: INTAKE.id, type: 'case.received', data: {} }, {});
    const moved = await resumeInterrupted(deps, { id: 'recovery', role: 'system' });
    expect(moved.map((c) => c.id)).toEqual(['resume-case']);
    expect((await getCase(deps, 'resume-case')).state).not.toBe('received');
    expect(await resumeInterrupted(deps, { id: 'recovery', role: 'system' })).toEqual([]);
    expect((await verifyAuditLog(deps)).ok).toBe(true);
  });

});
