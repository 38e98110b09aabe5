// The IMR case workflow's use-cases: intake with automatic screening, documents, assignment, the engine's draft,
// the review, issue (letter stored, redacted copy into the decision corpus), letters, audit and deadlines.
// Every state change goes through workflow.transition and is stored with its audit event in one transaction
// (store.workflow.updateCase, optimistic on the version). The CLI and the HTTP API are thin layers over these.
import { createHash, randomUUID } from 'node:crypto';
import type { AuditEvent, CaseDocument, CaseRecord, ChainResult, Determination, ItemReview, Reviewer } from '../core/index.ts';
import { CaseDocument as CaseDocumentSchema, ItemReview as ItemReviewSchema, OpenImrError, Reviewer as ReviewerSchema, canonicalJson } from '../core/index.ts';
import { pacificToday, type Clock } from '../calendar/index.ts';
import { checkRedaction, redact, renderHtml, renderPdf, renderText, validateLetter, type FinalLetter } from '../fdl/index.ts';
import { parseLetter } from '../letters/index.ts';
import { normalizeRequest } from '../requests/index.ts';
import { chooseReviewer, overrideAssignment } from '../reviewers/index.ts';
import type { AuditEventInput, CaseListQuery, Store } from '../storage/index.ts';
import {
  CaseEvent,
  FINAL_STATES,
  consolidationKey,
  duplicateKey,
  normalizeText,
  parseApplication,
  queueView,
  screen,
  transition,
  type QueueEntry,
  type Role,
} from '../lifecycle/index.ts';
import { checkDateOrder, safeFileName, sniffDocument } from './cases-intake.ts';
import { buildFinalLetter } from './cases-letter.ts';
import { decideCase } from './determine.ts';

export interface Actor {
  id: string;
  role: Role;
}
export interface WorkflowDeps {
  store: Store;
  clock: Clock;
}

const nowIso = (deps: WorkflowDeps): string => deps.clock.now().toISOString();

function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw new OpenImrError('conflict', `role ${actor.role} may not ${what}`, { reason: 'role-not-allowed', field: 'actor.role' });
  }
  if (actor.id.trim() === '') throw new OpenImrError('invalid-argument', 'actor.id must not be empty', { field: 'actor.id' });
}

/** A case by its id or by its case number. */
export async function getCase(deps: WorkflowDeps, idOrCaseNumber: string): Promise<CaseRecord> {
  const key = idOrCaseNumber.trim();
  const record = /^CM\d{2}-\d{7}$/i.test(key)
    ? await deps.store.workflow.getCaseByNumber(key.toUpperCase())
    : await deps.store.workflow.getCase(key);
  if (record === null) throw new OpenImrError('not-found', `no case ${JSON.stringify(key)}`, { field: 'case' });
  return record;
}

export async function listCases(
  deps: WorkflowDeps,
  query: Omit<CaseListQuery, 'limit'> & { limit?: number },
): Promise<{ cases: CaseRecord[]; nextCursor: string | null }> {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new OpenImrError('invalid-argument', 'limit must be 1..500', { field: 'limit' });
  return deps.store.workflow.listCases({ ...query, limit });
}

/** Every case, page by page (the deadlines view and the demo read them all). */
async function allCases(deps: WorkflowDeps): Promise<CaseRecord[]> {
  const out: CaseRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.store.workflow.listCases({ limit: 500, cursor });
    out.push(...page.cases);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

/** Fires one event through the state machine and stores the result with its audit event. */
async function fire(deps: WorkflowDeps, record: CaseRecord, event: CaseEvent, payload: object, actor: Actor): Promise<CaseRecord> {
  const result = transition(record, event, { ...payload, actor: actor.id, role: actor.role, now: deps.clock.now() });
  const write = await deps.store.workflow.updateCase(result.record, record.version, { at: nowIso(deps), actor: actor.id, ...result.audit });
  return write.record;
}

/** Stores a change that is not a state change (documents, reviews, consolidation) with its audit event. */
async function save(deps: WorkflowDeps, before: CaseRecord, after: CaseRecord, actor: Actor, type: string, data: Record<string, unknown>): Promise<CaseRecord> {
  const event: AuditEventInput = { at: nowIso(deps), actor: actor.id, type, data };
  const next = { ...after, version: before.version + 1, updatedAt: event.at };
  return (await deps.store.workflow.updateCase(next, before.version, event)).record;
}

/** States in which another application may still join a case. */
const CONSOLIDATABLE = new Set<CaseRecord['state']>(['received', 'screening', 'deferred', 'assigned', 'awaiting-records']);

function applicationRef(app: unknown): string {
  return `application:${createHash('sha256').update(canonicalJson(app)).digest('hex').slice(0, 16)}`;
}

/**
 * Intake: validates the application (invalid-input naming the field; nothing stored), joins it to an open case
 * of the same employee, physician and date of injury (consolidation), or creates a case, numbers it, submits
 * it and screens it: eligible cases wait in screening for assignment, others become ineligible or deferred
 * with the reason codes.
 */
export async function createCase(deps: WorkflowDeps, input: unknown, actor: Actor): Promise<CaseRecord> {
  requireRole(actor, ['intake', 'admin', 'system'], 'file an application');
  const app = parseApplication(input);
  checkDateOrder(app);
  const today = pacificToday(deps.clock);
  if (app.receivedDate > today) {
    throw new OpenImrError('invalid-input', 'application.receivedDate is after today', { field: 'application.receivedDate', reason: 'dates-out-of-order' });
  }
  const wf = deps.store.workflow;
  const dupKey = duplicateKey(app);
  const conKey = consolidationKey(app);
  const duplicates = await wf.findByKey({ duplicateKey: dupKey });
  if (duplicates.length === 0) {
    const target = (await wf.findByKey({ consolidationKey: conKey })).find((c) => CONSOLIDATABLE.has(c.state));
    if (target !== undefined) return consolidate(deps, target, app, actor);
  }
  const at = nowIso(deps);
  const caseNumber = await wf.nextCaseNumber(Number(today.slice(0, 4)));
  const record: CaseRecord = {
    id: randomUUID(),
    caseNumber,
    state: 'received',
    version: 0,
    application: app,
    documents: [],
    assignment: null,
    screening: [],
    reviews: [],
    documentsReviewedConfirmed: false,
    qaComments: [],
    dates: {},
    consolidated: [],
    createdAt: at,
    updatedAt: at,
  };
  const created = await wf.createCase(
    record,
    { at, actor: actor.id, type: 'case.received', data: { caseNumber, items: app.disputedTreatments.length } },
    { duplicateKey: dupKey, consolidationKey: conKey },
  );
  return screenReceived(deps, created.record, actor, duplicates.length > 0);
}

/** Submits a received case to screening and applies the outcome (eligible stays in screening). */
async function screenReceived(deps: WorkflowDeps, record: CaseRecord, actor: Actor, duplicateOnFile: boolean): Promise<CaseRecord> {
  const system: Actor = { id: actor.id, role: 'system' };
  const screening = await fire(deps, record, 'submit', {}, system);
  // The stored key found the earlier filing; a consolidated case's application no longer hashes to it, so the
  // screening is shown the filing itself as the one already on file.
  const result = screen(record.application, { today: pacificToday(deps.clock), existing: duplicateOnFile ? [record.application] : [] });
  if (result.outcome === 'eligible') return screening;
  const reasons = result.reasons.filter((r) => (result.outcome === 'ineligible' ? true : r.code === 'liability-disputed')).map((r) => r.code);
  return fire(deps, screening, result.outcome === 'ineligible' ? 'find-ineligible' : 'defer', { reasons }, system);
}

/**
 * Resumes intake that a crash interrupted: a case stored as 'received' whose screening never ran is screened now
 * (an earlier filing with the same duplicate key counts as on file). A case another process moved meanwhile is
 * left to it, so API processes starting together cannot fail each other. Returns the cases it moved.
 */
export async function resumeInterrupted(deps: WorkflowDeps, actor: Actor): Promise<CaseRecord[]> {
  const moved: CaseRecord[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await deps.store.workflow.listCases({ states: ['received'], limit: 200, ...(cursor === undefined ? {} : { cursor }) });
    for (const c of page.cases) {
      const same = await deps.store.workflow.findByKey({ duplicateKey: duplicateKey(c.application) });
      const earlier = same.some((o) => o.id !== c.id && o.caseNumber < c.caseNumber);
      try {
        moved.push(await screenReceived(deps, c, actor, earlier));
      } catch (err) {
        // Another process (its intake, or its own resume at start) moved the case since it was listed.
        if (err instanceof OpenImrError && err.code === 'conflict') continue;
        throw err;
      }
    }
    if (page.nextCursor === null) return moved;
    cursor = page.nextCursor;
  }
}

async function consolidate(deps: WorkflowDeps, target: CaseRecord, app: CaseRecord['application'], actor: Actor): Promise<CaseRecord> {
  const have = new Set(target.application.disputedTreatments.map((t) => normalizeText(t.request)));
  const added = app.disputedTreatments.filter((t) => !have.has(normalizeText(t.request)));
  const ref = applicationRef(app);
  if (target.consolidated.includes(ref)) return target;
  const next: CaseRecord = {
    ...target,
    application: { ...target.application, disputedTreatments: [...target.application.disputedTreatments, ...added] },
    consolidated: [...target.consolidated, ref],
  };
  return save(deps, target, next, actor, 'case.consolidated', { application: ref, itemsAdded: added.length });
}

const CLOSED = new Set<CaseRecord['state']>([...FINAL_STATES, 'issued', 'appealed']);

/** Adds a PDF or text document (type by content; text extracted for the engine). The case is unchanged on error. */
export async function addDocument(
  deps: WorkflowDeps,
  caseId: string,
  input: { fileName: string; bytes: Uint8Array; submittedBy: CaseDocument['submittedBy']; title?: string; date?: string },
  actor: Actor,
): Promise<CaseRecord> {
  requireRole(actor, ['intake', 'admin', 'system'], 'add documents');
  const record = await getCase(deps, caseId);
  if (CLOSED.has(record.state)) {
    throw new OpenImrError('conflict', `documents cannot be added to a case in state ${record.state}`, { reason: 'case-closed' });
  }
  const fileName = safeFileName(input.fileName);
  const sniffed = await sniffDocument(fileName, input.bytes);
  const sha256 = await deps.store.workflow.putBlob(input.bytes);
  await deps.store.workflow.putBlobText(sha256, sniffed.text);
  if (record.documents.some((d) => d.sha256 === sha256)) return record;
  const doc: CaseDocument = {
    sha256,
    fileName,
    mediaType: sniffed.mediaType,
    size: input.bytes.byteLength,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.date === undefined ? {} : { date: input.date }),
    submittedBy: input.submittedBy,
    receivedAt: nowIso(deps),
  };
  const checked = CaseDocumentSchema.safeParse(doc);
  if (!checked.success) {
    const field = checked.error.issues[0]?.path.map(String).join('.') ?? '';
    throw new OpenImrError('invalid-input', `document.${field}: ${checked.error.issues[0]?.message ?? 'invalid'}`, { field: `document.${field}` });
  }
  return save(deps, record, { ...record, documents: [...record.documents, checked.data] }, actor, 'case.document-added', {
    sha256,
    mediaType: sniffed.mediaType,
    size: input.bytes.byteLength,
  });
}

export async function getDocument(deps: WorkflowDeps, caseId: string, sha256: string): Promise<{ document: CaseDocument; bytes: Uint8Array<ArrayBuffer> }> {
  const record = await getCase(deps, caseId);
  const document = record.documents.find((d) => d.sha256 === sha256.toLowerCase());
  if (document === undefined) throw new OpenImrError('not-found', 'no such document in this case', { field: 'sha256' });
  const bytes = await deps.store.workflow.getBlob(document.sha256);
  if (bytes === null) throw new OpenImrError('storage-error', 'the document bytes are missing from the store');
  return { document, bytes: new Uint8Array(bytes) };
}

/** Events that need a checked reviewer: they go through assignCase, never a raw payload. */
const ASSIGNING = new Set<string>(['assign', 'reassign']);

/** Fires an event on a case (the machine checks state, role and guards); refuses a stale expectedVersion. */
export async function transitionCase(
  deps: WorkflowDeps,
  caseId: string,
  event: CaseEvent,
  payload: object,
  actor: Actor,
  expectedVersion?: number,
): Promise<CaseRecord> {
  const parsedEvent = CaseEvent.safeParse(event);
  if (!parsedEvent.success) {
    throw new OpenImrError('invalid-input', `unknown event ${JSON.stringify(event)}`, { field: 'event', reason: 'unknown-event' });
  }
  if (ASSIGNING.has(parsedEvent.data)) {
    throw new OpenImrError('conflict', `${parsedEvent.data} goes through the assignment (reviewer checks): use assignCase`, { reason: 'use-assignment', field: 'event' });
  }
  const record = await getCase(deps, caseId);
  if (expectedVersion !== undefined && expectedVersion !== record.version) {
    throw new OpenImrError('conflict', `the case changed (version ${record.version}, expected ${expectedVersion})`, { reason: 'version-conflict', field: 'version' });
  }
  return fire(deps, record, parsedEvent.data, payload, actor);
}

function categoriesOf(record: CaseRecord): ReturnType<typeof normalizeRequest>['category'][] {
  return record.application.disputedTreatments.map((t) => normalizeRequest(t.request).category);
}

/**
 * Chooses the best qualified, conflict-free reviewer (or an administrator's override with a reason), assigns
 * the case and sends the notice of assignment. No eligible reviewer: conflict with the explanation.
 */
export async function assignCase(
  deps: WorkflowDeps,
  caseId: string,
  actor: Actor,
  override?: { reviewerId: string; reason: string; force?: boolean },
): Promise<{ record: CaseRecord; explanation: string }> {
  const record = await getCase(deps, caseId);
  const today = pacificToday(deps.clock);
  const categories = categoriesOf(record);
  let assignment: NonNullable<CaseRecord['assignment']>;
  if (override !== undefined) {
    if (actor.role !== 'admin') throw new OpenImrError('conflict', 'only an administrator may override the assignment', { reason: 'role-not-allowed', field: 'actor.role' });
    const reviewer = await deps.store.workflow.getReviewer(override.reviewerId);
    if (reviewer === null) throw new OpenImrError('not-found', `no reviewer ${JSON.stringify(override.reviewerId)}`, { field: 'reviewerId' });
    const result = overrideAssignment(reviewer, override.reason, {
      application: record.application,
      categories,
      at: nowIso(deps),
      asOf: today,
      ...(override.force === undefined ? {} : { force: override.force }),
    });
    assignment = result.assignment;
  } else {
    requireRole(actor, ['admin', 'system'], 'assign reviewers');
    const reviewers = await deps.store.workflow.listReviewers({ active: true });
    const counts = await deps.store.workflow.openCaseCounts();
    const workload = new Map([...counts].map(([id, open]) => [id, { open, dueSoon: 0 }]));
    const excluded = record.state === 're-review' ? record.assignment?.reviewerId : undefined;
    const choice = chooseReviewer(reviewers.filter((r) => r.id !== excluded), { application: record.application, categories, asOf: today }, workload);
    if (choice.chosen === null) throw new OpenImrError('conflict', choice.explanation, { reason: 'no-eligible-reviewer' });
    assignment = { reviewerId: choice.chosen.id, assignedAt: nowIso(deps), explanation: choice.explanation, override: false };
  }
  if (record.state === 're-review') {
    const next = await fire(deps, record, 'reassign', { assignment }, actor);
    return { record: next, explanation: assignment.explanation };
  }
  const assigned = await fire(deps, record, 'assign', { assignment }, actor);
  const noticed = await fire(deps, assigned, 'send-notice', { method: 'electronic' }, { id: actor.id, role: actor.role === 'admin' ? 'admin' : 'system' });
  return { record: noticed, explanation: assignment.explanation };
}

async function documentTexts(deps: WorkflowDeps, record: CaseRecord): Promise<string[]> {
  const texts: string[] = [];
  for (const d of record.documents) texts.push((await deps.store.workflow.getBlobText(d.sha256)) ?? '');
  return texts;
}

const MAX_ENGINE_TEXT = 2_000_000;

/** The engine's draft for each disputed item, from the application and the documents' texts. */
export async function draftCase(deps: WorkflowDeps, caseId: string): Promise<Determination> {
  const record = await getCase(deps, caseId);
  const texts = (await documentTexts(deps, record)).map((t) => t.slice(0, MAX_ENGINE_TEXT));
  const summary = record.clinicalSummary ?? texts[0];
  if (summary === undefined || summary.trim() === '') {
    throw new OpenImrError('conflict', 'the case has no clinical text yet: add a document first', { reason: 'no-clinical-text' });
  }
  const records = (record.clinicalSummary === undefined ? texts.slice(1) : texts).map((text, i) => {
    const d = record.documents[record.clinicalSummary === undefined ? i + 1 : i];
    return { text, ...(d?.title === undefined ? {} : { title: d.title }), ...(d?.date === undefined ? {} : { date: d.date }) };
  });
  const app = record.application;
  return decideCase({
    caseNumber: record.caseNumber,
    dateOfInjury: app.dateOfInjury,
    ...(app.urDecision === null ? {} : { urDenialDate: app.urDecision.date }),
    priority: app.priority === 'expedited' ? 'Expedited' : 'Standard',
    clinicalSummary: summary,
    records,
    disputedItems: app.disputedTreatments.map((t) => ({
      request: t.request,
      ...(t.urGuideline === undefined ? {} : { urGuideline: t.urGuideline }),
      ...(t.authorized === undefined ? {} : { authorized: t.authorized }),
    })),
  });
}

/** The engine's draft as reviews the reviewer can accept or change. */
export function reviewsFromDraft(draft: Determination): ItemReview[] {
  return draft.items.map((d, item) => ({
    item,
    decision: d.decision,
    imrGuideline: { source: d.guideline.source, title: d.guideline.title, pages: d.guideline.pages ?? [], sections: d.guideline.sections ?? [] },
    rationale: d.rationale,
    draft: { decision: d.decision, confidence: d.confidence },
  }));
}

/**
 * The assigned reviewer stores the item reviews (each keeps what the engine proposed) and confirms the
 * documents reviewed; an optional clinical summary replaces the first document's text in the letter.
 */
export async function saveReview(
  deps: WorkflowDeps,
  caseId: string,
  input: { reviews: ItemReview[]; documentsReviewedConfirmed: boolean; clinicalSummary?: string },
  actor: Actor,
): Promise<CaseRecord> {
  requireRole(actor, ['reviewer'], 'save a review');
  const record = await getCase(deps, caseId);
  if (record.assignment?.reviewerId !== actor.id) {
    throw new OpenImrError('conflict', 'only the assigned reviewer may review this case', { reason: 'not-assigned-reviewer' });
  }
  if (record.state !== 'in-review') {
    throw new OpenImrError('conflict', `reviews are saved in state in-review, not ${record.state}`, { reason: 'event-not-allowed-in-state' });
  }
  const reviews = ItemReviewSchema.array().max(100).safeParse(input.reviews);
  if (!reviews.success) {
    const field = ['reviews', ...(reviews.error.issues[0]?.path ?? []).map(String)].join('.');
    throw new OpenImrError('invalid-input', `${field}: ${reviews.error.issues[0]?.message ?? 'invalid'}`, { field });
  }
  const count = record.application.disputedTreatments.length;
  const items = new Set(reviews.data.map((r) => r.item));
  if (items.size !== reviews.data.length || reviews.data.some((r) => r.item >= count)) {
    throw new OpenImrError('invalid-input', `reviews: each item 0..${count - 1} at most once`, { field: 'reviews', reason: 'review-item-unknown' });
  }
  let withDraft = reviews.data;
  if (withDraft.some((r) => r.draft === null)) {
    const draft = await draftCase(deps, record.id);
    withDraft = withDraft.map((r) => {
      const d = draft.items[r.item];
      return r.draft !== null || d === undefined ? r : { ...r, draft: { decision: d.decision, confidence: d.confidence } };
    });
  }
  const summary = input.clinicalSummary?.trim();
  const next: CaseRecord = {
    ...record,
    reviews: withDraft,
    documentsReviewedConfirmed: input.documentsReviewedConfirmed,
    ...(summary === undefined || summary === '' ? {} : { clinicalSummary: summary.slice(0, 20000) }),
  };
  return save(deps, record, next, actor, 'case.review-saved', {
    items: withDraft.length,
    changedFromDraft: withDraft.filter((r) => r.draft !== null && r.draft.decision !== r.decision).length,
    documentsReviewedConfirmed: input.documentsReviewedConfirmed,
  });
}

async function reviewerOf(deps: WorkflowDeps, record: CaseRecord): Promise<Reviewer> {
  const id = record.assignment?.reviewerId;
  const reviewer = id === undefined ? null : await deps.store.workflow.getReviewer(id);
  if (reviewer === null) throw new OpenImrError('conflict', 'the case has no assigned reviewer on file', { reason: 'no-assignment' });
  return reviewer;
}

const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * QA approval: the case is issued, its letter stored (model, text and public text as blobs) and recorded on the
 * case, and the redacted letter joins the decision corpus. Refused (case unchanged) when the public version
 * still names a party or does not parse back to the case.
 */
export async function issueCase(deps: WorkflowDeps, caseId: string, actor: Actor): Promise<CaseRecord> {
  const record = await getCase(deps, caseId);
  if (record.state === 'issued' && record.letter !== undefined) return republish(deps, record, actor);
  const result = transition(record, 'qa-approve', { actor: actor.id, role: actor.role, now: deps.clock.now() });
  const issued = result.record;
  const letter = buildFinalLetter(issued, await reviewerOf(deps, issued), await documentTexts(deps, issued), issued.dates.issued ?? pacificToday(deps.clock));
  const text = renderText(letter);
  const publicText = renderText(redact(letter));
  const report = checkRedaction(publicText, letter);
  if (!report.clean) {
    throw new OpenImrError('conflict', `the public letter still shows: ${[...new Set(report.leaks.map((l) => l.kind))].join(', ')}`, { reason: 'redaction-unclean' });
  }
  const parsed = parseLetter(publicText);
  if (parsed.caseNumber !== issued.caseNumber || parsed.items.length !== letter.items.length || parsed.items.some((it, i) => it.decision !== letter.items[i]?.decision)) {
    throw new OpenImrError('internal', 'the public letter does not parse back to the case', { reason: 'round-trip' });
  }
  const enc = new TextEncoder();
  const wf = deps.store.workflow;
  const model = await wf.putBlob(enc.encode(canonicalJson(letter)));
  const textSha = await wf.putBlob(enc.encode(text));
  const publicBytes = enc.encode(publicText);
  const publicSha = await wf.putBlob(publicBytes);
  const next: CaseRecord = { ...issued, letter: { model, text: textSha, publicText: publicSha, issuedAt: nowIso(deps) } };
  const write = await wf.updateCase(next, record.version, {
    at: nowIso(deps),
    actor: actor.id,
    type: result.audit.type,
    data: { ...result.audit.data, letter: textSha, publicLetter: publicSha },
  });
  await deps.store.upsertLetter({ contentHash: sha256Hex(publicBytes), sourceName: `${issued.caseNumber}.txt`, letter: parsed });
  return write.record;
}

/** Issuing again puts the stored public letter into the corpus (idempotent): the repair when that step failed. */
async function republish(deps: WorkflowDeps, record: CaseRecord, actor: Actor): Promise<CaseRecord> {
  requireRole(actor, ['qa', 'admin'], 'publish a letter');
  const bytes = record.letter === undefined ? null : await deps.store.workflow.getBlob(record.letter.publicText);
  if (bytes === null) throw new OpenImrError('storage-error', 'the issued public letter is missing from the store');
  const parsed = parseLetter(new TextDecoder().decode(bytes));
  await deps.store.upsertLetter({ contentHash: sha256Hex(bytes), sourceName: `${record.caseNumber}.txt`, letter: parsed });
  return record;
}

async function letterModel(deps: WorkflowDeps, record: CaseRecord): Promise<FinalLetter> {
  if (record.letter !== undefined) {
    const bytes = await deps.store.workflow.getBlob(record.letter.model);
    if (bytes === null) throw new OpenImrError('storage-error', 'the issued letter is missing from the store');
    return validateLetter(JSON.parse(new TextDecoder().decode(bytes)));
  }
  // Not issued yet: a preview from the current review, dated today.
  return buildFinalLetter(record, await reviewerOf(deps, record), await documentTexts(deps, record), pacificToday(deps.clock));
}

/** The letter as text, HTML or PDF; public = the redacted version. An unissued case gives a preview. */
export async function caseLetter(
  deps: WorkflowDeps,
  caseId: string,
  options: { format: 'txt' | 'html' | 'pdf'; public: boolean },
): Promise<{ contentType: string; body: string | Uint8Array<ArrayBuffer> }> {
  const record = await getCase(deps, caseId);
  const model = await letterModel(deps, record);
  const letter = options.public ? redact(model) : model;
  switch (options.format) {
    case 'txt':
      return { contentType: 'text/plain; charset=utf-8', body: renderText(letter) };
    case 'html':
      return { contentType: 'text/html; charset=utf-8', body: renderHtml(letter) };
    case 'pdf':
      return { contentType: 'application/pdf', body: new Uint8Array(await renderPdf(letter)) };
  }
}

export async function caseAudit(deps: WorkflowDeps, caseId: string): Promise<AuditEvent[]> {
  const record = await getCase(deps, caseId);
  const out: AuditEvent[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await deps.store.workflow.listAudit({ caseId: record.id, afterSeq, limit: 1000 });
    out.push(...page);
    const last = page[page.length - 1];
    if (page.length < 1000 || last === undefined) return out;
    afterSeq = last.seq;
  }
}

export function verifyAuditLog(deps: WorkflowDeps): Promise<ChainResult> {
  return deps.store.workflow.verifyAudit();
}

/** The staff queue: every case not ineligible or withdrawn, most urgent first; overdue only on request. */
export async function deadlines(deps: WorkflowDeps, options: { overdue?: boolean }): Promise<QueueEntry[]> {
  const open = (await allCases(deps)).filter((c) => !FINAL_STATES.includes(c.state));
  const queue = queueView(open, pacificToday(deps.clock));
  return options.overdue === true ? queue.filter((e) => e.overdue) : queue;
}

/** Adds (or replaces, by id) a reviewer in the registry; an id is made when none is given. */
export async function addReviewer(deps: WorkflowDeps, input: unknown, actor: Actor): Promise<Reviewer> {
  requireRole(actor, ['admin'], 'edit the reviewer registry');
  const withId = typeof input === 'object' && input !== null && !('id' in input) ? { ...input, id: `R-${randomUUID().slice(0, 8)}` } : input;
  const parsed = ReviewerSchema.safeParse(withId);
  if (!parsed.success) {
    const field = ['reviewer', ...(parsed.error.issues[0]?.path ?? []).map(String)].join('.');
    throw new OpenImrError('invalid-input', `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field });
  }
  await deps.store.workflow.putReviewer(parsed.data);
  await deps.store.workflow.appendAudit({ at: nowIso(deps), actor: actor.id, type: 'reviewer.saved', data: { reviewerId: parsed.data.id, active: parsed.data.active } });
  return parsed.data;
}

export function listReviewers(deps: WorkflowDeps): Promise<Reviewer[]> {
  return deps.store.workflow.listReviewers();
}
