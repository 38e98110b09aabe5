// Rate limits shared through the store: two apps over one store stand for two API processes on one database
// (test/multiprocess runs real processes on PostgreSQL). Also the in-memory bucket and the proxy address rule.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../app/index.ts';
import { openTestStore } from '../../test/support/test-store.ts';
import { createApi, type ApiApp } from './app.ts';
import { hashPassword } from './crypto.ts';
import { TestClock } from './fixtures.ts';
import { MemoryLimiter, publicLimiterPlace, StoreLimiter, waitSeconds } from './limits.ts';
import { DEFAULT_CONFIG, type ApiConfig } from './types.ts';

let store: Store;
const clock = new TestClock();
const PASSWORD = 'a password for the limit tests';

beforeAll(async () => {
  store = await openTestStore();
  await store.auth.createUser({ id: 'U-alice', username: 'alice', passwordHash: await hashPassword(PASSWORD), role: 'qa', partyName: null, reviewerId: null, createdAt: clock.now().toISOString() });
});
afterAll(async () => {
  await store.close();
});

const app = (over: Partial<ApiConfig> = {}): ApiApp => createApi({ store, clock, config: { ...DEFAULT_CONFIG, ...over } });
const signIn = (a: ApiApp, username: string, password: string, headers: Record<string, string> = {}): Promise<Response> =>
  Promise.resolve(a.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) }));

describe('MemoryLimiter', () => {
  it('gives the capacity at once, then one token per refill period, and a clock going back adds nothing', async () => {
    const l = new MemoryLimiter({ capacity: 2, refillPerSecond: 0.5 });
    const t = 1_000_000;
    expect([await l.take('k', t), await l.take('k', t), await l.take('k', t)]).toEqual([0, 0, 2]);
    expect(await l.take('other', t)).toBe(0);
    expect(await l.take('k', t - 60_000)).toBe(2);
    expect(await l.take('k', t + 2000)).toBe(0);
  });

  it('says at least one second in Retry-After', () => {
    expect(waitSeconds(0.99, 20)).toBe(1);
    expect(waitSeconds(0, 1 / 30)).toBe(30);
  });
});

describe('limits shared through the store (two apps = two processes)', () => {
  it('counts sign-in attempts per username across processes: alternating attempts are refused after the capacity', async () => {
    const rule = { capacity: 4, refillPerSecond: 1 / 30 };
    const one = app({ loginRateLimit: rule, rateLimit: null });
    const two = app({ loginRateLimit: rule, rateLimit: null });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(i % 2 === 0 ? one : two, 'Alice', `guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const refused = await signIn(one, 'alice', PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    clock.advance(31_000);
    expect((await signIn(two, 'alice', PASSWORD)).status).toBe(200);
    expect((await signIn(one, 'alice', PASSWORD)).status).toBe(429);
  });

  it('shares the per-address bucket of public routes when configured for the store, not in memory', async () => {
    const rule = { capacity: 3, refillPerSecond: 0.01 };
    const run = async (where: ApiConfig['rateLimitStore']): Promise<number[]> => {
      const one = app({ rateLimit: rule, rateLimitStore: where });
      const two = app({ rateLimit: rule, rateLimitStore: where });
      const out: number[] = [];
      for (let i = 0; i < 6; i++) out.push((await (i % 2 === 0 ? one : two).request('/api/v1/health')).status);
      clock.advance(3_600_000);
      return out;
    };
    expect(await run('store')).toEqual([200, 200, 200, 429, 429, 429]);
    expect(await run('memory')).toEqual([200, 200, 200, 200, 200, 200]);
    // auto: memory on SQLite (one process), the store on PostgreSQL.
    expect(await run('auto')).toEqual(store.backend === 'postgres' ? [200, 200, 200, 429, 429, 429] : [200, 200, 200, 200, 200, 200]);
    expect(publicLimiterPlace({ rateLimitStore: 'auto' }, 'postgres')).toBe('store');
    expect(publicLimiterPlace({ rateLimitStore: 'auto' }, 'sqlite')).toBe('memory');
    expect(publicLimiterPlace({ rateLimitStore: 'memory' }, 'postgres')).toBe('memory');
  });

  it('behind a trusted proxy takes the last X-Forwarded-For hop, so a client cannot pick its own bucket', async () => {
    const a = app({ rateLimit: { capacity: 2, refillPerSecond: 0.01 }, trustProxy: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await a.request('/api/v1/health', { headers: { 'x-forwarded-for': `10.9.9.${i}, 192.0.2.7` } })).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await a.request('/api/v1/health', { headers: { 'x-forwarded-for': '192.0.2.8' } })).status).toBe(200);
    clock.advance(3_600_000);
  });

  it('behind two trusted proxies takes the hop the outer one appended', async () => {
    const a = app({ rateLimit: { capacity: 1, refillPerSecond: 0.01 }, trustProxy: 2 });
    // client-chosen, client (appended by the outer proxy), outer proxy (appended by the inner one)
    const via = (claimed: string, client: string): Promise<Response> =>
      Promise.resolve(a.request('/api/v1/health', { headers: { 'x-forwarded-for': `${claimed}, ${client}, 10.0.0.5` } }));
    expect((await via('1.1.1.1', '198.51.100.1')).status).toBe(200);
    // Another address claimed by the same client: the same bucket.
    expect((await via('2.2.2.2', '198.51.100.1')).status).toBe(429);
    // Another client behind the same proxies: its own bucket.
    expect((await via('1.1.1.1', '198.51.100.2')).status).toBe(200);
    // Fewer hops than proxies (a request that bypassed one): its first hop.
    expect((await a.request('/api/v1/health', { headers: { 'x-forwarded-for': '198.51.100.3' } })).status).toBe(200);
    expect((await a.request('/api/v1/health', { headers: { 'x-forwarded-for': '198.51.100.3' } })).status).toBe(429);
    clock.advance(3_600_000);
  });

  it('stores keys hashed (no username or address in the table) and prunes full buckets at most once a minute', async () => {
    const prune = vi.spyOn(store.auth, 'pruneRateLimits');
    const take = vi.spyOn(store.auth, 'takeRateLimitToken');
    try {
      const l = new StoreLimiter(store.auth, 'test', { capacity: 1, refillPerSecond: 1 });
      const t = clock.ms;
      expect(await l.take('bob', t)).toBe(0);
      expect(await l.take('bob', t + 10)).toBe(1);
      expect(await l.take('bob', t + 30_000)).toBe(0);
      expect(await l.take('bob', t + 61_000)).toBe(0);
      expect(prune.mock.calls.map((c) => c[0])).toEqual([t, t + 61_000]);
      const keys = take.mock.calls.map((c) => c[0].key);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      prune.mockRestore();
      take.mockRestore();
    }
  });
});
