// The AuthStore over the Store's Kysely instance (repository.ts builds one per Store). Plain Kysely that runs
// unchanged on SQLite and PostgreSQL; every failure becomes a storage-error (failure.ts) naming no values.
import type { Kysely, Selectable } from 'kysely';
import { OpenImrError } from '../core/index.ts';
import type {
  ApiTokenRecord,
  AuthStore,
  IdempotencyRecord,
  SessionRecord,
  UserRecord,
  UserRole,
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

  async putIdempotency(r: IdempotencyRecord): Promise<IdempotencyRecord> {
    await guarded('store idempotency key', () =>
      this.db
        .insertInto('idempotency_keys')
        .values({
          user_id: r.userId,
          key: r.key,
          request_hash: r.requestHash,
          status: r.status,
          content_type: r.contentType,
          body: r.body,
          created_at: r.createdAt,
        })
        .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
        .execute(),
    );
    const stored = await this.getIdempotency(r.userId, r.key);
    if (stored === null) throw new OpenImrError('storage-error', 'storage: an idempotency record vanished after its insert');
    return stored;
  }
}
