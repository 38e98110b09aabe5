// One process at a time: a named lease in the store (store.auth.acquireLease), so that API processes started
// together on one database run the first-start work (the administrator, resumed intake, demo data) once.
// The lease has an expiry, renewed while the work runs, so a process killed while holding it blocks the next
// start for one lease period at most. Times are the machine's (Date.now), never the API's injectable clock.
import { randomUUID } from 'node:crypto';
import { OpenImrError } from '../core/index.ts';
import type { Store } from '../app/index.ts';

export interface LeaseOptions {
  /** How long a lease lasts without renewal (default 30 s); renewed every third of it. */
  ttlMs?: number;
  /** How long to wait for another holder (default 10 minutes); then a conflict. */
  waitMs?: number;
  /** Between attempts (default 200 ms). */
  pollMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Runs `work` while holding the lease `name`; waits while another process holds it. */
export async function withLease<T>(auth: Store['auth'], name: string, work: () => Promise<T>, options: LeaseOptions = {}): Promise<T> {
  const ttl = options.ttlMs ?? 30_000;
  const holder = randomUUID();
  const giveUp = Date.now() + (options.waitMs ?? 600_000);
  while (!(await auth.acquireLease(name, holder, Date.now(), Date.now() + ttl))) {
    if (Date.now() >= giveUp) throw new OpenImrError('conflict', `another process holds the ${name} lease`, { reason: 'lease-held' });
    await sleep(options.pollMs ?? 200);
  }
  const state = { lost: false };
  const renew = setInterval(() => {
    auth.acquireLease(name, holder, Date.now(), Date.now() + ttl).then(
      (held) => {
        if (!held) state.lost = true;
      },
      () => undefined,
    );
  }, Math.max(10, Math.floor(ttl / 3)));
  renew.unref();
  try {
    const result = await work();
    if (state.lost) throw new OpenImrError('conflict', `the ${name} lease expired while its work ran`, { reason: 'lease-lost' });
    return result;
  } finally {
    clearInterval(renew);
    await auth.releaseLease(name, holder).catch(() => undefined);
  }
}
