// Child-process driver of the bad-input corpus: runs each step (one input through one entry) in this process,
// the CLI through its in-process `main`, the workflow use-cases directly, and appends one JSON line per step
// phase to the results file (synchronously, so a crash still leaves the record of the step that killed it).
// Run: node --import tsx test/hostile/driver.ts PLAN.json RESULTS.jsonl
import { appendFileSync, readFileSync } from 'node:fs';
import { addDocument, createCase, openStoreAt, type Actor, type WorkflowDeps } from '../../src/app/index.ts';
import { main } from '../../src/cli/main.ts';
import { fingerprint } from './fingerprint.ts';
import type { HostileInput, Entry } from './generate.ts';

export interface Step {
  key: string;
  entry: Entry;
  input: HostileInput;
}

export interface Plan {
  db: string;
  caseId: string;
  steps: Step[];
}

export interface StepResult {
  key: string;
  phase: 'start' | 'end';
  outcome?: 'ok' | 'refused' | 'crash';
  /** Reason codes seen (error code, and a workflow reason when given). */
  codes?: string[];
  exit?: number;
  ms?: number;
  rssMb?: number;
  peakRssMb?: number;
  storeChanged?: boolean;
  /** Why the step counts as a crash, or a contract it broke (raw escape characters in output...). */
  faults?: string[];
  stdoutHead?: string;
  stderrHead?: string;
}

const CLOCK = { now: (): Date => new Date('2026-06-10T17:00:00Z') };
const INTAKE: Actor = { id: 'hostile-intake', role: 'intake' };
const STACK = /\n\s+at .+[(\s][^\s()]+:\d+:\d+\)?/;

const KNOWN_CODES = new Set(
  [...readFileSync(new URL('../../src/core/errors.ts', import.meta.url), 'utf8').matchAll(/^\s+\| '([a-z-]+)'/gm)].map((m) => m[1] ?? ''),
);

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Replaces a stream's write with one that collects text; returns how to read it and restore the stream. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const original = stream.write.bind(stream);
  const chunks: string[] = [];
  stream.write = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  return {
    text: () => chunks.join(''),
    restore: () => {
      stream.write = original;
    },
  };
}

/** The CLI in this process (a vitest-free twin of test/support/run-cli.ts, for a plain Node child). */
async function runCli(args: string[]): Promise<Captured> {
  const out = capture(process.stdout);
  const err = capture(process.stderr);
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, stdout: out.text(), stderr: err.text() };
  } finally {
    process.exitCode = undefined;
    out.restore();
    err.restore();
  }
}

/** Codes named in CLI output: "openimr: [file: ]code: message" lines and an ingest summary's failures. */
function codesInOutput(c: Captured): string[] {
  const codes = new Set<string>();
  for (const m of c.stderr.matchAll(/: ([a-z-]+): /g)) if (KNOWN_CODES.has(m[1] ?? '')) codes.add(m[1] ?? '');
  try {
    const summary = JSON.parse(c.stdout) as { failed?: { code: string }[] };
    for (const f of summary.failed ?? []) codes.add(f.code);
  } catch {
    // Not JSON (parse prints one line per letter; a failed command prints nothing).
  }
  return [...codes];
}

function cliArgs(step: Step, db: string): string[] {
  const { input } = step;
  const path = input.path ?? '';
  switch (step.entry) {
    case 'parse':
      return ['parse', path];
    case 'ingest':
      return ['ingest', path, '--db', db, '--json', ...(input.flags ?? [])];
    case 'decide':
      return ['decide', path];
    case 'search':
      return ['search', '--db', db, '--json', ...(input.flags ?? []), '--', input.text ?? ''];
    case 'addDocument':
    case 'createCase':
      return [];
  }
}

async function runUseCase(step: Step, plan: Plan): Promise<{ outcome: 'ok' | 'refused' | 'crash'; codes: string[]; faults: string[]; stdout: string }> {
  const store = await openStoreAt({ kind: 'sqlite', target: plan.db });
  const deps: WorkflowDeps = { store, clock: CLOCK };
  try {
    if (step.entry === 'createCase') {
      const record = await createCase(deps, JSON.parse(step.input.text ?? 'null') as unknown, INTAKE);
      return { outcome: 'ok', codes: [], faults: [], stdout: JSON.stringify(record.application).slice(0, 4000) };
    }
    const bytes = new Uint8Array(readFileSync(step.input.path ?? ''));
    const fileName = step.input.fileName ?? (step.input.path ?? '').split('/').pop() ?? '';
    const record = await addDocument(deps, plan.caseId, { fileName, bytes, submittedBy: 'provider' }, INTAKE);
    const stored = record.documents.at(-1)?.fileName ?? '';
    const faults = /[\\/\u0000-\u001f\u007f]/.test(stored) ? [`stored document name has a path or control character: ${JSON.stringify(stored)}`] : [];
    return { outcome: 'ok', codes: [], faults, stdout: JSON.stringify(record.documents.at(-1) ?? null) };
  } catch (err) {
    const e = err as { name?: unknown; code?: unknown; details?: { reason?: unknown }; stack?: unknown };
    if (e.name === 'OpenImrError' && typeof e.code === 'string' && e.code !== 'internal') {
      const codes = [e.code, ...(typeof e.details?.reason === 'string' ? [e.details.reason] : [])];
      return { outcome: 'refused', codes, faults: [], stdout: '' };
    }
    return { outcome: 'crash', codes: typeof e.code === 'string' ? [e.code] : [], faults: [`uncoded error: ${String(e.name)}: ${String(e.stack).slice(0, 600)}`], stdout: '' };
  } finally {
    await store.close();
  }
}

async function runStep(step: Step, plan: Plan): Promise<StepResult> {
  const before = fingerprint(plan.db);
  const started = performance.now();
  let result: { outcome: 'ok' | 'refused' | 'crash'; codes: string[]; faults: string[]; exit?: number; stdout: string; stderr: string };
  if (step.entry === 'addDocument' || step.entry === 'createCase') {
    result = { ...(await runUseCase(step, plan)), stderr: '' };
  } else {
    const c = await runCli(cliArgs(step, plan.db));
    const faults: string[] = [];
    if (c.code === 70) faults.push('exit 70 (internal)');
    if (STACK.test(c.stderr)) faults.push('stack trace on standard error');
    if (/[\u001b\u0007]/.test(c.stderr) || /[\u001b\u0007]/.test(c.stdout)) faults.push('raw terminal escape characters in the output');
    const codes = codesInOutput(c);
    if (codes.includes('internal')) faults.push("reason code 'internal'");
    const outcome = faults.length > 0 ? 'crash' : c.code === 0 ? 'ok' : 'refused';
    result = { outcome, codes, faults, exit: c.code, stdout: c.stdout, stderr: c.stderr };
  }
  const ms = performance.now() - started;
  if (({} as Record<string, unknown>)['polluted'] !== undefined) result.faults.push('Object.prototype was polluted');
  return {
    key: step.key,
    phase: 'end',
    outcome: result.outcome,
    codes: result.codes,
    ...(result.exit === undefined ? {} : { exit: result.exit }),
    ms: Math.round(ms),
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    storeChanged: fingerprint(plan.db) !== before,
    faults: result.faults,
    stdoutHead: result.stdout.slice(0, 4000),
    stderrHead: result.stderr.slice(0, 2000),
  };
}

async function drive(planPath: string, resultsPath: string): Promise<void> {
  const plan = JSON.parse(readFileSync(planPath, 'utf8')) as Plan;
  const record = (r: StepResult): void => {
    appendFileSync(resultsPath, JSON.stringify(r) + '\n');
  };
  for (const step of plan.steps) {
    record({ key: step.key, phase: 'start' });
    record(await runStep(step, plan));
  }
}

const [planPath, resultsPath] = process.argv.slice(2);
if (planPath !== undefined && resultsPath !== undefined) await drive(planPath, resultsPath);
