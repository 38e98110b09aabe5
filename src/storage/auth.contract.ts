// The AuthStore contract, run for real on SQLite (sqlite/sqlite.int.test.ts) and PostgreSQL
// (postgres/postgres.int.test.ts).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenImrError } from '../core/index.ts';
import { randomUUID } from 'node:crypto';
import type { RateLimitTake, UserRecord } from './auth-store.ts';
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

    it('claims an Idempotency-Key once per user, then keeps its response', async () => {
      const a = store.auth;
      const t0 = '2026-01-01T00:00:00.000Z';
      const claim = { userId: 'u1', key: 'k1', requestHash: 'h1', claimedAt: t0, staleBefore: '2025-12-31T23:58:00.000Z' };
      expect(await a.getIdempotency('u1', 'k1')).toBeNull();
      expect(await a.claimIdempotency(claim)).toEqual({ outcome: 'claimed' });
      // While it runs: the same request, or another with the same key, finds it pending.
      expect(await a.claimIdempotency({ ...claim, claimedAt: '2026-01-01T00:00:01.000Z' })).toMatchObject({ outcome: 'pending', record: { requestHash: 'h1', status: 0 } });
      expect(await a.claimIdempotency({ ...claim, requestHash: 'h2' })).toMatchObject({ outcome: 'pending', record: { requestHash: 'h1' } });
      // Another user's key of the same name is another key.
      expect(await a.claimIdempotency({ ...claim, userId: 'u2' })).toEqual({ outcome: 'claimed' });
      const r = { userId: 'u1', key: 'k1', requestHash: 'h1', status: 201, contentType: 'application/json', body: '{"id":1}', createdAt: t0 };
      // Only the claim made at createdAt completes it, once.
      expect(await a.completeIdempotency({ ...r, createdAt: '2026-01-01T00:00:09.000Z' })).toBe(false);
      expect(await a.completeIdempotency(r)).toBe(true);
      expect(await a.completeIdempotency({ ...r, body: '{"id":2}' })).toBe(false);
      expect(await a.getIdempotency('u1', 'k1')).toEqual(r);
      expect(await a.claimIdempotency({ ...claim, claimedAt: '2026-01-01T00:05:00.000Z', staleBefore: '2026-01-01T00:03:00.000Z' })).toEqual({ outcome: 'kept', record: r });
      // A kept response is never released or taken over.
      await a.releaseIdempotency('u1', 'k1', t0);
      expect(await a.getIdempotency('u1', 'k1')).toEqual(r);
      await expect(a.completeIdempotency({ ...r, status: 0 })).rejects.toMatchObject({ code: 'invalid-argument' });
    });

    it('releases a failed claim, and lets the same request take over a stale one', async () => {
      const a = store.auth;
      const claim = { userId: 'u1', key: 'k2', requestHash: 'h1', claimedAt: '2026-01-01T00:00:00.000Z', staleBefore: '2025-12-31T23:58:00.000Z' };
      expect(await a.claimIdempotency(claim)).toEqual({ outcome: 'claimed' });
      // Release needs the claim's own time: a later claimer cannot drop it.
      await a.releaseIdempotency('u1', 'k2', '2026-01-01T00:00:05.000Z');
      expect(await a.claimIdempotency({ ...claim, claimedAt: '2026-01-01T00:00:06.000Z' })).toMatchObject({ outcome: 'pending' });
      await a.releaseIdempotency('u1', 'k2', claim.claimedAt);
      expect(await a.getIdempotency('u1', 'k2')).toBeNull();
      // The key is free again; its new claim dies with its process and goes stale.
      expect(await a.claimIdempotency({ ...claim, claimedAt: '2026-01-01T00:01:00.000Z' })).toEqual({ outcome: 'claimed' });
      const later = { ...claim, claimedAt: '2026-01-01T00:04:00.000Z', staleBefore: '2026-01-01T00:02:00.000Z' };
      // Another request may not take it over; the same one may, once.
      expect(await a.claimIdempotency({ ...later, requestHash: 'h2' })).toMatchObject({ outcome: 'pending', record: { requestHash: 'h1' } });
      expect(await a.claimIdempotency(later)).toEqual({ outcome: 'claimed' });
      expect(await a.claimIdempotency({ ...later, claimedAt: '2026-01-01T00:04:00.500Z' })).toMatchObject({ outcome: 'pending' });
      // The first claimer, back from the dead, cannot complete what it no longer holds; the new one can.
      const done = { userId: 'u1', key: 'k2', requestHash: 'h1', status: 201, contentType: 'application/json', body: '{}', createdAt: '2026-01-01T00:01:00.000Z' };
      expect(await a.completeIdempotency(done)).toBe(false);
      expect(await a.completeIdempotency({ ...done, createdAt: later.claimedAt })).toBe(true);
    });

    it('prunes the records claimed before a time, kept or pending', async () => {
      const a = store.auth;
      const claim = (key: string, claimedAt: string) => ({ userId: 'u1', key, requestHash: 'h1', claimedAt, staleBefore: '2000-01-01T00:00:00.000Z' });
      await a.claimIdempotency(claim('old-kept', '2026-01-01T00:00:00.000Z'));
      await a.completeIdempotency({ userId: 'u1', key: 'old-kept', requestHash: 'h1', status: 201, contentType: 'application/json', body: '{}', createdAt: '2026-01-01T00:00:00.000Z' });
      await a.claimIdempotency(claim('old-pending', '2026-01-01T00:00:01.000Z'));
      await a.claimIdempotency(claim('new', '2026-01-02T00:00:00.000Z'));
      expect(await a.pruneIdempotency('2026-01-02T00:00:00.000Z')).toBe(2);
      expect(await a.getIdempotency('u1', 'old-kept')).toBeNull();
      expect(await a.getIdempotency('u1', 'new')).toMatchObject({ key: 'new' });
    });

    it('lets one of many simultaneous claims of a new key win', async () => {
      const a = store.auth;
      const claims = Array.from({ length: 8 }, (_, i) => ({
        userId: 'u1',
        key: 'k3',
        requestHash: 'h1',
        claimedAt: `2026-01-01T00:00:00.00${i}Z`,
        staleBefore: '2025-12-31T23:58:00.000Z',
      }));
      const outcomes = await Promise.all(claims.map((c) => a.claimIdempotency(c)));
      expect(outcomes.filter((o) => o.outcome === 'claimed')).toHaveLength(1);
      expect(outcomes.filter((o) => o.outcome === 'pending')).toHaveLength(7);
    });

    // Rate-limit buckets and leases are shared by API processes; names are unique per test, so the suite
    // needs no emptying between tests.
    const bucket = (over: Partial<RateLimitTake> = {}): RateLimitTake => ({
      scope: 'test',
      key: randomUUID(),
      capacity: 3,
      refillPerSecond: 1,
      nowMs: 1_800_000_000_000,
      ...over,
    });

    it('takes rate-limit tokens: a full bucket, refused below one token, refilled with time, never above capacity', async () => {
      const a = store.auth;
      const b = bucket();
      const taken = [];
      for (let i = 0; i < 4; i++) taken.push(await a.takeRateLimitToken(b));
      expect(taken.map((t) => t.allowed)).toEqual([true, true, true, false]);
      expect(taken[2]?.tokens).toBeCloseTo(0, 9);
      expect(taken[3]?.tokens).toBeCloseTo(0, 9);
      // 1.5 s later: 1.5 tokens, one is taken.
      const later = await a.takeRateLimitToken({ ...b, nowMs: b.nowMs + 1500 });
      expect(later).toMatchObject({ allowed: true });
      expect(later.tokens).toBeCloseTo(0.5, 9);
      // A clock behind the stored one (another process's) adds nothing.
      expect(await a.takeRateLimitToken({ ...b, nowMs: b.nowMs })).toMatchObject({ allowed: false });
      // An hour later the bucket is full again, not fuller.
      const full = await a.takeRateLimitToken({ ...b, nowMs: b.nowMs + 3_600_000 });
      expect(full.allowed).toBe(true);
      expect(full.tokens).toBeCloseTo(2, 9);
      // Other keys and scopes have buckets of their own.
      expect((await a.takeRateLimitToken({ ...b, key: randomUUID() })).allowed).toBe(true);
      expect((await a.takeRateLimitToken({ ...b, scope: 'other', nowMs: b.nowMs + 1500 })).tokens).toBeCloseTo(2, 9);
    });

    it('gives exactly the capacity to concurrent takes of one bucket', async () => {
      const b = bucket({ capacity: 5, refillPerSecond: 0.001 });
      const results = await Promise.all(Array.from({ length: 20 }, () => store.auth.takeRateLimitToken(b)));
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
    });

    it('refuses an invalid rule or key (invalid-argument)', async () => {
      for (const over of [{ capacity: 0 }, { refillPerSecond: 0 }, { refillPerSecond: Number.NaN }, { key: '' }, { scope: '' }, { nowMs: -1 }]) {
        await expect(store.auth.takeRateLimitToken(bucket(over))).rejects.toMatchObject({ code: 'invalid-argument' });
      }
    });

    it('prunes only buckets that are full again', async () => {
      const a = store.auth;
      const t0 = 1_900_000_000_000 + Math.floor(Math.random() * 1e9);
      const slow = bucket({ nowMs: t0, refillPerSecond: 0.1 });
      const fast = bucket({ nowMs: t0, refillPerSecond: 10 });
      await a.takeRateLimitToken(slow);
      await a.takeRateLimitToken(slow);
      await a.takeRateLimitToken(fast);
      // fast is full 100 ms later, slow after 20 s.
      expect(await a.pruneRateLimits(t0 + 1000)).toBeGreaterThanOrEqual(1);
      const again = await a.takeRateLimitToken({ ...slow, nowMs: t0 + 1000 });
      expect(again.tokens).toBeCloseTo(0.1, 9);
      await a.pruneRateLimits(t0 + 30_000);
      expect((await a.takeRateLimitToken({ ...slow, nowMs: t0 + 30_000 })).tokens).toBeCloseTo(2, 9);
    });

    it('holds a lease for one holder until it expires or is released', async () => {
      const a = store.auth;
      const name = `lease-${randomUUID()}`;
      expect(await a.acquireLease(name, 'p1', 1000, 5000)).toBe(true);
      expect(await a.acquireLease(name, 'p2', 2000, 6000)).toBe(false);
      expect(await a.acquireLease(name, 'p1', 3000, 9000)).toBe(true);
      expect(await a.acquireLease(name, 'p2', 8999, 12_000)).toBe(false);
      expect(await a.acquireLease(name, 'p2', 9000, 12_000)).toBe(true);
      await a.releaseLease(name, 'p1');
      expect(await a.acquireLease(name, 'p1', 9500, 12_000)).toBe(false);
      await a.releaseLease(name, 'p2');
      expect(await a.acquireLease(name, 'p1', 9500, 12_000)).toBe(true);
      const races = await Promise.all(['a', 'b', 'c', 'd'].map((h) => a.acquireLease(`${name}-race`, h, 0, 1000)));
      expect(races.filter(Boolean)).toHaveLength(1);
    });
  });
}
