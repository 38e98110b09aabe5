// The bad-input corpus (issue 6, section 3): every generated hostile input through every entry it can reach
// (`openimr parse`, `ingest`, `decide`, `search`, and the addDocument / createCase use-cases), in a child
// process so that a crash or an out-of-memory kill is seen, not suffered. Each step must end with a normal
// result or a coded refusal, never a crash (exit 70, 'internal', a stack trace, an uncoded exception, a killed
// process), within STEP_LIMIT_MS and MEMORY_LIMIT_MB, and a refused input must leave the store exactly as it
// was (every table's rows hashed before and after). The summary line gives the counts for the closing note.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, ingestPaths, openStoreAt } from '../../src/app/index.ts';
import { renderSyntheticLetterText, seededRng, syntheticLetter } from '../support/synthetic.ts';
import type { Plan, Step, StepResult } from './driver.ts';
import { fingerprint, rowCounts } from './fingerprint.ts';
import { application, generateHostileCorpus, type HostileInput } from './generate.ts';

/**
 * Longest a single input may take through one entry. The product's own limits (PDF time, worker job timeout, size
 * and decoded-stream limits) are what stop an input; this is the test's ceiling, set for a loaded 2-core CI machine
 * running other test files beside this one (the slowest step took 4 s alone and 24 s under load).
 */
const STEP_LIMIT_MS = 60_000;
/** Largest resident memory of the driver process (all inputs, one after another; 0.9-1.8 GB measured). */
const MEMORY_LIMIT_MB = 2560;
/** A step that shows no result after this long is killed and counted as a crash (a hang). */
const HANG_MS = 90_000;

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'openimr-hostile-'));
const db = join(dir, 'store.db');
let inputs: HostileInput[] = [];
let steps: Step[] = [];
const results = new Map<string, StepResult>();
let driverPeakMb: number | null = null;
let seconds = 0;

async function seedStore(): Promise<string> {
  const seed = join(dir, 'seed');
  mkdirSync(seed);
  const rng = seededRng(606);
  for (let i = 0; i < 5; i++) writeFileSync(join(seed, `letter-${i}.txt`), renderSyntheticLetterText(syntheticLetter(rng, 600 + i)));
  const store = await openStoreAt({ kind: 'sqlite', target: db });
  try {
    const summary = await ingestPaths(store, [seed], { workers: 0 });
    expect(summary.added).toBe(5);
    const clock = { now: () => new Date('2026-06-10T17:00:00Z') };
    const record = await createCase({ store, clock }, application({ claimNumber: 'TST-H-1' }), { id: 'hostile-intake', role: 'intake' });
    return record.id;
  } finally {
    await store.close();
  }
}

/** Runs the steps in a child driver; a driver that dies or hangs marks its current step and is restarted after it. */
async function runAll(plan: Omit<Plan, 'steps'>): Promise<void> {
  let remaining = steps;
  let round = 0;
  const useTime = existsSync('/usr/bin/time');
  while (remaining.length > 0) {
    const planPath = join(dir, `plan-${round}.json`);
    const resultsPath = join(dir, `results-${round}.jsonl`);
    round++;
    writeFileSync(planPath, JSON.stringify({ ...plan, steps: remaining }));
    writeFileSync(resultsPath, '');
    const node = [process.execPath, '--import', 'tsx', join(root, 'test/hostile/driver.ts'), planPath, resultsPath];
    const env = { ...process.env };
    delete env['DATABASE_URL'];
    delete env['OPENIMR_DB'];
    const child = spawn(useTime ? '/usr/bin/time' : node[0]!, useTime ? ['-v', ...node] : node.slice(1), { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-20_000);
    });
    let lastSize = -1;
    let lastChange = Date.now();
    const watchdog = setInterval(() => {
      const size = readFileSync(resultsPath).length;
      if (size !== lastSize) {
        lastSize = size;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > HANG_MS) child.kill('SIGKILL');
    }, 1000);
    const exit = await new Promise<string>((resolve) => child.on('close', (code, signal) => {
      resolve(signal ?? String(code));
    }));
    clearInterval(watchdog);
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (peak !== null) driverPeakMb = Math.max(driverPeakMb ?? 0, Math.round(Number(peak[1]) / 1024));
    const lines = readFileSync(resultsPath, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as StepResult);
    let started: string | null = null;
    for (const r of lines) {
      if (r.phase === 'start') started = r.key;
      else {
        results.set(r.key, r);
        started = null;
      }
    }
    const done = new Set(results.keys());
    if (started !== null) {
      results.set(started, { key: started, phase: 'end', outcome: 'crash', faults: [`driver process ended (${exit}) during this step: ${stderr.split('\n').filter((l) => !/^\s+\S.*:/.test(l)).slice(-6).join(' | ')}`] });
      done.add(started);
    } else if (exit !== '0') {
      throw new Error(`hostile driver failed outside any step (${exit}): ${stderr.slice(-2000)}`);
    }
    remaining = remaining.filter((s) => !done.has(s.key));
  }
}

beforeAll(async () => {
  const started = performance.now();
  inputs = await generateHostileCorpus(join(dir, 'corpus'));
  const caseId = await seedStore();
  steps = inputs.flatMap((input) => input.entries.map((entry) => ({ key: `${input.id} -> ${entry}`, entry, input })));
  await runAll({ db, caseId });
  seconds = (performance.now() - started) / 1000;
}, 600_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const resultOf = (key: string): StepResult => {
  const r = results.get(key);
  if (r === undefined) throw new Error(`no result for ${key}`);
  return r;
};

describe('the bad-input corpus', () => {
  it('every step ends in a result or a coded refusal: no crash, bounded time and memory, store unchanged when refused', () => {
    const failures: string[] = [];
    for (const step of steps) {
      const r = resultOf(step.key);
      const expected = step.input.expectFor?.[step.entry] ?? step.input.expect;
      if (r.outcome === 'crash') failures.push(`${step.key}: crash: ${(r.faults ?? []).join('; ')} ${r.stderrHead ?? ''}`);
      for (const f of r.faults ?? []) if (r.outcome !== 'crash') failures.push(`${step.key}: ${f}`);
      if ((r.ms ?? 0) > STEP_LIMIT_MS) failures.push(`${step.key}: took ${r.ms} ms (limit ${STEP_LIMIT_MS})`);
      if (r.outcome === 'refused') {
        if ((r.codes ?? []).length === 0) failures.push(`${step.key}: refused without a reason code: ${r.stderrHead ?? ''}`);
        const allowed = step.input.codes;
        if (allowed !== undefined && !(r.codes ?? []).some((c) => (allowed as readonly string[]).includes(c))) {
          failures.push(`${step.key}: refused with ${JSON.stringify(r.codes)}, expected one of ${allowed.join(', ')}`);
        }
        if (r.storeChanged === true) failures.push(`${step.key}: refused but the store changed`);
      }
      if (expected === 'refuse' && r.outcome === 'ok') failures.push(`${step.key}: accepted, expected a refusal`);
      if (expected === 'accept' && r.outcome === 'refused') failures.push(`${step.key}: refused (${JSON.stringify(r.codes)}), expected to be accepted: ${r.stderrHead ?? ''}`);
    }
    const all = [...results.values()];
    const slowest = all.reduce((a, b) => ((b.ms ?? 0) > (a.ms ?? 0) ? b : a), all[0]!);
    const peak = driverPeakMb ?? Math.max(...all.map((r) => r.peakRssMb ?? 0));
    if (peak > MEMORY_LIMIT_MB) failures.push(`driver peak memory ${peak} MB (limit ${MEMORY_LIMIT_MB} MB)`);
    const count = (o: string): number => all.filter((r) => r.outcome === o).length;
    const storeChanges = all.filter((r) => r.outcome === 'refused' && r.storeChanged === true).length;
    console.log(
      `[hostile] inputs tried ${inputs.length} (${steps.length} input x entry steps): refused ${count('refused')}, accepted ${count('ok')}, ` +
        `crashes ${count('crash')}, store changes ${storeChanges}; slowest ${slowest.key} ${slowest.ms ?? 0} ms; peak RSS ${peak} MB; ${seconds.toFixed(0)} s; ` +
        `store rows ${JSON.stringify(rowCounts(db))}`,
    );
    const report = process.env['OPENIMR_HOSTILE_REPORT'];
    if (report !== undefined && report !== '') {
      // Per-step results without the captured output, for the closing note of issue 6.
      writeFileSync(report, JSON.stringify({ inputs: inputs.length, steps: steps.length, peakRssMb: peak, seconds, results: all.map((r) => ({ ...r, stdoutHead: undefined, stderrHead: undefined })) }, null, 1));
    }
    expect(failures).toEqual([]);
  });

  it('markup in every field is kept as inert data: parsed verbatim, stored verbatim, printed as JSON strings', () => {
    const parsed = resultOf('txt-markup-every-field -> parse');
    expect(parsed.outcome).toBe('ok');
    expect(parsed.stdoutHead).toContain('<script>alert(1)</script>');
    const decided = resultOf('json-markup-every-field -> decide');
    expect(decided.outcome).toBe('ok');
    expect(decided.stdoutHead).toContain('<img src=x onerror=alert(1)>');
    const filed = resultOf('app-markup-every-field -> createCase');
    expect(filed.outcome).toBe('ok');
    expect(filed.stdoutHead).toContain('<script>alert(1)</script>');
  });

  it('injection strings are only words: searches succeed and nothing changes', () => {
    const searches = steps.filter((s) => s.entry === 'search');
    expect(searches.length).toBeGreaterThan(30);
    expect(searches.filter((s) => resultOf(s.key).outcome === 'ok').length).toBeGreaterThan(25);
    for (const s of searches) {
      const r = resultOf(s.key);
      expect(r.storeChanged, s.key).toBe(false);
      // Query text is words or a coded refusal (a NUL character, an over-long text): never an error from the engine.
      if (r.outcome !== 'ok') expect(r.codes, `${s.key}: ${r.stderrHead ?? ''}`).toContain('invalid-argument');
    }
  });

  it('a hostile document name is stored as a bare file name, or refused', () => {
    for (const s of steps.filter((x) => x.input.id.startsWith('docname-'))) {
      const r = resultOf(s.key);
      if (r.outcome === 'ok') expect(JSON.parse(r.stdoutHead ?? 'null')).toMatchObject({ fileName: expect.not.stringMatching(/[\\/\u0000-\u001f]/) as unknown });
      else expect(r.codes, s.key).toContain('invalid-input');
    }
    expect(JSON.parse(resultOf('docname-traversal -> addDocument').stdoutHead ?? 'null')).toMatchObject({ fileName: 'passwd' });
  });

  it('the fingerprint sees a one-character edit (so "store unchanged" can fail)', () => {
    const copy = join(dir, 'copy.db');
    copyFileSync(db, copy);
    const before = fingerprint(copy);
    const edit = new Database(copy);
    edit.prepare("update letters set source_name = source_name || 'x' where id = (select min(id) from letters)").run();
    edit.close();
    expect(fingerprint(copy)).not.toBe(before);
  });
});
