// A worker process: graphile-worker's pool running our tasks, plus crash recovery. graphile-worker leaves a
// job locked by a worker that died (SIGKILL, power loss) for 4 hours. Here every worker id is held as a
// PostgreSQL session advisory lock on a connection of its own process; the server drops the lock the moment
// that process's connection closes. A reaper in every worker process looks for jobs locked longer than
// `staleAfterMs` by a worker whose lock is free (so its process is gone) and unlocks them for a retry.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { run, type Runner, type WorkerEvents, type WorkerUtils } from 'graphile-worker';
import { openStoreAt } from '../app/index.ts';
import { LOCK_NAMESPACE, openPool, prepareQueue, workerLockKey } from './db.ts';
import { quietLogger } from './log.ts';
import { makeTaskList, type TaskHooks } from './tasks.ts';

export interface WorkerOptions {
  /** Jobs run at once in this process. */
  concurrency?: number;
  /** Milliseconds between polls for jobs that became due (retries); new jobs arrive by LISTEN/NOTIFY. */
  pollIntervalMs?: number;
  /** A lock older than this, held by a worker whose process is gone, is released for a retry. */
  staleAfterMs?: number;
  /** How often this process looks for such locks. */
  reapEveryMs?: number;
  hooks?: TaskHooks;
  /** Called with how many dead workers' jobs were unlocked (for logs and tests). */
  onReap?: (workers: number) => void;
}

export interface WorkerHandle {
  /** Resolves when the worker has stopped; rejects on a fatal error (e.g. the lock connection was lost). */
  promise: Promise<void>;
  /** Finishes running jobs, then stops. */
  stop(): Promise<void>;
}

/** Unlocks the jobs of workers whose process is gone. Returns how many such workers were found. */
export async function reapDeadWorkers(pool: pg.Pool, utils: WorkerUtils, staleAfterMs: number): Promise<number> {
  const r = await pool.query<{ locked_by: string }>(
    `select distinct locked_by from graphile_worker.jobs
     where locked_at is not null and locked_by is not null and locked_at < now() - make_interval(secs => $1::float8 / 1000)`,
    [staleAfterMs],
  );
  if (r.rows.length === 0) return 0;
  const dead: string[] = [];
  const client = await pool.connect();
  try {
    for (const { locked_by: id } of r.rows) {
      const got = await client.query<{ free: boolean }>('select pg_try_advisory_lock($1, $2) as free', [LOCK_NAMESPACE, workerLockKey(id)]);
      if (got.rows[0]?.free === true) {
        await client.query('select pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, workerLockKey(id)]);
        dead.push(id);
      }
    }
  } finally {
    client.release();
  }
  if (dead.length > 0) await utils.forceUnlockWorkers(dead);
  return dead.length;
}

export async function startWorker(url: string, options: WorkerOptions = {}): Promise<WorkerHandle> {
  const concurrency = options.concurrency ?? 4;
  const staleAfterMs = options.staleAfterMs ?? 10_000;
  const pool = openPool(url, concurrency + 3);
  const utils = await prepareQueue(pool);
  const store = await openStoreAt({ kind: 'postgres', target: url });
  // The connection that holds this process's worker locks; it lives exactly as long as the process works.
  const holder = new pg.Client({ connectionString: url, application_name: 'openimr-jobs-locks' });
  await holder.connect();
  let fatal: ((err: unknown) => void) | null = null;
  const fatalError = new Promise<never>((_, reject) => {
    fatal = reject;
  });
  fatalError.catch(() => undefined);
  holder.on('error', (err) => fatal?.(err));

  const events: WorkerEvents = new EventEmitter();
  const held: Promise<unknown>[] = [];
  events.on('worker:create', ({ worker }) => {
    held.push(holder.query('select pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, workerLockKey(worker.workerId)]).catch((err: unknown) => fatal?.(err)));
  });

  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency,
      pollInterval: options.pollIntervalMs ?? 2_000,
      taskList: makeTaskList(store, options.hooks),
      noHandleSignals: true,
      logger: quietLogger,
      events,
    });
  } catch (err) {
    await Promise.allSettled([holder.end(), store.close(), utils.release()]);
    await pool.end();
    throw err;
  }
  await Promise.all(held);

  const reap = async (): Promise<void> => {
    try {
      const n = await reapDeadWorkers(pool, utils, staleAfterMs);
      if (n > 0) options.onReap?.(n);
    } catch {
      // A failed sweep is retried at the next tick.
    }
  };
  await reap();
  const timer = setInterval(() => void reap(), options.reapEveryMs ?? Math.max(1_000, Math.floor(staleAfterMs / 2)));

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(timer);
      await runner.stop().catch(() => undefined);
      await Promise.allSettled([holder.end(), store.close(), utils.release()]);
      await pool.end().catch(() => undefined);
    })();
    return stopping;
  };
  const promise = Promise.race([runner.promise, fatalError]).then(
    () => stop(),
    async (err: unknown) => {
      await stop();
      throw err;
    },
  );
  return { promise, stop };
}
