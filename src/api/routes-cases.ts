// The IMR case workflow over HTTP: thin calls to src/app's use-cases. What routes add: who may see which
// case (applicants and claims administrators their own, by party name; reviewers the cases assigned to
// them; reviewer identities only to intake, QA and administrators) and the mapping of users to actors.
import type { z } from 'zod';
import * as app from '../app/index.ts';
import type { Actor, CaseRecord, WorkflowDeps } from '../app/index.ts';
import { Application, CaseState, OpenImrError } from '../core/index.ts';
import { ApiError } from './problem.ts';
import {
  AssignmentBody,
  AssignmentReply,
  AuditEvent,
  CaseListQuery,
  CaseListReply,
  CaseRecord as CaseRecordSchema,
  DeadlinesQuery,
  DocumentQuery,
  DraftReply,
  EventsReply,
  LetterQuery,
  Paging,
  QueueEntrySchema,
  ReviewBody,
  Reviewer,
  TransitionBody,
  pageOf,
  pageSchema,
} from './schemas.ts';
import { route, USER_ROLES, type ApiDeps, type Principal, type Route, type UserRecord, type UserRole } from './types.ts';

const SEES_ALL: readonly UserRole[] = ['intake', 'qa', 'admin'];
const CASE_STAFF: readonly UserRole[] = ['intake', 'reviewer', 'qa', 'admin'];

/** Names compared without case, accents, punctuation or repeated spaces. */
export function partyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function canSee(user: UserRecord, record: CaseRecord): boolean {
  switch (user.role) {
    case 'intake':
    case 'qa':
    case 'admin':
      return true;
    case 'reviewer':
      return user.reviewerId !== null && record.assignment?.reviewerId === user.reviewerId;
    case 'claims-administrator':
      return user.partyName !== null && partyKey(record.application.claimsAdministrator.name) === partyKey(user.partyName);
    case 'applicant': {
      if (user.partyName === null) return false;
      const key = partyKey(user.partyName);
      const rep = record.application.representative?.name;
      return partyKey(record.application.employee.name) === key || (rep !== undefined && partyKey(rep) === key);
    }
  }
}

/** The record as this user may see it: parties outside the IRO never learn who the reviewer is. */
export function caseView(user: UserRecord, record: CaseRecord): CaseRecord {
  if (SEES_ALL.includes(user.role) || user.role === 'reviewer' || record.assignment === null) return record;
  return { ...record, assignment: { ...record.assignment, reviewerId: 'confidential', explanation: '' } };
}

function signedIn(principal: Principal | null): UserRecord {
  if (principal === null) throw new ApiError('unauthenticated', 'sign in or send an API token');
  return principal.user;
}

/** The workflow actor of a staff user; a reviewer acts under their registry id. */
export function actorOf(user: UserRecord): Actor {
  switch (user.role) {
    case 'intake':
    case 'qa':
    case 'admin':
      return { id: user.id, role: user.role };
    case 'reviewer':
      if (user.reviewerId === null) throw new ApiError('forbidden', 'this reviewer account is not linked to the registry');
      return { id: user.reviewerId, role: 'reviewer' };
    case 'applicant':
    case 'claims-administrator':
      throw new ApiError('forbidden', `role ${user.role} does not act on cases`);
  }
}

const wf = (deps: ApiDeps): WorkflowDeps => ({ store: deps.store, clock: deps.clock });

/** The case, if this user may see it; otherwise not-found (so its existence is not revealed). */
async function visibleCase(deps: ApiDeps, principal: Principal | null, id: string): Promise<{ user: UserRecord; record: CaseRecord }> {
  const user = signedIn(principal);
  const record = await app.getCase(wf(deps), id);
  if (!canSee(user, record)) throw new OpenImrError('not-found', `no case ${JSON.stringify(id.slice(0, 40))}`, { field: 'case' });
  return { user, record };
}

const MAX_SCAN_PAGES = 50;

/** A state filter value; an unknown one is the caller's mistake (400), not an internal error. */
function caseState(text: string): CaseState {
  const parsed = CaseState.safeParse(text.trim());
  if (!parsed.success) throw new OpenImrError('invalid-argument', 'state must be case states separated by commas', { field: 'state' });
  return parsed.data;
}

async function listFor(deps: ApiDeps, user: UserRecord, q: z.infer<typeof CaseListQuery>): Promise<{ cases: CaseRecord[]; nextCursor: string | null }> {
  const states = q.state === undefined ? undefined : q.state.split(',').map(caseState);
  const base = { limit: q.limit, cursor: q.cursor ?? null, ...(states === undefined ? {} : { states }) };
  if (SEES_ALL.includes(user.role)) return app.listCases(wf(deps), base);
  if (user.role === 'reviewer') {
    if (user.reviewerId === null) return { cases: [], nextCursor: null };
    return app.listCases(wf(deps), { ...base, reviewerId: user.reviewerId });
  }
  // Parties: their cases by normalised name. Pages are scanned until one has matches (bounded).
  const cases: CaseRecord[] = [];
  let cursor = base.cursor;
  for (let i = 0; i < MAX_SCAN_PAGES; i++) {
    const page = await app.listCases(wf(deps), { ...base, cursor });
    cases.push(...page.cases.filter((c) => canSee(user, c)));
    cursor = page.nextCursor;
    if (cursor === null || cases.length >= q.limit) break;
  }
  return { cases, nextCursor: cursor };
}

/** The texts the draft's evidence offsets point into, by source, as draftCase reads them. */
async function draftTexts(deps: ApiDeps, record: CaseRecord): Promise<Record<string, string>> {
  const texts: string[] = [];
  for (const d of record.documents) texts.push((await deps.store.workflow.getBlobText(d.sha256)) ?? '');
  const out: Record<string, string> = {};
  const summary = record.clinicalSummary ?? texts[0];
  if (summary !== undefined) out['clinicalSummary'] = summary;
  (record.clinicalSummary === undefined ? texts.slice(1) : texts).forEach((t, i) => (out[`records[${i}]`] = t));
  return out;
}

const FILE_NAME_HEADER = 'x-file-name';

function headerFileName(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'document';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const caseRoutes: readonly Route[] = [
  route<undefined, z.input<typeof Application>>({
    method: 'POST',
    path: '/cases',
    summary: 'File an application (DWC Form IMR): intake with automatic eligibility screening',
    tag: 'cases',
    access: ['intake', 'admin'],
    body: Application,
    response: CaseRecordSchema,
    status: 201,
    creates: true,
    async handler({ deps, principal, body }) {
      return { json: await app.createCase(wf(deps), body, actorOf(signedIn(principal))) };
    },
  }),
  route<z.infer<typeof CaseListQuery>>({
    method: 'GET',
    path: '/cases',
    summary: 'Cases this caller may see, by case number (state=a,b filters; limit and cursor page)',
    tag: 'cases',
    access: USER_ROLES,
    query: CaseListQuery,
    response: CaseListReply,
    async handler({ deps, principal, query }) {
      const user = signedIn(principal);
      const page = await listFor(deps, user, query);
      return { json: { cases: page.cases.map((c) => caseView(user, c)), nextCursor: page.nextCursor } };
    },
  }),
  route({
    method: 'GET',
    path: '/cases/{id}',
    summary: 'One case by id or case number',
    tag: 'cases',
    access: USER_ROLES,
    response: CaseRecordSchema,
    async handler({ deps, principal, params }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      return { json: caseView(user, record) };
    },
  }),
  route<z.infer<typeof DocumentQuery>>({
    method: 'POST',
    path: '/cases/{id}/documents',
    summary: 'Add a document (PDF or text) as the raw body; headers Content-Type and X-File-Name (URI-encoded)',
    tag: 'cases',
    access: ['intake', 'admin'],
    query: DocumentQuery,
    raw: true,
    response: CaseRecordSchema,
    status: 201,
    creates: true,
    async handler({ c, deps, principal, params, query, bytes }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      const submittedBy = query.submittedBy ?? DocumentQuery.shape.submittedBy.parse(c.req.header('x-submitted-by') ?? 'staff') ?? 'staff';
      const input = { fileName: headerFileName(c.req.header(FILE_NAME_HEADER)), bytes, submittedBy, ...(query.title === undefined ? {} : { title: query.title }) };
      return { json: await app.addDocument(wf(deps), record.id, input, actorOf(user)) };
    },
  }),
  route({
    method: 'GET',
    path: '/cases/{id}/documents/{sha256}',
    summary: 'The bytes of a document of the case',
    tag: 'cases',
    access: CASE_STAFF,
    response: { mediaTypes: ['application/pdf', 'text/plain'] },
    async handler({ deps, principal, params }) {
      const { record } = await visibleCase(deps, principal, params['id'] ?? '');
      const { document, bytes } = await app.getDocument(wf(deps), record.id, params['sha256'] ?? '');
      const name = document.fileName.replace(/[^\w.-]+/g, '_');
      return new Response(bytes, {
        headers: { 'content-type': document.mediaType, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
      });
    },
  }),
  route<undefined, z.infer<typeof TransitionBody>>({
    method: 'POST',
    path: '/cases/{id}/transitions',
    summary: 'Fire a workflow event {event, payload, version}; the state machine checks state, role and guards',
    tag: 'cases',
    access: CASE_STAFF,
    body: TransitionBody,
    response: CaseRecordSchema,
    async handler({ deps, principal, params, body }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      return { json: await app.transitionCase(wf(deps), record.id, body.event as app.CaseEvent, body.payload, actorOf(user), body.version) };
    },
  }),
  route({
    method: 'GET',
    path: '/cases/{id}/events',
    summary: 'The events the caller may fire on the case in its current state',
    tag: 'cases',
    access: CASE_STAFF,
    response: EventsReply,
    async handler({ deps, principal, params }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      return { json: { state: record.state, events: app.allowedEvents(record, actorOf(user).role) } };
    },
  }),
  route<undefined, z.infer<typeof AssignmentBody>>({
    method: 'POST',
    path: '/cases/{id}/assignment',
    summary: "Assign the best qualified, conflict-free reviewer (or an administrator's override with a reason)",
    tag: 'cases',
    access: ['admin'],
    body: AssignmentBody,
    response: AssignmentReply,
    async handler({ deps, principal, params, body }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      const o = body.override;
      const override = o === undefined ? undefined : { reviewerId: o.reviewerId, reason: o.reason, ...(o.force === undefined ? {} : { force: o.force }) };
      return { json: await app.assignCase(wf(deps), record.id, actorOf(user), override) };
    },
  }),
  route({
    method: 'GET',
    path: '/cases/{id}/draft',
    summary: "The engine's draft for each disputed item, with the texts its evidence offsets point into",
    tag: 'cases',
    access: ['reviewer', 'qa', 'admin'],
    response: DraftReply,
    async handler({ deps, principal, params }) {
      const { record } = await visibleCase(deps, principal, params['id'] ?? '');
      const determination = await app.draftCase(wf(deps), record.id);
      return { json: { determination, texts: await draftTexts(deps, record) } };
    },
  }),
  route<undefined, z.infer<typeof ReviewBody>>({
    method: 'PUT',
    path: '/cases/{id}/review',
    summary: "The assigned reviewer's decision per item and the documents-reviewed confirmation",
    tag: 'cases',
    access: ['reviewer'],
    body: ReviewBody,
    response: CaseRecordSchema,
    async handler({ deps, principal, params, body }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      const input = { reviews: body.reviews, documentsReviewedConfirmed: body.documentsReviewedConfirmed, ...(body.clinicalSummary === undefined ? {} : { clinicalSummary: body.clinicalSummary }) };
      return { json: await app.saveReview(wf(deps), record.id, input, actorOf(user)) };
    },
  }),
  route({
    method: 'POST',
    path: '/cases/{id}/issue',
    summary: 'QA approval: the case is issued, its letter stored and the redacted letter joins the public corpus',
    tag: 'cases',
    access: ['qa', 'admin'],
    response: CaseRecordSchema,
    async handler({ deps, principal, params }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      return { json: await app.issueCase(wf(deps), record.id, actorOf(user)) };
    },
  }),
  route<z.infer<typeof LetterQuery>>({
    method: 'GET',
    path: '/cases/{id}/letter',
    summary: 'The Final Determination Letter as txt, html or pdf (public=true: the redacted version); staff get a preview before issue',
    tag: 'cases',
    access: USER_ROLES,
    query: LetterQuery,
    response: { mediaTypes: ['text/plain', 'text/html', 'application/pdf'] },
    async handler({ deps, principal, params, query }) {
      const { user, record } = await visibleCase(deps, principal, params['id'] ?? '');
      if (!CASE_STAFF.includes(user.role) && record.letter === undefined) throw new OpenImrError('not-found', 'the letter is not issued yet');
      const letter = await app.caseLetter(wf(deps), record.id, { format: query.format, public: query.public });
      const headers: Record<string, string> = { 'content-type': letter.contentType, 'cache-control': 'private, no-store' };
      // The letter page may be framed by the web app and styles itself inline; it runs no script.
      if (query.format === 'html') {
        headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
        headers['x-frame-options'] = 'SAMEORIGIN';
      }
      if (query.format === 'pdf') headers['content-disposition'] = `inline; filename="${record.caseNumber}${query.public ? '-public' : ''}.pdf"`;
      return new Response(letter.body, { headers });
    },
  }),
  route<z.infer<typeof Paging>>({
    method: 'GET',
    path: '/cases/{id}/audit',
    summary: "The case's audit trail (hash-chained events), oldest first",
    tag: 'cases',
    access: SEES_ALL,
    query: Paging,
    response: pageSchema(AuditEvent),
    async handler({ deps, principal, params, query }) {
      const { record } = await visibleCase(deps, principal, params['id'] ?? '');
      return { json: pageOf(await app.caseAudit(wf(deps), record.id), query) };
    },
  }),
  route<z.infer<typeof Paging>>({
    method: 'GET',
    path: '/reviewers',
    summary: 'The reviewer registry (confidential: names are shown to intake, QA and administrators only)',
    tag: 'reviewers',
    access: SEES_ALL,
    query: Paging,
    response: pageSchema(Reviewer),
    async handler({ deps, query }) {
      return { json: pageOf(await app.listReviewers(wf(deps)), query) };
    },
  }),
  route<undefined, Record<string, unknown>>({
    method: 'POST',
    path: '/reviewers',
    summary: 'Add or replace a reviewer in the registry (an id is made when none is given)',
    tag: 'reviewers',
    access: ['admin'],
    body: Reviewer.partial({ id: true }),
    response: Reviewer,
    status: 201,
    creates: true,
    async handler({ deps, principal, body }) {
      return { json: await app.addReviewer(wf(deps), body, actorOf(signedIn(principal))) };
    },
  }),
  route<z.infer<typeof DeadlinesQuery>>({
    method: 'GET',
    path: '/deadlines',
    summary: 'The staff queue: open cases, most urgent deadline first (overdue=true: only overdue)',
    tag: 'cases',
    access: SEES_ALL,
    query: DeadlinesQuery,
    response: pageSchema(QueueEntrySchema),
    async handler({ deps, query }) {
      const queue = await app.deadlines(wf(deps), query.overdue === undefined ? {} : { overdue: query.overdue });
      return { json: pageOf(queue, query) };
    },
  }),
];
