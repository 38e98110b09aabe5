// Enqueueing and progress. One job per file, keyed by the file's SHA-256: a file already stored (ingest) or
// already decided (a result file exists), or already waiting or running in the queue, is not queued again.
import { access, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type pg from 'pg';
import type { AddJobsJobSpec } from 'graphile-worker';
import { toOpenImrError, type ErrorCode } from '../core/index.ts';
import { listLetterFiles, openStoreAt } from '../app/index.ts';
import { openPool, prepareQueue } from './db.ts';
import { ensureDir, resultPath, sha256File } from './files.ts';
import { MAX_ATTEMPTS, TASKS, jobKey, type TaskName } from './payload.ts';

export interface EnqueueFailure {
  /** File name only. */
  file: string;
  code: ErrorCode;
  reason: string;
}

export interface EnqueueSummary {
  files: number;
  enqueued: number;
  /** Letters already in the store, or case files whose result file exists. */
  alreadyDone: number;
  /** Waiting or running in the queue already. */
  alreadyQueued: number;
  /** The same content under another name in this call. */
  duplicates: number;
  failed: EnqueueFailure[];
}

interface Candidate {
  path: string;
  sha256: string;
}

async function hashAll(files: readonly string[], failed: EnqueueFailure[]): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const f of files) {
    try {
      out.push({ path: resolve(f), sha256: await sha256File(f) });
    } catch (err) {
      failed.push({ file: basename(f), code: 'unreadable-file', reason: toOpenImrError(err).message });
    }
  }
  return out;
}

/** Keys that already have a job waiting, retrying or running (a permanently failed job may be queued again). */
async function pendingKeys(pool: pg.Pool, keys: readonly string[]): Promise<Set<string>> {
  const r = await pool.query<{ key: string }>(
    'select key from graphile_worker.jobs where key = any($1::text[]) and (locked_at is not null or attempts < max_attempts)',
    [keys],
  );
  return new Set(r.rows.map((row) => row.key));
}

async function enqueue(
  url: string,
  task: TaskName,
  candidates: Candidate[],
  summary: EnqueueSummary,
  isDone: (c: Candidate) => Promise<boolean>,
  payloadOf: (c: Candidate) => Record<string, string>,
): Promise<EnqueueSummary> {
  const pool = openPool(url, 2);
  try {
    const utils = await prepareQueue(pool);
    try {
      const seen = new Set<string>();
      const fresh: Candidate[] = [];
      for (const c of candidates) {
        if (seen.has(c.sha256)) summary.duplicates++;
        else if (await isDone(c)) summary.alreadyDone++;
        else fresh.push(c);
        seen.add(c.sha256);
      }
      const pending = await pendingKeys(pool, fresh.map((c) => jobKey(task, c.sha256)));
      const specs: AddJobsJobSpec[] = [];
      for (const c of fresh) {
        const key = jobKey(task, c.sha256);
        if (pending.has(key)) summary.alreadyQueued++;
        else specs.push({ identifier: task, payload: payloadOf(c), jobKey: key, maxAttempts: MAX_ATTEMPTS });
      }
      for (let i = 0; i < specs.length; i += 1000) {
        const batch = specs.slice(i, i + 1000);
        // A file queued again after it failed starts over: its old outcome is forgotten.
        await pool.query('delete from openimr_jobs.outcomes where job_key = any($1::text[])', [batch.flatMap((s) => (s.jobKey === undefined ? [] : [s.jobKey]))]);
        await utils.addJobs(batch);
      }
      summary.enqueued = specs.length;
      return summary;
    } finally {
      await utils.release();
    }
  } finally {
    await pool.end();
  }
}

/** Queues one ingest job per letter file under the paths (files and folders, as `openimr ingest` takes them). */
export async function enqueueIngest(url: string, paths: readonly string[]): Promise<EnqueueSummary> {
  const { files, failed: listFailed } = await listLetterFiles(paths);
  const failed: EnqueueFailure[] = listFailed.map((f) => ({ ...f }));
  const summary: EnqueueSummary = { files: files.length, enqueued: 0, alreadyDone: 0, alreadyQueued: 0, duplicates: 0, failed };
  const candidates = await hashAll(files, failed);
  const store = await openStoreAt({ kind: 'postgres', target: url });
  try {
    return await enqueue(url, 'openimr.ingest', candidates, summary, (c) => store.hasContentHash(c.sha256), (c) => ({ path: c.path, sha256: c.sha256 }));
  } finally {
    await store.close();
  }
}

/** Case files (.json) under the paths: explicit files as given, folders searched one level deep. */
async function caseFiles(paths: readonly string[], failed: EnqueueFailure[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) {
        const names = (await readdir(p)).filter((n) => extname(n).toLowerCase() === '.json' && !n.startsWith('.')).sort();
        files.push(...names.map((n) => join(p, n)));
      } else files.push(p);
    } catch {
      failed.push({ file: basename(p), code: 'not-found', reason: 'no such file or folder' });
    }
  }
  return files;
}

/** Queues one decide job per case file; each result goes to OUT/<sha256>.json (a refusal to <sha256>.error.json). */
export async function enqueueDecide(url: string, paths: readonly string[], outDir: string): Promise<EnqueueSummary> {
  const failed: EnqueueFailure[] = [];
  const files = await caseFiles(paths, failed);
  const summary: EnqueueSummary = { files: files.length, enqueued: 0, alreadyDone: 0, alreadyQueued: 0, duplicates: 0, failed };
  const out = resolve(outDir);
  await ensureDir(out);
  const candidates = await hashAll(files, failed);
  const exists = async (c: Candidate): Promise<boolean> => access(resultPath(out, c.sha256)).then(() => true, () => false);
  return enqueue(url, 'openimr.decide', candidates, summary, exists, (c) => ({ path: c.path, sha256: c.sha256, outDir: out }));
}

export interface TaskStatus {
  task: TaskName;
  /** Waiting for a first attempt. */
  queued: number;
  /** Locked by a worker now (or by one that died, until it is reaped). */
  running: number;
  /** Failed at least once, waiting for the next attempt (exponential backoff). */
  retrying: number;
  done: number;
  /** Ended failed: refused input, or out of attempts. */
  failed: number;
  /** Finished share of all jobs known, 0..1. */
  progress: number;
}

export interface FailedJob {
  task: string;
  key: string;
  attempts: number;
  code: string | null;
  reason: string;
}

export interface QueueStatus {
  tasks: TaskStatus[];
  /** The most recent failures (ended or retrying), newest first, at most 20. */
  failures: FailedJob[];
}

const num = (v: string | number | null | undefined): number => Number(v ?? 0);

export async function queueStatus(url: string): Promise<QueueStatus> {
  const pool = openPool(url, 2);
  try {
    await (await prepareQueue(pool)).release();
    const live = await pool.query<{ task: string; queued: string; running: string; retrying: string; stuck: string }>(
      `select task_identifier as task,
         count(*) filter (where locked_at is null and attempts = 0) as queued,
         count(*) filter (where locked_at is not null) as running,
         count(*) filter (where locked_at is null and attempts > 0 and attempts < max_attempts) as retrying,
         count(*) filter (where locked_at is null and attempts >= max_attempts
           and not exists (select 1 from openimr_jobs.outcomes o where o.job_key = jobs.key and o.outcome = 'failed')) as stuck
       from graphile_worker.jobs where task_identifier = any($1::text[]) group by 1`,
      [TASKS],
    );
    const ended = await pool.query<{ task: string; done: string; failed: string }>(
      `select task, count(*) filter (where outcome = 'done') as done, count(*) filter (where outcome = 'failed') as failed
       from openimr_jobs.outcomes group by 1`,
    );
    const tasks = TASKS.map((task): TaskStatus => {
      const l = live.rows.find((r) => r.task === task);
      const e = ended.rows.find((r) => r.task === task);
      const s = { task, queued: num(l?.queued), running: num(l?.running), retrying: num(l?.retrying), done: num(e?.done), failed: num(e?.failed) + num(l?.stuck) };
      const all = s.queued + s.running + s.retrying + s.done + s.failed;
      return { ...s, progress: all === 0 ? 1 : (s.done + s.failed) / all };
    });
    const failing = await pool.query<{ task: string; key: string; attempts: number; code: string | null; reason: string }>(
      `select * from (
         select task, job_key as key, attempts, code, coalesce(detail->>'reason', '') as reason, finished_at as at
           from openimr_jobs.outcomes where outcome = 'failed'
         union all
         select task_identifier, key, attempts, substring(last_error from '^\\[([a-z-]+)\\]'), coalesce(last_error, ''), updated_at
           from graphile_worker.jobs where attempts > 0 and locked_at is null and task_identifier = any($1::text[])
       ) f order by at desc limit 20`,
      [TASKS],
    );
    return { tasks, failures: failing.rows.map((r) => ({ task: r.task, key: r.key, attempts: r.attempts, code: r.code, reason: r.reason.split('\n')[0] ?? '' })) };
  } finally {
    await pool.end();
  }
}
