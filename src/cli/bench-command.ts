// openimr bench scale: runs the scale benchmark (bench/scale.bench.ts) in a child process per backend, so
// each backend's peak memory is its own and src never imports the benchmarks. Needs a source checkout
// (bench/ is not part of the installed program) and, for PostgreSQL, the server binaries.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, type Command } from 'commander';
import { OpenImrError } from '../core/index.ts';
import { oneOf, wholeNumber } from './options.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BACKENDS = ['sqlite', 'postgres', 'both'] as const;

function sizesOption(value: string): number[] {
  const sizes = value.split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isSafeInteger(n) || n < 100 || n > 10_000_000)) {
    throw new InvalidArgumentError('sizes must be whole numbers from 100 to 10000000, separated by commas');
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

interface ScaleOpts {
  sizes: number[];
  backend: (typeof BACKENDS)[number];
  queries: number;
  explainAt?: number;
  out?: string;
}

function runChild(args: readonly string[]): Promise<number> {
  const script = `${ROOT}bench/run.ts`;
  if (!existsSync(script)) {
    return Promise.reject(new OpenImrError('not-found', 'bench scale needs a source checkout (bench/run.ts is not here)'));
  }
  return new Promise((resolve, reject) => {
    // tsx as a loader of this same node: no shell, no PATH lookup.
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
}

export function registerBenchCommand(program: Command): void {
  const bench = program.command('bench').description('benchmarks (from a source checkout)');
  bench
    .command('scale')
    .description('load a synthetic corpus at each size and report load rate, search p50/p95/p99, statistics times, peak memory and database size, with growth from size to size')
    .option('--sizes <list>', 'letters per step, comma-separated (1000000 on request: minutes per backend)', sizesOption, [10_000, 100_000])
    .option('--backend <name>', `sqlite, postgres or both`, oneOf('backend', BACKENDS), 'both')
    .option('--queries <n>', 'searches measured per size', wholeNumber('queries', 10, 100_000), 300)
    .option('--explain-at <n>', 'print the query plans of the searches and statistics at this size (one of --sizes)', wholeNumber('explain-at', 1))
    .option('--out <file>', 'also write the figures as JSON (one file per backend: <file>.<backend>.json)')
    .action(async (opts: ScaleOpts) => {
      const backends = opts.backend === 'both' ? (['sqlite', 'postgres'] as const) : [opts.backend];
      let worst = 0;
      for (const backend of backends) {
        const args = ['scale', '--sizes', opts.sizes.join(','), '--backend', backend, '--queries', String(opts.queries)];
        if (opts.explainAt !== undefined) args.push('--explain-at', String(opts.explainAt));
        if (opts.out !== undefined) args.push('--out', `${opts.out}.${backend}.json`);
        worst = Math.max(worst, await runChild(args));
      }
      if (worst !== 0) process.exitCode = worst;
    });
}
