// A small typed client for the OpenIMR HTTP API (/api/v1). Errors arrive as RFC 9457 problem+json with a
// stable `code`; they become ApiError so views can show the detail and the code. The session cookie is
// HttpOnly; the CSRF token returned at sign-in is sent as X-CSRF-Token on every unsafe request.
import type {
  AuditEvent,
  CaseDocument,
  CaseRecord,
  CaseState,
  Decision,
  Determination,
  ItemReview,
  ParsedLetter,
} from '../../src/core/index.ts';

export type { AuditEvent, CaseDocument, CaseRecord, CaseState, Decision, Determination, ItemReview, ParsedLetter };

export const API_BASE = '/api/v1';

export type Role = 'public' | 'applicant' | 'claims-administrator' | 'intake' | 'reviewer' | 'qa' | 'admin' | 'system';

export interface User {
  id: string;
  username: string;
  role: Role;
  displayName?: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;

  constructor(status: number, code: string, detail: string, title?: string) {
    super(title !== undefined && title !== '' ? `${title}: ${detail}` : detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_KEY = 'openimr.csrf';
let csrfToken: string | null = readStoredCsrf();

function readStoredCsrf(): string | null {
  try {
    return sessionStorage.getItem(CSRF_KEY);
  } catch {
    return null;
  }
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  try {
    if (token === null) sessionStorage.removeItem(CSRF_KEY);
    else sessionStorage.setItem(CSRF_KEY, token);
  } catch {
    // Storage may be disabled; the token then lives in memory only.
  }
}

type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s === '' ? path : `${path}?${s}`;
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  json?: unknown;
  body?: Blob | ArrayBuffer | Uint8Array;
  headers?: Record<string, string>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

/** Turns a failed response into an ApiError, reading problem+json when the server sent it. */
async function toApiError(res: Response): Promise<ApiError> {
  let payload: unknown = null;
  const type = res.headers.get('content-type') ?? '';
  try {
    payload = type.includes('json') ? await res.json() : await res.text();
  } catch {
    payload = null;
  }
  if (isRecord(payload)) {
    const detail = str(payload.detail, str(payload.message, res.statusText));
    return new ApiError(res.status, str(payload.code, `http-${res.status}`), detail, str(payload.title, ''));
  }
  return new ApiError(res.status, `http-${res.status}`, typeof payload === 'string' && payload !== '' ? payload.slice(0, 300) : res.statusText);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    body = options.body instanceof Uint8Array ? new Blob([options.body as Uint8Array<ArrayBuffer>]) : options.body;
  }
  if (UNSAFE.has(method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`${API_BASE}${path}`, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body }),
    });
  } catch (err) {
    throw new ApiError(0, 'network-error', err instanceof Error ? err.message : 'the server could not be reached');
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

// ---- auth ----------------------------------------------------------------------------------------------

export async function login(username: string, password: string): Promise<Session> {
  const out = await request<{ user: User; csrfToken: string }>('POST', '/auth/login', { json: { username, password } });
  setCsrfToken(out.csrfToken);
  return { user: out.user, csrfToken: out.csrfToken };
}

export async function logout(): Promise<void> {
  try {
    await request<unknown>('POST', '/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

/** The signed-in user, or null for a public reader. */
export async function me(): Promise<Session | null> {
  try {
    const out = await request<unknown>('GET', '/auth/me');
    if (!isRecord(out)) return null;
    const user = isRecord(out.user) ? (out.user as unknown as User) : null;
    if (user === null) return null;
    if (typeof out.csrfToken === 'string') setCsrfToken(out.csrfToken);
    return { user, csrfToken: csrfToken ?? '' };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return null;
    throw err;
  }
}

// ---- public corpus ---------------------------------------------------------------------------------------

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchHit {
  letterId?: number;
  caseNumber: string | null;
  itemIndex: number;
  request: string;
  decision: Decision | null;
  category: string;
  specialty: string | null;
  decisionDate: string | null;
  /** Text around the matches, each match wrapped in [[ and ]]. */
  snippet: string;
}

export interface DecisionSearch {
  total: number;
  exhaustive?: boolean;
  hits: SearchHit[];
  facets: Partial<Record<'decision' | 'category' | 'specialty' | 'year', FacetCount[]>>;
  nextCursor?: string | null;
}

export interface SearchParams {
  q?: string;
  decision?: string;
  category?: string;
  year?: string;
  cursor?: string;
  limit?: number;
}

export function searchDecisions(params: SearchParams): Promise<DecisionSearch> {
  return request<DecisionSearch>('GET', '/decisions', { query: { ...params } });
}

/** A published letter. The API may answer with the parsed letter, a stored letter or a list of them. */
export async function getDecision(caseNumber: string): Promise<ParsedLetter> {
  const out = await request<unknown>('GET', `/decisions/${encodeURIComponent(caseNumber)}`);
  return pickLetter(out);
}

function pickLetter(out: unknown): ParsedLetter {
  let v: unknown = out;
  if (isRecord(v) && Array.isArray(v.letters)) v = v.letters;
  if (Array.isArray(v)) v = v[0];
  if (isRecord(v) && isRecord(v.letter)) v = v.letter;
  if (!isRecord(v)) throw new ApiError(500, 'unexpected-response', 'the letter could not be read');
  return v as unknown as ParsedLetter;
}

export type StatsBy = 'category' | 'guideline' | 'specialty' | 'year';

export interface StatsLine {
  key: string;
  total: number;
  upheld: number;
  overturned: number;
  overturnRate: number | null;
  ci95: { low: number; high: number } | null;
}

export interface StatsReport {
  by?: string;
  rows: StatsLine[];
  totals?: StatsLine;
}

export function stats(by: StatsBy): Promise<StatsReport> {
  return request<StatsReport>('GET', '/stats', { query: { by } });
}

export interface VolumeRow {
  period: string;
  total: number;
  upheld?: number;
  overturned?: number;
}

/** Volume over time; tolerant of the row key being `period`, `month`, `year` or `key`. */
export async function volume(): Promise<VolumeRow[]> {
  const out = await request<unknown>('GET', '/stats/volume');
  const rows: unknown[] = Array.isArray(out) ? out : isRecord(out) && Array.isArray(out.rows) ? out.rows : [];
  return rows.filter(isRecord).map((r) => {
    const period = [r.period, r.month, r.year, r.key].find((v) => typeof v === 'string' || typeof v === 'number');
    const row: VolumeRow = { period: period === undefined ? '' : String(period), total: Number(r.total ?? r.count ?? 0) };
    if (typeof r.upheld === 'number') row.upheld = r.upheld;
    if (typeof r.overturned === 'number') row.overturned = r.overturned;
    return row;
  });
}

export function chartUrl(name: string): string {
  return `${API_BASE}/stats/charts/${encodeURIComponent(name)}.svg`;
}

// ---- cases -------------------------------------------------------------------------------------------------

export type CaseEvent =
  | 'submit'
  | 'find-ineligible'
  | 'defer'
  | 'resolve-liability'
  | 'assign'
  | 'send-notice'
  | 'receive-records'
  | 'proceed-without-records'
  | 'submit-for-qa'
  | 'qa-return'
  | 'qa-approve'
  | 'appeal'
  | 'appeal-denied'
  | 'remand'
  | 'reassign'
  | 'withdraw';

export interface AllowedEvent {
  event: CaseEvent;
  to?: CaseState;
  text?: string;
  /** False when a guard blocks it now; `reasons` then say why. */
  allowed?: boolean;
  reasons?: string[];
}

export interface CaseList {
  cases: CaseRecord[];
  nextCursor: string | null;
}

export interface DeadlineView {
  kind: string;
  due: string;
  status: 'ok' | 'due-soon' | 'due-today' | 'overdue';
  owner?: string;
  basis?: string;
}

export interface QueueEntry {
  caseId: string;
  caseNumber: string;
  state: CaseState;
  priority: 'standard' | 'expedited';
  next: DeadlineView | null;
  deadlines: DeadlineView[];
  overdue: boolean;
  dueSoon: boolean;
}

/** The list in an answer: the answer itself, one of the named keys, or its only array-valued field. */
function listOf<T>(out: unknown, ...keys: string[]): T[] {
  if (Array.isArray(out)) return out as T[];
  if (!isRecord(out)) return [];
  for (const k of [...keys, 'items']) {
    const v = out[k];
    if (Array.isArray(v)) return v as T[];
  }
  const arrays = Object.values(out).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as T[]) : [];
}

const caseId = (id: string): string => `/cases/${encodeURIComponent(id)}`;

export function createCase(application: unknown): Promise<CaseRecord> {
  return request<CaseRecord>('POST', '/cases', {
    json: application,
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  }).then(unwrapCase);
}

/** Some answers wrap the record ({ case } or { record }); the views want the record itself. */
function unwrapCase(out: unknown): CaseRecord {
  if (isRecord(out)) {
    if (isRecord(out.case)) return out.case as unknown as CaseRecord;
    if (isRecord(out.record)) return out.record as unknown as CaseRecord;
  }
  return out as CaseRecord;
}

export async function listCases(query: { state?: string; cursor?: string } = {}): Promise<CaseList> {
  const out = await request<unknown>('GET', '/cases', { query });
  const nextCursor = isRecord(out) && typeof out.nextCursor === 'string' ? out.nextCursor : null;
  return { cases: listOf<CaseRecord>(out, 'cases'), nextCursor };
}

export async function getCase(id: string): Promise<CaseRecord> {
  return unwrapCase(await request<unknown>('GET', caseId(id)));
}

export async function uploadDocument(id: string, file: File, submittedBy: string): Promise<CaseRecord> {
  const out = await request<unknown>('POST', `${caseId(id)}/documents`, {
    query: { submittedBy },
    body: await file.arrayBuffer(),
    headers: {
      'Content-Type': file.type === '' ? 'text/plain' : file.type,
      'X-File-Name': encodeURIComponent(file.name),
      'X-Submitted-By': submittedBy,
    },
  });
  return unwrapCase(out);
}

export function documentUrl(id: string, sha256: string): string {
  return `${API_BASE}${caseId(id)}/documents/${sha256}`;
}

export async function allowedEvents(id: string): Promise<AllowedEvent[]> {
  const out = await request<unknown>('GET', `${caseId(id)}/events`);
  return listOf<unknown>(out, 'events').map((e) => (typeof e === 'string' ? { event: e as CaseEvent } : (e as AllowedEvent)));
}

export async function transition(id: string, event: CaseEvent, payload: object, version: number): Promise<CaseRecord> {
  return unwrapCase(await request<unknown>('POST', `${caseId(id)}/transitions`, { json: { event, payload, version } }));
}

export interface AssignmentResult {
  record: CaseRecord;
  explanation: string;
}

export async function assign(id: string, override?: { reviewerId: string; reason: string; force?: boolean }): Promise<AssignmentResult> {
  const out = await request<unknown>('POST', `${caseId(id)}/assignment`, { json: override === undefined ? {} : { override } });
  const record = unwrapCase(out);
  const explanation = isRecord(out) && typeof out.explanation === 'string' ? out.explanation : (record.assignment?.explanation ?? '');
  return { record, explanation };
}

export interface DraftView {
  determination: Determination;
  /** The case's texts the evidence offsets point into, by source ("clinicalSummary", "records[0]", ...). */
  texts: Record<string, string>;
  /** Titles of the sources, when the API gives them. */
  titles: Record<string, string>;
}

/** The engine's draft, with the texts its evidence spans point into (when the API returns them). */
export async function getDraft(id: string): Promise<DraftView> {
  const out = await request<unknown>('GET', `${caseId(id)}/draft`);
  const determination = (isRecord(out) && isRecord(out.determination) ? out.determination : out) as Determination;
  const texts: Record<string, string> = {};
  const titles: Record<string, string> = {};
  if (isRecord(out)) {
    const src = isRecord(out.texts) ? out.texts : isRecord(out.caseFile) ? out.caseFile : null;
    if (src !== null) {
      if (typeof src.clinicalSummary === 'string') texts.clinicalSummary = src.clinicalSummary;
      if (Array.isArray(src.records)) {
        src.records.forEach((r: unknown, i) => {
          if (typeof r === 'string') texts[`records[${i}]`] = r;
          else if (isRecord(r) && typeof r.text === 'string') {
            texts[`records[${i}]`] = r.text;
            if (typeof r.title === 'string') titles[`records[${i}]`] = r.title;
          }
        });
      }
      for (const [k, v] of Object.entries(src)) if (typeof v === 'string' && /^records\[\d+\]$/.test(k)) texts[k] = v;
    }
  }
  return { determination, texts, titles };
}

export async function saveReview(id: string, reviews: ItemReview[], documentsReviewedConfirmed: boolean): Promise<CaseRecord> {
  return unwrapCase(await request<unknown>('PUT', `${caseId(id)}/review`, { json: { reviews, documentsReviewedConfirmed } }));
}

export async function issue(id: string): Promise<CaseRecord> {
  return unwrapCase(await request<unknown>('POST', `${caseId(id)}/issue`, { json: {} }));
}

export function letterUrl(id: string, format: 'txt' | 'html' | 'pdf', isPublic: boolean): string {
  return withQuery(`${API_BASE}${caseId(id)}/letter`, { format, public: isPublic });
}

export async function audit(id: string): Promise<AuditEvent[]> {
  return listOf<AuditEvent>(await request<unknown>('GET', `${caseId(id)}/audit`), 'events');
}

export async function deadlines(overdue = false): Promise<QueueEntry[]> {
  return listOf<QueueEntry>(await request<unknown>('GET', '/deadlines', { query: { overdue: overdue ? 'true' : undefined } }), 'entries', 'queue', 'deadlines');
}

/** The letter as HTML text, for a sandboxed iframe's srcdoc (errors arrive as problem+json like any other). */
export function letterHtml(id: string, isPublic: boolean): Promise<string> {
  return request<string>('GET', `${caseId(id)}/letter`, {
    query: { format: 'html', public: isPublic },
    headers: { Accept: 'text/html, application/problem+json' },
  });
}

export interface ReviewerSummary {
  id: string;
  name?: string;
  specialties?: string[];
  active?: boolean;
}

export async function reviewers(): Promise<ReviewerSummary[]> {
  return listOf<ReviewerSummary>(await request<unknown>('GET', '/reviewers'), 'reviewers');
}

/**
 * The texts the draft's evidence offsets point into, rebuilt the way the engine read the case when the draft
 * answer does not carry them: the case's clinical summary (or its first document) is "clinicalSummary", the
 * other documents are "records[i]" in order. Only text documents can be rebuilt in the browser.
 */
export async function caseTexts(record: CaseRecord): Promise<{ texts: Record<string, string>; titles: Record<string, string> }> {
  const texts: Record<string, string> = {};
  const titles: Record<string, string> = {};
  const docs = record.documents;
  const fetchText = async (d: CaseDocument): Promise<string | null> => {
    if (d.mediaType !== 'text/plain') return null;
    const res = await fetch(documentUrl(record.id, d.sha256), { credentials: 'same-origin' });
    return res.ok ? await res.text() : null;
  };
  const summary = record.clinicalSummary ?? (docs[0] === undefined ? null : await fetchText(docs[0]));
  if (summary !== null) {
    texts.clinicalSummary = summary;
    if (record.clinicalSummary === undefined && docs[0] !== undefined) titles.clinicalSummary = docs[0].title ?? docs[0].fileName;
  }
  const rest = record.clinicalSummary === undefined ? docs.slice(1) : docs;
  for (const [i, d] of rest.entries()) {
    const text = await fetchText(d);
    if (text !== null) {
      texts[`records[${i}]`] = text;
      titles[`records[${i}]`] = d.title ?? d.fileName;
    }
  }
  return { texts, titles };
}
