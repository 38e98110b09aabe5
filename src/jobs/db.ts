// The PostgreSQL side of the queue: graphile-worker's own schema (migrated by graphile-worker) and one small
// table of ours, `openimr_jobs.outcomes`, which remembers how each finished job ended (graphile-worker deletes
// a job when it completes, so "done" would otherwise be unknowable).
import { createHash } from 'node:crypto';
import pg from 'pg';
import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { OpenImrError } from '../core/index.ts';
import { quietLogger } from './log.ts';

export const OUTCOMES_DDL = [
  'create schema if not exists openimr_jobs',
  `create table if not exists openimr_jobs.outcomes (
     job_key text primary key,
     task text not null,
     outcome text not null check (outcome in ('done', 'failed')),
     code text,
     detail jsonb not null default '{}'::jsonb,
     attempts integer not null,
     finished_at timestamptz not null default now()
   )`,
];

/** Advisory-lock namespace of the queue (first key of the two-key form). */
export const LOCK_NAMESPACE = 0x0151_0b5;

/** The second advisory-lock key for a worker id: 32 bits of its SHA-256 (stable across processes and versions). */
export function workerLockKey(workerId: string): number {
  return createHash('sha256').update(workerId).digest().readInt32BE(0);
}

export function requirePostgresUrl(url: string): void {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new OpenImrError('invalid-argument', 'jobs run on PostgreSQL: pass --db postgres://... or set DATABASE_URL', { field: 'db' });
  }
}

export function openPool(url: string, max: number): pg.Pool {
  requirePostgresUrl(url);
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'openimr-jobs' });
  // A dropped idle connection must not end the process; the next query reports it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}

/** Creates graphile-worker's schema and our outcomes table; safe from several processes at once. */
export async function prepareQueue(pool: pg.Pool): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({ pgPool: pool, logger: quietLogger });
  try {
    await utils.migrate();
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock($1, 0)', [LOCK_NAMESPACE]);
      for (const ddl of OUTCOMES_DDL) await client.query(ddl);
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    await utils.release();
    throw new OpenImrError('storage-error', 'could not prepare the job queue in PostgreSQL', { cause: err });
  }
  return utils;
}
