// The first-start lease: one holder at a time, a dead holder's lease taken over after it expires.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../app/index.ts';
import { openTestStore } from '../../test/support/test-store.ts';
import { withLease } from './lease.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

describe('withLease', () => {
  it('runs the works of concurrent holders one after another, and releases on failure', async () => {
    const events: string[] = [];
    const work = (id: string) => async (): Promise<string> => {
      events.push(`start ${id}`);
      await sleep(30);
      events.push(`end ${id}`);
      return id;
    };
    const failing = withLease(store.auth, 'test-a', () => Promise.reject(new Error('boom')), { pollMs: 5 });
    await expect(failing).rejects.toThrow('boom');
    const results = await Promise.all(['x', 'y', 'z'].map((id) => withLease(store.auth, 'test-a', work(id), { pollMs: 5 })));
    expect(results.sort()).toEqual(['x', 'y', 'z']);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]?.replace('end', 'start')).toBe(events[i]);
  });

  it('takes over a lease whose holder died once it expires, and gives up after waitMs', async () => {
    expect(await store.auth.acquireLease('test-b', 'dead', Date.now(), Date.now() + 150)).toBe(true);
    await expect(withLease(store.auth, 'test-b', () => Promise.resolve(1), { waitMs: 20, pollMs: 5 })).rejects.toMatchObject({ code: 'conflict' });
    const started = Date.now();
    expect(await withLease(store.auth, 'test-b', () => Promise.resolve(2), { pollMs: 10 })).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('keeps the lease renewed while a long work runs', async () => {
    const long = withLease(store.auth, 'test-c', () => sleep(200).then(() => 'long'), { ttlMs: 60 });
    await sleep(120);
    expect(await store.auth.acquireLease('test-c', 'intruder', Date.now(), Date.now() + 1000)).toBe(false);
    expect(await long).toBe('long');
  });
});
