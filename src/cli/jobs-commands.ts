// openimr jobs enqueue-ingest | enqueue-decide | work | status: ingest and batch determinations as jobs in a
// PostgreSQL queue, run by any number of worker processes.
import { Option, type Command } from 'commander';
import { resolveStoreLocation } from '../app/index.ts';
import { enqueueDecide, enqueueIngest, queueStatus, requirePostgresUrl, startWorker, type EnqueueSummary, type QueueStatus } from '../jobs/index.ts';
import { EXIT } from './exit.ts';
import { dbOption, wholeNumber } from './options.ts';
import { out } from './workflow-deps.ts';

interface DbOpts {
  db?: string;
  json?: boolean;
}

function queueUrl(opts: DbOpts): string {
  const loc = resolveStoreLocation(opts.db);
  requirePostgresUrl(loc.kind === 'postgres' ? loc.target : '');
  return loc.target;
}

function printEnqueue(s: EnqueueSummary, json: boolean | undefined): void {
  if (json === true) out(JSON.stringify(s));
  else {
    out(`${s.files} files: ${s.enqueued} queued, ${s.alreadyDone} already done, ${s.alreadyQueued} already queued, ${s.duplicates} duplicates, ${s.failed.length} failed`);
    for (const f of s.failed) out(`  ${f.file}: ${f.code}: ${f.reason}`);
  }
  if (s.failed.length > 0) process.exitCode = EXIT.partial;
}

function printStatus(s: QueueStatus): void {
  out('task              queued  running  retrying     done   failed  progress');
  for (const t of s.tasks) {
    const cols = [t.queued, t.running, t.retrying, t.done, t.failed].map((n) => String(n).padStart(8)).join(' ');
    out(`${t.task.padEnd(16)}${cols}  ${(t.progress * 100).toFixed(1).padStart(6)}%`);
  }
  if (s.failures.length > 0) out('\nrecent failures (task, key, attempts, code):');
  for (const f of s.failures) out(`  ${f.task} ${f.key.slice(0, 19)}… attempts ${f.attempts} ${f.code ?? '?'}: ${f.reason}`);
}

export function registerJobsCommands(program: Command): void {
  const jobs = program.command('jobs').description('ingest and batch determinations as jobs in a PostgreSQL queue, run by worker processes');

  jobs
    .command('enqueue-ingest')
    .description('queue one ingest job per letter file (keyed by its SHA-256: stored or queued files are skipped)')
    .argument('<paths...>', 'letter files (.pdf, .txt) and folders')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: DbOpts) => {
      printEnqueue(await enqueueIngest(queueUrl(opts), paths), opts.json);
    });

  jobs
    .command('enqueue-decide')
    .description('queue one determination job per case file; results go to OUT/<sha256>.json')
    .argument('<files...>', 'case files (.json, as openimr decide reads) or folders of them')
    .requiredOption('--out <dir>', 'where result files are written (workers must see the same folder)')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (files: string[], opts: DbOpts & { out: string }) => {
      printEnqueue(await enqueueDecide(queueUrl(opts), files, opts.out), opts.json);
    });

  jobs
    .command('work')
    .description('run jobs until stopped (SIGINT or SIGTERM finish running jobs first); start as many as you like')
    .option('--concurrency <n>', 'jobs at once in this process', wholeNumber('--concurrency', 1, 64), 4)
    .option('--poll-interval <ms>', 'how often due retries are looked for', wholeNumber('--poll-interval', 100, 600_000), 2_000)
    .option('--stale-after <ms>', "a dead worker's job is retried after this long", wholeNumber('--stale-after', 500, 86_400_000), 10_000)
    .addOption(new Option('--job-delay-ms <ms>', 'wait before each job (crash tests)').argParser(wholeNumber('--job-delay-ms', 0, 60_000)).hideHelp())
    .addOption(dbOption())
    .action(async (opts: DbOpts & { concurrency: number; pollInterval: number; staleAfter: number; jobDelayMs?: number }) => {
      const delay = opts.jobDelayMs ?? 0;
      const worker = await startWorker(queueUrl(opts), {
        concurrency: opts.concurrency,
        pollIntervalMs: opts.pollInterval,
        staleAfterMs: opts.staleAfter,
        ...(delay > 0 ? { hooks: { beforeWork: () => new Promise<void>((r) => setTimeout(r, delay)) } } : {}),
        onReap: (n) => {
          process.stderr.write(`openimr jobs: released the jobs of ${n} dead worker(s)\n`);
        },
      });
      const onSignal = (): void => void worker.stop();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      out(`worker ready (concurrency ${opts.concurrency})`);
      try {
        await worker.promise;
      } finally {
        process.removeListener('SIGINT', onSignal).removeListener('SIGTERM', onSignal);
      }
    });

  jobs
    .command('status')
    .description('jobs queued, running, retrying, done and failed (with reason codes), and progress')
    .addOption(dbOption())
    .option('--json', 'print the status as JSON')
    .action(async (opts: DbOpts) => {
      const s = await queueStatus(queueUrl(opts));
      if (opts.json === true) out(JSON.stringify(s));
      else printStatus(s);
    });
}
