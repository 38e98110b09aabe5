// The WorkflowStore over the same Kysely instance as the corpus Store (repository.ts builds one per Store).
// Every write that changes a case also appends its audit event in the same transaction. Audit appends are
// serialised: on SQLite every transaction begins IMMEDIATE (sqlite/open.ts), so one writer at a time holds
// the file; on PostgreSQL the append locks the single audit_head row (SELECT ... FOR UPDATE) and the next
// event's seq and prevHash come from it. Records are read back through core's zod schemas.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import {
  AuditEvent,
  CaseRecord,
  ChainVerifier,
  OpenImrError,
  Reviewer,
  sealEvent,
  type CaseState,
  type ChainResult,
} from '../core/index.ts';
import { guarded } from './failure.ts';
import type { AuditEventsTable, CasesTable, Database } from './schema.ts';
import {
  FINAL_CASE_STATES,
  type AuditEventInput,
  type AuditQuery,
  type CaseKeyQuery,
  type CaseKeys,
  type CaseListQuery,
  type CasePage,
  type CaseWrite,
  type WorkflowStore,
} from './workflow-store.ts';

const MAX_CASE_PAGE = 500;
const MAX_AUDIT_PAGE = 1000;
const VERIFY_PAGE = 1000;
const MAX_CASE_SEQUENCE = 9_999_999;
const SHA256 = /^[0-9a-f]{64}$/;

// PostgreSQL cannot hold NUL in text; SQLite can. So that the same input behaves the same on both, a key
// with NUL finds nothing (nothing stored can contain one) and a column value with NUL is refused. Inside
// the JSON of a record NUL is written as the escape \u0000 and is fine on both.
const hasNul = (s: string | null | undefined): boolean => s?.includes('\u0000') === true;
const Column = z.string().refine((s) => !hasNul(s), 'contains a NUL character');

function refuseNul(what: string, columns: Record<string, string | number | null | undefined>): void {
  for (const [field, v] of Object.entries(columns)) {
    if (typeof v === 'string' && hasNul(v)) throw new OpenImrError('invalid-input', `${what}: ${field} contains a NUL character`, { field });
  }
}

const EventInput = z.object({
  at: Column.min(1),
  caseId: Column.nullable().optional(),
  actor: Column,
  type: Column,
  data: z.record(z.string(), z.unknown()),
});

/** Parses with zod; failures name the field, never the value (records are medical and personal). */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new OpenImrError('invalid-input', `${what}: ${field === '' ? 'invalid' : `invalid ${field}`}`, { field });
}

function checkEvent(e: AuditEventInput): AuditEventInput {
  const parsed = checked(EventInput, e, 'audit event');
  try {
    JSON.stringify(parsed.data);
  } catch (err) {
    throw new OpenImrError('invalid-input', 'audit event: data is not JSON', { field: 'data', cause: err });
  }
  return parsed as AuditEventInput;
}

function stored<T>(schema: z.ZodType<T>, json: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new OpenImrError('storage-error', `storage: a stored ${what} is not JSON`, { cause: err });
  }
  const r = schema.safeParse(value);
  if (!r.success) throw new OpenImrError('storage-error', `storage: a stored ${what} does not match the current schema`);
  return r.data;
}

function caseColumns(r: CaseRecord): Omit<CasesTable, 'id' | 'created_at' | 'consolidation_key' | 'duplicate_key'> {
  refuseNul('case', { id: r.id, caseNumber: r.caseNumber, createdAt: r.createdAt, updatedAt: r.updatedAt, reviewerId: r.assignment?.reviewerId, claimsAdministrator: r.application.claimsAdministrator.name });
  return {
    case_number: r.caseNumber,
    state: r.state,
    reviewer_id: r.assignment?.reviewerId ?? null,
    claims_administrator: r.application.claimsAdministrator.name,
    version: r.version,
    updated_at: r.updatedAt,
    record: JSON.stringify(r),
  };
}

function toEvent(row: AuditEventsTable): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    caseId: row.case_id,
    actor: row.actor,
    type: row.type,
    data: stored(z.record(z.string(), z.unknown()), row.data, 'audit event'),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function checkSha(sha256: string): void {
  if (!SHA256.test(sha256)) throw new OpenImrError('invalid-argument', 'sha256 must be 64 lowercase hex digits', { field: 'sha256' });
}

function checkLimit(limit: number, max: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new OpenImrError('invalid-argument', `limit must be an integer from 1 to ${max}`, { field: 'limit' });
}

const CURSOR_PREFIX = 'c1:';

function encodeCursor(caseNumber: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${caseNumber}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const caseNumber = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  if (!/^CM\d{2}-\d{7}$/.test(caseNumber)) throw new OpenImrError('invalid-argument', 'cursor is not one this store returned', { field: 'cursor' });
  return caseNumber;
}

export class KyselyWorkflowStore implements WorkflowStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly backend: 'sqlite' | 'postgres',
  ) {}

  async nextCaseNumber(year: number): Promise<string> {
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new OpenImrError('invalid-argument', 'year must be from 2000 to 2099', { field: 'year' });
    // One statement: the upsert is atomic on both backends, so concurrent callers never share a number.
    const row = await guarded('allocate case number', () =>
      this.db
        .insertInto('case_counters')
        .values({ year, last: 1 })
        .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('case_counters.last', '+', 1) })))
        .returning('last')
        .executeTakeFirstOrThrow(),
    );
    const n = row.last;
    if (n > MAX_CASE_SEQUENCE) throw new OpenImrError('resource-limit', `case numbers for ${year} are exhausted`, { field: 'year' });
    return `CM${String(year % 100).padStart(2, '0')}-${String(n).padStart(7, '0')}`;
  }

  async createCase(record: CaseRecord, event: AuditEventInput, keys: CaseKeys = {}): Promise<CaseWrite> {
    const r = checked(CaseRecord, record, 'case');
    const e = this.caseEvent(event, r.id);
    refuseNul('case keys', { ...keys });
    return guarded('create case', () =>
      this.db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('cases')
          .values({ id: r.id, created_at: r.createdAt, consolidation_key: keys.consolidationKey ?? null, duplicate_key: keys.duplicateKey ?? null, ...caseColumns(r) })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted === undefined) throw new OpenImrError('conflict', 'a case with this id or case number already exists', { field: 'id' });
        return { record: r, event: await this.append(trx, e) };
      }),
    );
  }

  async getCase(id: string): Promise<CaseRecord | null> {
    if (hasNul(id)) return null;
    const row = await guarded('read case', () => this.db.selectFrom('cases').select('record').where('id', '=', id).executeTakeFirst());
    return row === undefined ? null : stored(CaseRecord, row.record, 'case');
  }

  async getCaseByNumber(caseNumber: string): Promise<CaseRecord | null> {
    if (hasNul(caseNumber)) return null;
    const row = await guarded('read case', () => this.db.selectFrom('cases').select('record').where('case_number', '=', caseNumber).executeTakeFirst());
    return row === undefined ? null : stored(CaseRecord, row.record, 'case');
  }

  async listCases(query: CaseListQuery): Promise<CasePage> {
    checkLimit(query.limit, MAX_CASE_PAGE);
    const after = query.cursor === undefined || query.cursor === null ? null : decodeCursor(query.cursor);
    if (query.states !== undefined && query.states.length === 0) return { cases: [], nextCursor: null };
    const rows = await guarded('list cases', () => {
      let q = this.db.selectFrom('cases').select(['case_number', 'record']);
      if (query.states !== undefined) q = q.where('state', 'in', query.states);
      if (query.reviewerId !== undefined) q = q.where('reviewer_id', '=', query.reviewerId);
      if (query.claimsAdministrator !== undefined) q = q.where('claims_administrator', '=', query.claimsAdministrator);
      if (after !== null) q = q.where('case_number', '>', after);
      return q.orderBy('case_number').limit(query.limit + 1).execute();
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      cases: page.map((row) => stored(CaseRecord, row.record, 'case')),
      nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor(last.case_number) : null,
    };
  }

  async findByKey(key: CaseKeyQuery): Promise<CaseRecord[]> {
    const [column, value] = 'consolidationKey' in key ? (['consolidation_key', key.consolidationKey] as const) : (['duplicate_key', key.duplicateKey] as const);
    if (hasNul(value)) return [];
    const rows = await guarded('find cases', () => this.db.selectFrom('cases').select('record').where(column, '=', value).orderBy('case_number').execute());
    return rows.map((row) => stored(CaseRecord, row.record, 'case'));
  }

  async updateCase(next: CaseRecord, expectedVersion: number, event: AuditEventInput, keys: CaseKeys = {}): Promise<CaseWrite> {
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) throw new OpenImrError('invalid-argument', 'expectedVersion must be a non-negative integer', { field: 'expectedVersion' });
    const r: CaseRecord = { ...checked(CaseRecord, next, 'case'), version: expectedVersion + 1 };
    const e = this.caseEvent(event, r.id);
    refuseNul('case keys', { ...keys });
    return guarded('update case', () =>
      this.db.transaction().execute(async (trx) => {
        const keyColumns = {
          ...(keys.consolidationKey !== undefined ? { consolidation_key: keys.consolidationKey } : {}),
          ...(keys.duplicateKey !== undefined ? { duplicate_key: keys.duplicateKey } : {}),
        };
        const result = await trx
          .updateTable('cases')
          .set({ ...caseColumns(r), ...keyColumns })
          .where('id', '=', r.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          const exists = await trx.selectFrom('cases').select('version').where('id', '=', r.id).executeTakeFirst();
          if (exists === undefined) throw new OpenImrError('not-found', 'no case with this id', { field: 'id' });
          throw new OpenImrError('conflict', 'the case changed since it was read (version mismatch)', { field: 'version' });
        }
        return { record: r, event: await this.append(trx, e) };
      }),
    );
  }

  async appendAudit(event: AuditEventInput): Promise<AuditEvent> {
    const e = checkEvent(event);
    return guarded('append audit event', () => this.db.transaction().execute((trx) => this.append(trx, e)));
  }

  async listAudit(query: AuditQuery): Promise<AuditEvent[]> {
    checkLimit(query.limit, MAX_AUDIT_PAGE);
    if (hasNul(query.caseId)) return [];
    const rows = await guarded('list audit events', () => {
      let q = this.db.selectFrom('audit_events').selectAll();
      if (query.caseId !== undefined) q = q.where('case_id', '=', query.caseId);
      if (query.afterSeq !== undefined) q = q.where('seq', '>', query.afterSeq);
      return q.orderBy('seq').limit(query.limit).execute();
    });
    return rows.map(toEvent);
  }

  async verifyAudit(): Promise<ChainResult> {
    const head = await guarded('read audit head', () => this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow());
    const headSeq = head.seq;
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const from = after;
      const rows = await guarded('read audit events', () =>
        this.db.selectFrom('audit_events').selectAll().where('seq', '>', from).where('seq', '<=', headSeq).orderBy('seq').limit(VERIFY_PAGE).execute(),
      );
      for (const row of rows) {
        let event: AuditEvent;
        try {
          event = AuditEvent.parse(toEvent(row));
        } catch {
          return { ok: false, brokenAt: row.seq, reason: 'the stored event is not readable' };
        }
        if (!verifier.push(event)) return verifier.result();
      }
      const last = rows.at(-1);
      if (rows.length < VERIFY_PAGE || last === undefined) break;
      after = last.seq;
    }
    const result = verifier.result();
    if (!result.ok) return result;
    if (verifier.head.seq !== headSeq) return { ok: false, brokenAt: verifier.head.seq + 1, reason: 'the log ends before its recorded head' };
    if (result.head !== head.hash) return { ok: false, brokenAt: headSeq, reason: 'the last event does not match the recorded head' };
    return result;
  }

  async putBlob(bytes: Uint8Array): Promise<string> {
    if (!(bytes instanceof Uint8Array)) throw new OpenImrError('invalid-argument', 'blob must be bytes', { field: 'bytes' });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await guarded('store blob', () =>
      this.db
        .insertInto('blobs')
        .values({ sha256, size: bytes.byteLength, bytes: buffer, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute(),
    );
    return sha256;
  }

  async getBlob(sha256: string): Promise<Uint8Array | null> {
    checkSha(sha256);
    const row = await guarded('read blob', () => this.db.selectFrom('blobs').select('bytes').where('sha256', '=', sha256).executeTakeFirst());
    return row === undefined ? null : new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  }

  async putBlobText(sha256: string, text: string): Promise<void> {
    checkSha(sha256);
    if (typeof text !== 'string') throw new OpenImrError('invalid-argument', 'text must be a string', { field: 'text' });
    await guarded('store blob text', () =>
      this.db.transaction().execute(async (trx) => {
        const blob = await trx.selectFrom('blobs').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
        if (blob === undefined) throw new OpenImrError('not-found', 'no blob with this hash', { field: 'sha256' });
        await trx
          .insertInto('blob_texts')
          .values({ sha256, text })
          .onConflict((oc) => oc.column('sha256').doUpdateSet({ text }))
          .execute();
      }),
    );
  }

  async getBlobText(sha256: string): Promise<string | null> {
    checkSha(sha256);
    const row = await guarded('read blob text', () => this.db.selectFrom('blob_texts').select('text').where('sha256', '=', sha256).executeTakeFirst());
    return row?.text ?? null;
  }

  async putReviewer(reviewer: Reviewer): Promise<void> {
    const r = checked(Reviewer, reviewer, 'reviewer');
    refuseNul('reviewer', { id: r.id });
    const values = { active: r.active ? 1 : 0, record: JSON.stringify(r) };
    await guarded('store reviewer', () =>
      this.db
        .insertInto('reviewers')
        .values({ id: r.id, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute(),
    );
  }

  async getReviewer(id: string): Promise<Reviewer | null> {
    if (hasNul(id)) return null;
    const row = await guarded('read reviewer', () => this.db.selectFrom('reviewers').select('record').where('id', '=', id).executeTakeFirst());
    return row === undefined ? null : stored(Reviewer, row.record, 'reviewer');
  }

  async listReviewers(query: { active?: boolean } = {}): Promise<Reviewer[]> {
    const rows = await guarded('list reviewers', () => {
      let q = this.db.selectFrom('reviewers').select('record');
      if (query.active !== undefined) q = q.where('active', '=', query.active ? 1 : 0);
      return q.orderBy('id').execute();
    });
    return rows.map((row) => stored(Reviewer, row.record, 'reviewer'));
  }

  async openCaseCounts(finalStates: readonly CaseState[] = FINAL_CASE_STATES): Promise<Map<string, number>> {
    const rows = await guarded('count open cases', () => {
      let q = this.db
        .selectFrom('cases')
        .select((eb) => ['reviewer_id', eb.fn.countAll<number>().as('open')])
        .where('reviewer_id', 'is not', null);
      if (finalStates.length > 0) q = q.where('state', 'not in', finalStates);
      return q.groupBy('reviewer_id').execute();
    });
    const counts = new Map<string, number>();
    for (const row of rows) if (row.reviewer_id !== null) counts.set(row.reviewer_id, row.open);
    return counts;
  }

  private caseEvent(event: AuditEventInput, caseId: string): AuditEventInput & { caseId: string } {
    const e = checkEvent(event);
    if (e.caseId !== undefined && e.caseId !== caseId) throw new OpenImrError('invalid-argument', "the event's caseId is not the case's id", { field: 'caseId' });
    return { ...e, caseId };
  }

  /** Seals the event onto the chain head and moves the head, inside the caller's transaction. */
  private async append(trx: Transaction<Database>, e: AuditEventInput): Promise<AuditEvent> {
    const head = await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .$if(this.backend === 'postgres', (q) => q.forUpdate())
      .executeTakeFirstOrThrow();
    const event = sealEvent(head.hash, { seq: head.seq + 1, at: e.at, caseId: e.caseId ?? null, actor: e.actor, type: e.type, data: e.data });
    await trx
      .insertInto('audit_events')
      .values({ seq: event.seq, at: event.at, case_id: event.caseId, actor: event.actor, type: event.type, data: JSON.stringify(event.data), prev_hash: event.prevHash, hash: event.hash })
      .execute();
    await trx.updateTable('audit_head').set({ seq: event.seq, hash: event.hash }).where('id', '=', 1).execute();
    return event;
  }
}
