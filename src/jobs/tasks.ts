// The two tasks a worker runs. Each is idempotent: ingest stores a letter once by its SHA-256 (one
// transaction), decide writes its result file atomically under the input's hash. A crash at any point leaves
// either nothing or the finished result, and running the job again gives the same end state.
import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import type { ErrorCode } from '../core/index.ts';
import { OpenImrError, toOpenImrError } from '../core/index.ts';
import { decideCase, ingestPaths, type Store } from '../app/index.ts';
import { errorPath, resultPath, sha256File, writeFileAtomic } from './files.ts';
import { DecidePayload, IngestPayload, jobKey, type TaskName } from './payload.ts';

/** Codes worth another attempt: the database or the process failed, not the input. */
const PASSING: ReadonlySet<ErrorCode> = new Set(['storage-error', 'internal']);

export interface TaskHooks {
  /** Called before a job's work starts (tests slow jobs down here so kills land mid-job). */
  beforeWork?: () => Promise<void>;
}

type Detail = Record<string, number | string>;

async function recordOutcome(helpers: JobHelpers, task: TaskName, key: string, outcome: 'done' | 'failed', code: string | null, detail: Detail): Promise<void> {
  await helpers.withPgClient((client) =>
    client.query(
      `insert into openimr_jobs.outcomes (job_key, task, outcome, code, detail, attempts, finished_at)
       values ($1, $2, $3, $4, $5, $6, now())
       on conflict (job_key) do update set outcome = excluded.outcome, code = excluded.code, detail = excluded.detail,
         attempts = excluded.attempts, finished_at = excluded.finished_at`,
      [key, task, outcome, code, JSON.stringify(detail), helpers.job.attempts],
    ),
  );
}

/**
 * Runs a job's work and records how it ended. An input problem (a coded refusal) ends the job at once as
 * failed; a passing failure is thrown so graphile-worker retries it with exponential backoff, and on the last
 * attempt it is recorded as failed too. Nothing is lost: every job ends as done or failed with its code.
 */
function settle<P>(task: TaskName, schema: { parse(x: unknown): P }, keyOf: (p: P) => string, work: (p: P) => Promise<Detail>, hooks: TaskHooks): Task {
  return async (raw, helpers) => {
    const payload = schema.parse(raw);
    const key = keyOf(payload);
    try {
      await hooks.beforeWork?.();
      const detail = await work(payload);
      await recordOutcome(helpers, task, key, 'done', null, detail);
    } catch (err) {
      const e = toOpenImrError(err);
      const last = helpers.job.attempts >= helpers.job.max_attempts;
      if (!PASSING.has(e.code) || last) await recordOutcome(helpers, task, key, 'failed', e.code, { reason: e.message });
      if (PASSING.has(e.code)) throw new Error(`[${e.code}] ${e.message}`, { cause: err });
    }
  };
}

async function checkUnchanged(path: string, sha256: string): Promise<void> {
  let actual: string;
  try {
    actual = await sha256File(path);
  } catch {
    throw new OpenImrError('not-found', `${basename(path)}: the file is gone`, { field: 'path' });
  }
  if (actual !== sha256) throw new OpenImrError('conflict', `${basename(path)}: the file changed after it was queued`, { reason: 'file-changed' });
}

export function makeTaskList(store: Store, hooks: TaskHooks = {}): TaskList {
  const ingestTask = settle(
    'openimr.ingest',
    IngestPayload,
    (p) => jobKey('openimr.ingest', p.sha256),
    async (p) => {
      await checkUnchanged(p.path, p.sha256);
      const summary = await ingestPaths(store, [p.path], { workers: 0 });
      const failure = summary.failed[0];
      if (failure !== undefined) throw new OpenImrError(failure.code, failure.reason);
      return { added: summary.added, unchanged: summary.unchanged, items: summary.items };
    },
    hooks,
  );
  const decideTask = settle(
    'openimr.decide',
    DecidePayload,
    (p) => jobKey('openimr.decide', p.sha256),
    async (p) => {
      try {
        await checkUnchanged(p.path, p.sha256);
        let input: unknown;
        try {
          input = JSON.parse(await readFile(p.path, 'utf8'));
        } catch {
          throw new OpenImrError('invalid-input', `${basename(p.path)}: not JSON`, { field: '(case)' });
        }
        const determination = decideCase(input);
        const result = { file: basename(p.path), sha256: p.sha256, determination };
        await writeFileAtomic(resultPath(p.outDir, p.sha256), JSON.stringify(result, null, 2) + '\n');
        await rm(errorPath(p.outDir, p.sha256), { force: true });
        return { items: determination.items.length };
      } catch (err) {
        const e = toOpenImrError(err);
        if (!PASSING.has(e.code)) {
          const refusal = { file: basename(p.path), sha256: p.sha256, error: { code: e.code, message: e.message } };
          await writeFileAtomic(errorPath(p.outDir, p.sha256), JSON.stringify(refusal, null, 2) + '\n');
        }
        throw e;
      }
    },
    hooks,
  );
  return { 'openimr.ingest': ingestTask, 'openimr.decide': decideTask };
}
