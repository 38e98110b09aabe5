// The queue on a real PostgreSQL: de-duplication by hash, both tasks, coded failures, and the dead-worker reaper.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { makeWorkerUtils } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreAt } from '../app/index.ts';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../test/setup/postgres-database.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../../test/support/synthetic.ts';
import { enqueueDecide, enqueueIngest, queueStatus, reapDeadWorkers, startWorker } from './index.ts';
import { LOCK_NAMESPACE, workerLockKey } from './db.ts';

const server = testPostgresUrl('the job queue tests');
let db: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'openimr-jobs-'));

beforeAll(async () => {
  if (server !== null) db = await createTestDatabase(server);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (server !== null) await db.drop();
});

async function drain(url: string): Promise<void> {
  const worker = await startWorker(url, { concurrency: 2, pollIntervalMs: 200 });
  try {
    for (let i = 0; i < 200; i++) {
      const s = await queueStatus(url);
      if (s.tasks.every((t) => t.queued + t.running + t.retrying === 0)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the queue did not drain');
  } finally {
    await worker.stop();
  }
}

describe.skipIf(server === null)('jobs on PostgreSQL', () => {
  it('ingests each letter once, refuses a non-letter with its code, and re-enqueueing adds nothing', async () => {
    const rng = seededRng(7);
    const letters = Array.from({ length: 6 }, (_, i) => syntheticLetter(rng, 500 + i));
    letters.forEach((l, i) => { writeFileSync(join(dir, `l${i}.txt`), renderSyntheticLetterText(l)); });
    writeFileSync(join(dir, 'copy.txt'), renderSyntheticLetterText(letters[0]!));
    writeFileSync(join(dir, 'notes.txt'), 'a shopping list, not a determination letter\n');
    const first = await enqueueIngest(db.url, [dir]);
    expect(first).toMatchObject({ files: 8, enqueued: 7, duplicates: 1, failed: [] });
    expect((await enqueueIngest(db.url, [dir])).enqueued).toBe(0);
    await drain(db.url);
    const status = (await queueStatus(db.url)).tasks.find((t) => t.task === 'openimr.ingest')!;
    expect(status).toMatchObject({ done: 6, failed: 1, queued: 0, running: 0, progress: 1 });
    expect((await queueStatus(db.url)).failures[0]).toMatchObject({ code: 'invalid-input' });
    const store = await openStoreAt({ kind: 'postgres', target: db.url });
    try {
      expect(await store.counts()).toMatchObject({ letters: 6, items: letters.reduce((a, l) => a + l.items.length, 0) });
    } finally {
      await store.close();
    }
    const again = await enqueueIngest(db.url, [dir]);
    expect(again).toMatchObject({ alreadyDone: 6, enqueued: 1 });
  });

  it('decides case files into result files keyed by hash, and a bad case file into an error file', async () => {
    const out = join(dir, 'out');
    const good = join(dir, 'case.json');
    writeFileSync(good, JSON.stringify({ clinicalSummary: 'Low back pain since a fall at work.', disputedItems: [{ request: 'Physical therapy 2 x 6' }] }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ disputedItems: [] }));
    expect(await enqueueDecide(db.url, [good, bad], out)).toMatchObject({ enqueued: 2 });
    await drain(db.url);
    const results = readFileSync(join(out, `${(await import('./files.ts').then((f) => f.sha256File(good)))}.json`), 'utf8');
    expect(JSON.parse(results)).toMatchObject({ file: 'case.json', determination: { items: [{ request: 'Physical therapy 2 x 6' }] } });
    const badHash = await import('./files.ts').then((f) => f.sha256File(bad));
    expect(existsSync(join(out, `${badHash}.error.json`))).toBe(true);
    expect(await enqueueDecide(db.url, [good], out)).toMatchObject({ alreadyDone: 1, enqueued: 0 });
    expect((await queueStatus(db.url)).tasks.find((t) => t.task === 'openimr.decide')).toMatchObject({ done: 1, failed: 1 });
  });

  it('reaps the jobs of a worker whose process is gone, never those of a live one', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 3 });
    pool.on('error', () => undefined);
    pool.on('connect', (c) => {
      c.on('error', () => undefined);
    });
    const utils = await makeWorkerUtils({ pgPool: pool });
    const alive = new pg.Client({ connectionString: db.url });
    await alive.connect();
    try {
      await utils.addJob('openimr.test-noop', {}, { jobKey: 'dead' });
      await utils.addJob('openimr.test-noop', {}, { jobKey: 'alive' });
      await pool.query(`update graphile_worker._private_jobs set locked_at = now() - interval '1 hour', locked_by = 'worker-' || key where key in ('dead', 'alive')`);
      await alive.query('select pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, workerLockKey('worker-alive')]);
      expect(await reapDeadWorkers(pool, utils, 1000)).toBe(1);
      const r = await pool.query<{ key: string; locked: boolean }>(`select key, locked_at is not null as locked from graphile_worker.jobs where key in ('dead', 'alive') order by key`);
      expect(r.rows).toEqual([{ key: 'alive', locked: true }, { key: 'dead', locked: false }]);
    } finally {
      await alive.end();
      await utils.release();
      await pool.end();
    }
  });
});
