// The AuthStore contract, run for real on SQLite (sqlite/sqlite.int.test.ts) and PostgreSQL
// (postgres/postgres.int.test.ts).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import type { UserRecord } from './auth-store.ts';
import type { Store } from './store.ts';

export interface AuthHarness {
  /** A migrated Store over empty auth tables; called before every test. */
  fresh(): Promise<Store>;
  dispose(): Promise<void>;
}

const user = (id: string, over: Partial<UserRecord> = {}): UserRecord => ({
  id,
  username: `user-${id}`,
  passwordHash: `scrypt$hash-${id}`,
  role: 'intake',
  partyName: null,
  reviewerId: null,
  createdAt: '2026-01-02T03:04:05.000Z',
  ...over,
});

export function authContract(backend: string, makeHarness: () => Promise<AuthHarness | null>): void {
  describe(`AuthStore contract: ${backend}`, () => {
    let made: Promise<AuthHarness | null> | undefined;
    let harness: AuthHarness | null = null;
    let store: Store;

    beforeEach(async (ctx) => {
      made ??= makeHarness();
      harness = await made;
      if (harness === null) {
        ctx.skip();
        return;
      }
      store = await harness.fresh();
    });
    afterEach(async () => {
      if (harness !== null) await store.close();
    });
    afterAll(async () => {
      await (await made)?.dispose();
    });

    it('creates users, finds them by id and username, counts and lists them', async () => {
      const a = store.auth;
      expect(await a.countUsers()).toBe(0);
      await a.createUser(user('u2', { role: 'applicant', partyName: 'Jane Roe' }));
      await a.createUser(user('u1', { role: 'reviewer', reviewerId: 'rev-7' }));
      expect(await a.countUsers()).toBe(2);
      expect(await a.getUserById('u2')).toEqual(user('u2', { role: 'applicant', partyName: 'Jane Roe' }));
      expect((await a.getUserByUsername('user-u1'))?.reviewerId).toBe('rev-7');
      expect(await a.getUserByUsername('nobody')).toBeNull();
      expect((await a.listUsers()).map((u) => u.id)).toEqual(['u1', 'u2']);
    });

    it('refuses a second user with the same username or id (conflict), keeping the first', async () => {
      const a = store.auth;
      await a.createUser(user('u1'));
      const sameName = await a.createUser(user('u9', { username: 'user-u1' })).catch((e: unknown) => e);
      expect(sameName).toBeInstanceOf(OpenImrError);
      expect((sameName as OpenImrError).code).toBe('conflict');
      const sameId = await a.createUser(user('u1', { username: 'other' })).catch((e: unknown) => e);
      expect((sameId as OpenImrError).code).toBe('conflict');
      expect(await a.countUsers()).toBe(1);
    });

    it('keeps sessions until deleted or expired', async () => {
      const a = store.auth;
      await a.createUser(user('u1'));
      const s = { tokenHash: 'a'.repeat(64), userId: 'u1', csrfHash: 'c'.repeat(64), createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-01T08:00:00.000Z' };
      await a.createSession(s);
      await a.createSession({ ...s, tokenHash: 'b'.repeat(64), expiresAt: '2026-01-02T08:00:00.000Z' });
      expect(await a.getSession(s.tokenHash)).toEqual(s);
      expect(await a.deleteExpiredSessions('2026-01-01T08:00:00.000Z')).toBe(1);
      expect(await a.getSession(s.tokenHash)).toBeNull();
      await a.deleteSession('b'.repeat(64));
      expect(await a.getSession('b'.repeat(64))).toBeNull();
    });

    it('refuses a session or token for a user that does not exist', async () => {
      const a = store.auth;
      const s = { tokenHash: 'a'.repeat(64), userId: 'ghost', csrfHash: 'c'.repeat(64), createdAt: 'x', expiresAt: 'y' };
      await expect(a.createSession(s)).rejects.toMatchObject({ code: 'storage-error' });
      await expect(a.createApiToken({ tokenHash: 'd'.repeat(64), userId: 'ghost', label: 'l', createdAt: 'x', expiresAt: null })).rejects.toMatchObject({
        code: 'storage-error',
      });
    });

    it('stores API tokens by hash', async () => {
      const a = store.auth;
      await a.createUser(user('u1'));
      const t = { tokenHash: 'd'.repeat(64), userId: 'u1', label: 'ci', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: null };
      await a.createApiToken(t);
      expect(await a.getApiToken(t.tokenHash)).toEqual(t);
      expect(await a.getApiToken('e'.repeat(64))).toBeNull();
    });

    it('keeps the first response per user and Idempotency-Key', async () => {
      const a = store.auth;
      const r = { userId: 'u1', key: 'k1', requestHash: 'h1', status: 201, contentType: 'application/json', body: '{"id":1}', createdAt: '2026-01-01T00:00:00.000Z' };
      expect(await a.getIdempotency('u1', 'k1')).toBeNull();
      expect(await a.putIdempotency(r)).toEqual(r);
      expect(await a.putIdempotency({ ...r, requestHash: 'h2', body: '{"id":2}' })).toEqual(r);
      expect(await a.putIdempotency({ ...r, userId: 'u2', body: '{"id":3}' })).toMatchObject({ userId: 'u2', body: '{"id":3}' });
      expect(await a.getIdempotency('u1', 'k1')).toEqual(r);
    });
  });
}
