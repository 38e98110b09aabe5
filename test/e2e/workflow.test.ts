// The IMR case workflow end to end through the real CLI, in-process, on a temporary SQLite file (a
// PostgreSQL database in the postgres project): a synthetic
// application from intake to the issued letter found in corpus search, bad input refused with reason codes and
// the case left unchanged, and a tampered audit event detected. Every person and company here is invented.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CaseRecord, Determination } from '../../src/core/index.ts';
import { daysAgo } from '../support/applications.ts';
import { runCli, type Run } from '../support/run-cli.ts';
import { execRaw, testStoreLocation } from '../support/test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-workflow-'));
const where = await testStoreLocation(join(dir, 'workflow.db'));
const db = where.db;
const file = (name: string, content: string | object): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const cli = (...args: string[]): Promise<Run> => runCli(...args, '--db', db);
const caseOf = async (cn: string): Promise<CaseRecord> => JSON.parse((await cli('case', 'show', cn, '--json')).stdout) as CaseRecord;

afterAll(async () => {
  await where.drop();
  rmSync(dir, { recursive: true, force: true });
});

// Dates relative to today in California, so the filing window and the records date hold whatever day this runs.

const PARTIES = ['Philomena Strand', 'Strand', 'Quarry Ridge Stoneworks', 'Ignatius Bellweather', 'Bellweather', 'Tamarack Claims Alliance', 'QR-77120', '1 Granite Way'];
const REVIEWER_NAMES = ['Cordelia Ashdown', 'Evander Lisle', 'Rosamund Tiverton'];

const application = {
  employee: { name: 'Philomena Strand', dateOfBirth: '1973-08-21', sex: 'female', address: '1 Granite Way, Auburn, CA 95603' },
  claimNumber: 'QR-77120',
  dateOfInjury: daysAgo(400),
  employer: { name: 'Quarry Ridge Stoneworks', address: '5 Quarry Road, Rocklin, CA 95677' },
  requestingPhysician: { name: 'Dr. Ignatius Bellweather, M.D.', specialty: 'Physical Medicine and Rehabilitation' },
  claimsAdministrator: { name: 'Tamarack Claims Alliance' },
  disputedTreatments: [{ request: 'Physical therapy 2 times a week for 6 weeks, lumbar spine', urGuideline: 'MTUS Chronic Pain Medical Treatment Guidelines' }],
  urDecision: { date: daysAgo(20), servedDate: daysAgo(18), servedBy: 'mail' },
  signed: true,
  signatureDate: daysAgo(5),
  receivedDate: daysAgo(3),
};

const SUMMARY =
  'The injured worker is a 52-year-old female stone cutter with low back pain since lifting a slab at work. ' +
  'She completed 12 sessions of physical therapy with no documented functional improvement and continues home exercises.\n\n' +
  'Examination shows lumbar paraspinal tenderness with a normal neurological examination. Another course of physical therapy is requested.';

const reviewer = (id: string, name: string, over: object = {}): object => ({
  id,
  name,
  licenseStates: ['CA'],
  boardCertifications: ['Physical Medicine and Rehabilitation'],
  specialties: ['Physical Medicine and Rehabilitation'],
  subspecialties: [],
  yearsInPractice: 15,
  weeklyPracticeHours: 30,
  affiliations: [],
  active: true,
  ...over,
});

describe('openimr case workflow, end to end', () => {
  let cn = '';

  test('intake: the application is numbered and screened eligible', async () => {
    const r = await cli('case', 'create', file('application.json', application), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const created = JSON.parse(r.stdout) as CaseRecord;
    expect(created.caseNumber).toMatch(/^CM\d{2}-\d{7}$/);
    expect(created.state).toBe('screening');
    cn = created.caseNumber;
  });

  test('bad applications are refused with reason codes and nothing is stored', async () => {
    const missing: Record<string, unknown> = { ...application };
    delete missing['claimNumber'];
    const a = await cli('case', 'create', file('missing.json', missing));
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/invalid-input: application\.claimNumber/);
    const b = await cli('case', 'create', file('order.json', { ...application, claimNumber: 'QR-1', urDecision: { date: daysAgo(500) } }));
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/dates out of order.*\[dates-out-of-order\]/);
    const list = JSON.parse((await cli('case', 'list', '--json')).stdout) as { cases: CaseRecord[] };
    expect(list.cases.map((c) => c.caseNumber)).toEqual([cn]);
  });

  test('documents: a synthetic clinical summary is added; a fake PDF is refused and the case is unchanged', async () => {
    const before = await caseOf(cn);
    const fake = await cli('case', 'document', cn, file('scan.pdf', 'this is only text pretending to be a PDF'));
    expect(fake.code).toBe(4);
    expect(fake.stderr).toMatch(/pdf-malformed: .*\[not-a-pdf\]/);
    expect(await caseOf(cn)).toEqual(before);
    const ok = await cli('case', 'document', cn, file('summary.txt', SUMMARY), '--title', 'Progress report', '--json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as CaseRecord).documents).toHaveLength(1);
  });

  test('reviewers: a conflicted reviewer is never chosen and a forced override to them is refused', async () => {
    const added = await cli('reviewer', 'add', file('reviewers.json', [
      reviewer('R-CONFLICT', 'Cordelia Ashdown', { affiliations: [{ kind: 'claims-administrator', name: 'Tamarack Claims Alliance' }] }),
      reviewer('R-GOOD', 'Evander Lisle'),
      reviewer('R-NEW', 'Rosamund Tiverton', { licenseStates: ['NV'], yearsInPractice: 2 }),
    ]));
    expect(added.code).toBe(0);
    expect((await cli('reviewer', 'list')).stdout).toContain('Evander Lisle');
    const before = await caseOf(cn);
    const forced = await cli('case', 'assign', cn, '--reviewer', 'R-CONFLICT', '--reason', 'Urgent and nobody else free', '--force');
    expect(forced.code).toBe(6);
    expect(forced.stderr).toMatch(/conflict: reviewer R-CONFLICT may not take this case/);
    expect(await caseOf(cn)).toEqual(before);
    const assigned = await cli('case', 'assign', cn, '--json');
    expect(assigned.code).toBe(0);
    const result = JSON.parse(assigned.stdout) as { record: CaseRecord; explanation: string };
    expect(result.record.assignment?.reviewerId).toBe('R-GOOD');
    expect(result.record.state).toBe('awaiting-records');
    for (const name of REVIEWER_NAMES) expect(assigned.stdout).not.toContain(name);
  });

  test('unknown events and states get a clear error; the case is unchanged', async () => {
    const before = await caseOf(cn);
    const ev = await cli('case', 'transition', cn, 'teleport');
    expect(ev.code).toBe(2);
    expect(ev.stderr).toMatch(/\[unknown-event\]/);
    const st = await cli('case', 'list', '--state', 'limbo');
    expect(st.code).toBe(2);
    const wrong = await cli('case', 'transition', cn, 'qa-approve', '--as', 'qa');
    expect(wrong.code).toBe(6);
    expect(wrong.stderr).toMatch(/\[event-not-allowed-in-state\]/);
    expect(await caseOf(cn)).toEqual(before);
  });

  test('records, the engine draft, the review, QA and issue', async () => {
    expect((await cli('case', 'transition', cn, 'receive-records', '--as', 'intake')).code).toBe(0);
    const drafted = await cli('case', 'decide', cn, '--json');
    expect(drafted.code).toBe(0);
    const draft = JSON.parse(drafted.stdout) as Determination;
    expect(draft.items).toHaveLength(1);
    const reviews = draft.items.map((d, item) => ({
      item,
      decision: d.decision,
      imrGuideline: { source: d.guideline.source, title: d.guideline.title, pages: d.guideline.pages ?? [], sections: d.guideline.sections ?? [] },
      rationale: d.rationale,
      draft: { decision: d.decision, confidence: d.confidence },
    }));
    const saved = await cli('case', 'review', cn, file('reviews.json', { reviews, documentsReviewedConfirmed: true }), '--actor', 'R-GOOD');
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect((await cli('case', 'transition', cn, 'submit-for-qa', '--as', 'reviewer', '--actor', 'R-GOOD')).code).toBe(0);
    const selfQa = await cli('case', 'issue', cn, '--actor', 'R-GOOD');
    expect(selfQa.code).toBe(6);
    expect(selfQa.stderr).toMatch(/\[qa-by-reviewer\]/);
    const issued = await cli('case', 'issue', cn, '--json');
    expect(issued.stderr).toBe('');
    expect((JSON.parse(issued.stdout) as CaseRecord).state).toBe('issued');
  });

  test('the public letter names no party and no reviewer; the full letter names the parties but no reviewer', async () => {
    const pub = await cli('letter', cn, '--public');
    expect(pub.code).toBe(0);
    expect(pub.stdout).toContain(cn);
    for (const name of [...PARTIES, ...REVIEWER_NAMES]) expect(pub.stdout).not.toContain(name);
    const full = await cli('letter', cn);
    expect(full.stdout).toContain('Philomena Strand');
    for (const name of REVIEWER_NAMES) expect(full.stdout).not.toContain(name);
    const pdf = join(dir, 'letter.pdf');
    expect((await cli('letter', cn, '--public', '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('corpus search finds the redacted letter', async () => {
    const r = await cli('search', 'physical', 'therapy', '--json');
    expect(r.code).toBe(0);
    const hits = (JSON.parse(r.stdout) as { hits: { caseNumber: string | null; snippet: string }[] }).hits;
    const hit = hits.find((h) => h.caseNumber === cn);
    expect(hit).toBeDefined();
    for (const name of PARTIES) expect(hit?.snippet).not.toContain(name);
  });

  test('the deadlines queue lists the case; none is overdue', async () => {
    const queue = await cli('deadlines', '--json');
    expect(queue.code).toBe(0);
    expect((JSON.parse(queue.stdout) as { caseNumber: string }[]).map((e) => e.caseNumber)).toContain(cn);
    expect(JSON.parse((await cli('deadlines', '--overdue', '--json')).stdout)).toEqual([]);
  });

  test('the audit chain verifies, and tampering with one stored event is detected', async () => {
    const ok = await cli('audit', 'verify', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    await execRaw(db, `update audit_events set data = '{"event":"submit","role":"admin"}' where seq = 3`);
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(6);
    expect(broken.stdout).toMatch(/BROKEN at event 3/);
  });
});
