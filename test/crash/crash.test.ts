// Crash test (issue 6, "nothing lost"): real child processes killed with SIGKILL at seeded random points.
// 1. Job workers (`openimr jobs work`) on a real PostgreSQL ingesting synthetic letters and deciding case
//    files: every letter stored exactly once with all its items, every result file whole, every job done.
// 2. A loop of case transitions (app use-cases) on a SQLite store: the audit chain verifies, each case's state
//    and version match its last audit event, no case is half written.
// Bounded for CI: OPENIMR_CRASH_KILLS kills per part (default 3). Prints the counts for the closing note.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { caseAudit, decideCase, listCases, openStoreAt, resumeInterrupted, verifyAuditLog, type CaseRecord } from '../../src/app/index.ts';
import { enqueueDecide, enqueueIngest, queueStatus } from '../../src/jobs/index.ts';
import { createTestDatabase, testPostgresUrl } from '../setup/postgres-database.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter, type Rng } from '../support/synthetic.ts';

const KILLS = Number(process.env['OPENIMR_CRASH_KILLS'] ?? 3);
const SEED = Number(process.env['OPENIMR_CRASH_SEED'] ?? 20_260_601);
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'openimr-crash-'));
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo));

/** Starts a child and resolves once it printed `ready` (its store or queue is open). */
function start(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => {
      reject(new Error(`child exited (${String(code)}) before it was ready: ${err}`));
    });
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else {
      child.once('exit', () => { resolve(); });
      child.kill('SIGKILL');
    }
  });
}

const summary = { kills: 0, items: 0, lost: 0 };
const started = performance.now();
afterAll(() => {
  console.log(`[crash] kills survived: ${summary.kills}, items checked: ${summary.items}, items lost: ${summary.lost} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
});

const server = testPostgresUrl('the crash test of job workers');

describe('crash test: SIGKILL at random points', () => {
  it.skipIf(server === null)('job workers on PostgreSQL: every letter once and whole, every decision written, no job lost', async () => {
    const db = await createTestDatabase(server!);
    try {
      const rng = seededRng(SEED);
      const letters = Array.from({ length: 120 }, (_, i) => syntheticLetter(rng, 7000 + i));
      const lettersDir = join(dir, 'letters');
      const casesDir = join(dir, 'cases');
      mkdirSync(lettersDir);
      mkdirSync(casesDir);
      letters.forEach((l, i) => {
        writeFileSync(join(lettersDir, `letter-${i}.txt`), renderSyntheticLetterText(l));
      });
      const caseFiles = letters.slice(0, 30).map((l, i) => {
        const file = { clinicalSummary: l.clinicalSummary ?? '', disputedItems: l.items.map((it) => ({ request: it.request })) };
        writeFileSync(join(casesDir, `case-${i}.json`), JSON.stringify(file));
        return file;
      });
      const out = join(dir, 'results');
      expect((await enqueueIngest(db.url, [lettersDir])).enqueued).toBe(letters.length);
      expect((await enqueueDecide(db.url, [casesDir], out)).enqueued).toBe(caseFiles.length);

      const worker = (): Promise<ChildProcess> =>
        start(['bin/openimr.js', 'jobs', 'work', '--db', db.url, '--concurrency', '2', '--poll-interval', '200', '--stale-after', '1000', '--job-delay-ms', '120']);
      const workers = await Promise.all([worker(), worker()]);
      let killedMidJob = 0;
      for (let k = 0; k < KILLS; k++) {
        await sleep(between(rng, 300, 1500));
        const i = Math.floor(rng() * workers.length);
        const running = (await queueStatus(db.url)).tasks.reduce((a, t) => a + t.running, 0);
        if (running > 0) killedMidJob++;
        await kill(workers[i]!);
        summary.kills++;
        workers[i] = await worker();
      }
      for (let t = 0; ; t++) {
        const s = await queueStatus(db.url);
        if (s.tasks.every((x) => x.queued + x.running + x.retrying === 0)) break;
        if (t > 600) throw new Error(`the queue did not drain: ${JSON.stringify(s.tasks)}`);
        await sleep(100);
      }
      await Promise.all(workers.map(kill));
      console.log(`[crash] jobs: ${KILLS} kills, ${killedMidJob} while jobs were running`);

      const status = await queueStatus(db.url);
      expect(status.tasks.map((t) => [t.task, t.done, t.failed])).toEqual([
        ['openimr.ingest', letters.length, 0],
        ['openimr.decide', caseFiles.length, 0],
      ]);
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        const dupes = await c.query('select content_hash from letters group by 1 having count(*) > 1');
        expect(dupes.rows).toEqual([]);
        const perLetter = await c.query<{ case_number: string; n: number }>(
          'select l.case_number, count(i.id)::int as n from letters l left join items i on i.letter_id = l.id group by l.id, l.case_number',
        );
        const got = new Map(perLetter.rows.map((r) => [r.case_number, r.n]));
        let lost = 0;
        for (const l of letters) if (got.get(l.caseNumber ?? '') !== l.items.length) lost++;
        summary.items += letters.length;
        summary.lost += lost + (letters.length - perLetter.rows.length);
        expect(lost).toBe(0);
        expect(perLetter.rows.length).toBe(letters.length);
      } finally {
        await c.end();
      }
      const results = readdirSync(out).filter((f) => f.endsWith('.json'));
      expect(results.filter((f) => !/^[0-9a-f]{64}\.json$/.test(f))).toEqual([]);
      const expected = new Set(caseFiles.map((f) => JSON.stringify(decideCase(f))));
      let decisionsLost = caseFiles.length;
      for (const f of results) {
        const r = JSON.parse(readFileSync(join(out, f), 'utf8')) as { determination: unknown };
        if (expected.has(JSON.stringify(r.determination))) decisionsLost--;
      }
      summary.items += caseFiles.length;
      summary.lost += decisionsLost;
      expect(decisionsLost).toBe(0);
    } finally {
      await db.drop();
    }
  }, 240_000);

  it('case transitions on SQLite: audit chain intact, every case consistent with its last event', async () => {
    const rng = seededRng(SEED + 1);
    const dbPath = join(dir, 'cases.db');
    const driver = (k: number): Promise<ChildProcess> => start(['--import', 'tsx', 'test/crash/transition-driver.ts', dbPath, `r${k}`]);
    for (let k = 0; k < KILLS; k++) {
      const child = await driver(k);
      await sleep(between(rng, 300, 1500));
      await kill(child);
      summary.kills++;
    }
    const store = await openStoreAt({ kind: 'sqlite', target: dbPath });
    try {
      const deps = { store, clock: { now: () => new Date() } };
      expect((await verifyAuditLog(deps)).ok).toBe(true);
      const cases: CaseRecord[] = [];
      for (let cursor: string | null = null; ; ) {
        const page: { cases: CaseRecord[]; nextCursor: string | null } = await listCases(deps, { limit: 500, ...(cursor === null ? {} : { cursor }) });
        cases.push(...page.cases);
        cursor = page.nextCursor;
        if (cursor === null) break;
      }
      expect(cases.length).toBeGreaterThan(0);
      let bad = 0;
      for (const c of cases) {
        const events = await caseAudit(deps, c.id);
        const last = [...events].reverse().find((e) => typeof e.data['to'] === 'string');
        // Every write of a case is one transaction with exactly one audit event: version = events - 1. A kill right
        // after intake leaves a case 'received' with its one intake event and no transition yet: whole, not lost.
        const justReceived = c.state === 'received' && c.version === 0 && events.length === 1 && events[0]?.type === 'case.received';
        const consistent = justReceived || (last?.data['to'] === c.state && last.data['version'] === c.version && events.length - 1 === c.version);
        if (!consistent) bad++;
      }
      summary.items += cases.length;
      summary.lost += bad;
      console.log(`[crash] transitions: ${KILLS} kills, ${cases.length} cases checked`);
      expect(bad).toBe(0);
      // The interrupted work resumes: no case is left waiting for its screening.
      await resumeInterrupted(deps, { id: 'crash-recovery', role: 'system' });
      expect((await listCases(deps, { states: ['received'], limit: 10 })).cases).toEqual([]);
      expect((await verifyAuditLog(deps)).ok).toBe(true);
    } finally {
      await store.close();
    }
  }, 240_000);
});
