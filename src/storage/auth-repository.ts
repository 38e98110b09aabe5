// The AuthStore over the Store's Kysely instance (repository.ts builds one per Store). Plain Kysely that runs
// unchanged on SQLite and PostgreSQL; every failure becomes a storage-error (failure.ts) naming no values.
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import { OpenImrError } from '../core/index.ts';
import {
  IDEMPOTENCY_PENDING,
  type ApiTokenRecord,
  type AuthStore,
  type IdempotencyClaim,
  type IdempotencyClaimResult,
  type IdempotencyRecord,
  type RateLimitResult,
  type RateLimitTake,
  type SessionRecord,
  type UserRecord,
  type UserRole,
} from './auth-store.ts';
import { guarded } from './failure.ts';
import type { Database, UsersTable } from './schema.ts';

const ROLES: readonly UserRole[] = ['applicant', 'claims-administrator', 'intake', 'reviewer', 'qa', 'admin'];

function roleOf(value: string): UserRole {
  const role = ROLES.find((r) => r === value);
  if (role === undefined) throw new OpenImrError('storage-error', 'storage: a stored user has an unknown role');
  return role;
}

function userOf(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    passwordHash: row.password_hash,
    role: roleOf(row.role),
    partyName: row.party_name,
    reviewerId: row.reviewer_id,
    createdAt: row.created_at,
  };
}

function checkTake(t: RateLimitTake): void {
  const bad = (field: string): OpenImrError => new OpenImrError('invalid-argument', `rate limit: invalid ${field}`, { field });
  if (!Number.isFinite(t.capacity) || t.capacity < 1) throw bad('capacity');
  if (!Number.isFinite(t.refillPerSecond) || t.refillPerSecond <= 0) throw bad('refillPerSecond');
  if (!Number.isSafeInteger(Math.floor(t.nowMs)) || t.nowMs < 0) throw bad('nowMs');
  if (t.scope === '' || t.scope.length > 64) throw bad('scope');
  if (t.key === '' || t.key.length > 200) throw bad('key');
}

/**
 * The SET expressions of a take, over the stored row as it was (both backends evaluate every SET expression
 * against the old row). Only CASE and CAST, which read the same on SQLite and PostgreSQL (no least/greatest).
 */
function takeExpressions(t: RateLimitTake): { tokens: RawBuilder<number>; allowed: RawBuilder<number>; updated: RawBuilder<number>; full: RawBuilder<number> } {
  const now = sql`cast(${Math.floor(t.nowMs)} as bigint)`;
  const cap = sql`cast(${t.capacity} as double precision)`;
  const perMs = sql`cast(${t.refillPerSecond / 1000} as double precision)`;
  const elapsed = sql`(case when ${now} > rate_limits.updated_ms then ${now} - rate_limits.updated_ms else 0 end)`;
  const raw = sql`(rate_limits.tokens + ${elapsed} * ${perMs})`;
  const refilled = sql`(case when ${raw} > ${cap} then ${cap} else ${raw} end)`;
  const tokens = sql<number>`(case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end)`;
  return {
    tokens,
    allowed: sql<number>`(case when ${refilled} >= 1 then 1 else 0 end)`,
    updated: sql<number>`(case when ${now} > rate_limits.updated_ms then ${now} else rate_limits.updated_ms end)`,
    // One millisecond late at most (the cast truncates): a row is never pruned before its bucket is full.
    full: sql<number>`(${now} + cast((${cap} - ${tokens}) / ${perMs} as bigint) + 1)`,
  };
}

export class KyselyAuthStore implements AuthStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createUser(user: UserRecord): Promise<void> {
    if (!ROLES.includes(user.role)) throw new OpenImrError('invalid-input', 'user: unknown role', { field: 'role' });
    if (user.username === '' || user.id === '') throw new OpenImrError('invalid-input', 'user: empty id or username', { field: 'username' });
    const result = await guarded('create user', () =>
      this.db
        .insertInto('users')
        .values({
          id: user.id,
          username: user.username,
          password_hash: user.passwordHash,
          role: user.role,
          party_name: user.partyName,
          reviewer_id: user.reviewerId,
          created_at: user.createdAt,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst(),
    );
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) {
      throw new OpenImrError('conflict', 'a user with that id or username exists', { field: 'username' });
    }
  }

  async getUserById(id: string): Promise<UserRecord | null> {
    const row = await guarded('read user', () => this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst());
    return row === undefined ? null : userOf(row);
  }

  async getUserByUsername(username: string): Promise<UserRecord | null> {
    const row = await guarded('read user', () => this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst());
    return row === undefined ? null : userOf(row);
  }

  async countUsers(): Promise<number> {
    const row = await guarded('count users', () =>
      this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    );
    return row.n;
  }

  async listUsers(): Promise<UserRecord[]> {
    const rows = await guarded('list users', () => this.db.selectFrom('users').selectAll().orderBy('username').execute());
    return rows.map(userOf);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await guarded('create session', () =>
      this.db
        .insertInto('sessions')
        .values({ token_hash: s.tokenHash, user_id: s.userId, csrf_hash: s.csrfHash, created_at: s.createdAt, expires_at: s.expiresAt })
        .execute(),
    );
  }

  async getSession(tokenHash: string): Promise<SessionRecord | null> {
    const row = await guarded('read session', () =>
      this.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
    );
    return row === undefined
      ? null
      : { tokenHash: row.token_hash, userId: row.user_id, csrfHash: row.csrf_hash, createdAt: row.created_at, expiresAt: row.expires_at };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await guarded('delete session', () => this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute());
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const result = await guarded('delete expired sessions', () =>
      this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst(),
    );
    return Number(result.numDeletedRows);
  }

  async createApiToken(t: ApiTokenRecord): Promise<void> {
    await guarded('create API token', () =>
      this.db
        .insertInto('api_tokens')
        .values({ token_hash: t.tokenHash, user_id: t.userId, label: t.label, created_at: t.createdAt, expires_at: t.expiresAt })
        .execute(),
    );
  }

  async getApiToken(tokenHash: string): Promise<ApiTokenRecord | null> {
    const row = await guarded('read API token', () =>
      this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
    );
    return row === undefined
      ? null
      : { tokenHash: row.token_hash, userId: row.user_id, label: row.label, createdAt: row.created_at, expiresAt: row.expires_at };
  }

  async getIdempotency(userId: string, key: string): Promise<IdempotencyRecord | null> {
    const row = await guarded('read idempotency key', () =>
      this.db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst(),
    );
    return row === undefined
      ? null
      : {
          userId: row.user_id,
          key: row.key,
          requestHash: row.request_hash,
          status: row.status,
          contentType: row.content_type,
          body: row.body,
          createdAt: row.created_at,
        };
  }

  async claimIdempotency(c: IdempotencyClaim): Promise<IdempotencyClaimResult> {
    // A claim released between the insert and the read (its request failed) is tried again, a few times.
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.claimOnce(c);
      if (found !== null) return found;
    }
    throw new OpenImrError('conflict', 'this Idempotency-Key is being claimed and released by other requests; retry');
  }

  private async claimOnce(c: IdempotencyClaim): Promise<IdempotencyClaimResult | null> {
    const inserted = await guarded('claim idempotency key', () =>
      this.db
        .insertInto('idempotency_keys')
        .values({
          user_id: c.userId,
          key: c.key,
          request_hash: c.requestHash,
          status: IDEMPOTENCY_PENDING,
          content_type: '',
          body: '',
          created_at: c.claimedAt,
        })
        .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst(),
    );
    if (inserted !== undefined) return { outcome: 'claimed' };
    // A pending claim whose request died (its process was killed): the same request takes it over, once.
    const takenOver = await guarded('take over an idempotency claim', () =>
      this.db
        .updateTable('idempotency_keys')
        .set({ created_at: c.claimedAt })
        .where('user_id', '=', c.userId)
        .where('key', '=', c.key)
        .where('status', '=', IDEMPOTENCY_PENDING)
        .where('request_hash', '=', c.requestHash)
        .where('created_at', '<', c.staleBefore)
        .executeTakeFirst(),
    );
    if (takenOver.numUpdatedRows > 0n) return { outcome: 'claimed' };
    const record = await this.getIdempotency(c.userId, c.key);
    if (record === null) return null;
    return record.status === IDEMPOTENCY_PENDING ? { outcome: 'pending', record } : { outcome: 'kept', record };
  }

  async completeIdempotency(r: IdempotencyRecord): Promise<boolean> {
    if (r.status === IDEMPOTENCY_PENDING) throw new OpenImrError('invalid-argument', 'a completed idempotency record needs a response status');
    const result = await guarded('store idempotency response', () =>
      this.db
        .updateTable('idempotency_keys')
        .set({ status: r.status, content_type: r.contentType, body: r.body })
        .where('user_id', '=', r.userId)
        .where('key', '=', r.key)
        .where('request_hash', '=', r.requestHash)
        .where('status', '=', IDEMPOTENCY_PENDING)
        .where('created_at', '=', r.createdAt)
        .executeTakeFirst(),
    );
    return result.numUpdatedRows > 0n;
  }

  async releaseIdempotency(userId: string, key: string, claimedAt: string): Promise<void> {
    await guarded('release idempotency key', () =>
      this.db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .where('status', '=', IDEMPOTENCY_PENDING)
        .where('created_at', '=', claimedAt)
        .execute(),
    );
  }

  async pruneIdempotency(before: string): Promise<number> {
    const result = await guarded('prune idempotency keys', () =>
      this.db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst(),
    );
    return Number(result.numDeletedRows);
  }

  async takeRateLimitToken(t: RateLimitTake): Promise<RateLimitResult> {
    checkTake(t);
    const now = Math.floor(t.nowMs);
    const e = takeExpressions(t);
    // A new bucket starts full and gives its first token at once.
    const firstFull = now + Math.ceil(1000 / t.refillPerSecond);
    const row = await guarded('take a rate-limit token', () =>
      this.db
        .insertInto('rate_limits')
        .values({ scope: t.scope, key: t.key, tokens: t.capacity - 1, updated_ms: now, full_ms: firstFull, allowed: 1 })
        .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ tokens: e.tokens, allowed: e.allowed, updated_ms: e.updated, full_ms: e.full }))
        .returning(['tokens', 'allowed'])
        .executeTakeFirstOrThrow(),
    );
    return { allowed: row.allowed === 1, tokens: row.tokens };
  }

  async pruneRateLimits(nowMs: number): Promise<number> {
    const result = await guarded('prune rate limits', () =>
      this.db.deleteFrom('rate_limits').where('full_ms', '<=', Math.floor(nowMs)).executeTakeFirst(),
    );
    return Number(result.numDeletedRows);
  }

  async acquireLease(name: string, holder: string, nowMs: number, untilMs: number): Promise<boolean> {
    if (name === '' || holder === '') throw new OpenImrError('invalid-argument', 'lease: empty name or holder', { field: 'name' });
    const row = await guarded('acquire lease', () =>
      this.db
        .insertInto('leases')
        .values({ name, holder, expires_ms: Math.floor(untilMs) })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ holder, expires_ms: Math.floor(untilMs) })
            .where((eb) => eb.or([eb('leases.expires_ms', '<=', Math.floor(nowMs)), eb('leases.holder', '=', holder)])),
        )
        .returning('holder')
        .executeTakeFirst(),
    );
    return row?.holder === holder;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await guarded('release lease', () => this.db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute());
  }
}
