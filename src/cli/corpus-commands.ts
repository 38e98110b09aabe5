// Commands over the decision corpus: parse, ingest, search, show, stats, import-dmhc, status.
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import {
  corpusStats,
  describeLocation,
  importDmhc,
  ingestPaths,
  openStoreAt,
  parseLetterFile,
  resolveStoreLocation,
  searchCorpus,
  showCase,
  type Store,
  type StatsDimension,
  type Program,
} from '../app/index.ts';
import type { Decision } from '../core/index.ts';
import { EXIT, exitCodeFor } from './exit.ts';
import { ansiStyle, csvCell, pct, plainStyle, renderSnippet, safeText, table, type Style } from './format.ts';
import { dbOption, oneOf, wholeNumber } from './options.ts';
import { renderLetter } from './render-letter.ts';

interface DbOpts {
  db?: string;
}

const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
};
const err = (s: string): void => {
  process.stderr.write(s.endsWith('\n') ? s : s + '\n');
};
const styleFor = (stream: NodeJS.WriteStream): Style => (stream.isTTY && process.env['NO_COLOR'] === undefined ? ansiStyle : plainStyle);

async function withStore<T>(opts: DbOpts, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreAt(resolveStoreLocation(opts.db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const DIMENSIONS: readonly StatsDimension[] = ['category', 'specialty', 'year', 'guideline', 'decision'];
const PROGRAMS: readonly Program[] = ['dwc', 'dmhc'];
const DECISIONS: readonly Decision[] = ['Upheld', 'Overturned'];

export function registerCorpusCommands(program: Command): void {
  program
    .command('parse')
    .description('parse letters (PDF or text) and print one JSON object per file, one per line')
    .argument('<files...>', 'letter files')
    .option('--json', 'JSON lines (the default and only output)')
    .action(async (files: string[]) => {
      let failed = 0;
      for (const file of files) {
        const result = await parseLetterFile(file);
        if (result.ok) out(JSON.stringify(result.value));
        else {
          failed++;
          err(`openimr: ${safeText(file)}: ${result.error.code}: ${result.error.message}`);
          if (files.length === 1) process.exitCode = exitCodeFor(result.error.code);
        }
      }
      if (failed > 0 && files.length > 1) process.exitCode = EXIT.partial;
    });

  program
    .command('ingest')
    .description('read letters from files and folders (recursive; .pdf, .txt) into the store; idempotent')
    .argument('<paths...>', 'files or folders')
    .addOption(dbOption())
    .option('--workers <n>', 'worker threads for reading and parsing', wholeNumber('--workers', 0, 64))
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: DbOpts & { workers?: number; json?: boolean }) => {
      const summary = await withStore(opts, async (store) => {
        const tty = process.stderr.isTTY && opts.json !== true;
        const bar = tty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {eta}s left', hideCursor: true, clearOnComplete: true }) : null;
        let started = false as boolean;
        const result = await ingestPaths(store, paths, {
          ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
          onProgress: (done, total) => {
            if (bar === null) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        });
        if (started) bar?.stop();
        return result;
      });
      if (opts.json === true) out(JSON.stringify(summary));
      else {
        out(
          `${summary.files} files: ${summary.added} added (${summary.items} items), ${summary.unchanged} unchanged, ` +
            `${summary.failed.length} failed, in ${summary.seconds.toFixed(1)} s` +
            (summary.withProblems > 0 ? `; ${summary.withProblems} added with parse problems (see 'openimr parse')` : ''),
        );
        for (const f of summary.failed) err(`failed: ${safeText(f.file)}: ${f.code}: ${f.reason}`);
      }
      if (summary.failed.length > 0) process.exitCode = summary.added + summary.unchanged > 0 ? EXIT.partial : EXIT.badInput;
    });

  program
    .command('search')
    .description('full-text search over decided items, ranked, with snippets and facet counts')
    .argument('[query...]', 'words to search for (empty: list the newest decisions)')
    .addOption(dbOption())
    .option('--decision <d>', 'Upheld or Overturned', oneOf('--decision', DECISIONS))
    .option('--category <c>', 'a category id or group, e.g. pharmaceutical.opioid or imaging')
    .option('--specialty <s>', "reviewer's specialty, e.g. 'Occupational Medicine'")
    .option('--year <y>', 'decision year', wholeNumber('--year', 2013, 2100))
    .option('--limit <n>', 'results per page (1-100)', wholeNumber('--limit', 1, 100), 10)
    .option('--offset <n>', 'results to skip', wholeNumber('--offset', 0, 10_000), 0)
    .option('--json', 'print the result as JSON')
    .action(
      async (
        words: string[],
        opts: DbOpts & { decision?: Decision; category?: string; specialty?: string; year?: number; limit: number; offset: number; json?: boolean },
      ) => {
        const result = await withStore(opts, (store) =>
          searchCorpus(store, {
            text: words.join(' '),
            limit: opts.limit,
            offset: opts.offset,
            ...(opts.decision !== undefined ? { decision: opts.decision } : {}),
            ...(opts.category !== undefined ? { category: opts.category } : {}),
            ...(opts.specialty !== undefined ? { specialty: opts.specialty } : {}),
            ...(opts.year !== undefined ? { year: opts.year } : {}),
          }),
        );
        if (opts.json === true) {
          out(JSON.stringify(result));
          return;
        }
        const style = styleFor(process.stdout);
        const count = result.exhaustive ? `${result.total} matching items` : `more than ${result.total} matching items (counts below are of the newest ${result.total})`;
        out(count + (result.total > result.hits.length && result.hits.length > 0 ? `; showing ${opts.offset + 1}-${opts.offset + result.hits.length}` : ''));
        result.hits.forEach((h, i) => {
          out(
            `\n${style.bold(`${opts.offset + i + 1}. ${safeText(h.request)}`)}: ${h.decision ?? 'no decision read'}` +
              `\n   ${style.dim(`${h.caseNumber ?? '(no case number)'} | ${h.decisionDate ?? 'date unknown'} | ${h.category} | ${safeText(h.specialty ?? 'specialty unknown')}`)}` +
              `\n   ${renderSnippet(h.snippet, style)}`,
          );
        });
        const facet = (name: string, values: { value: string; count: number }[]): void => {
          if (values.length > 0) out(`${name}: ${values.map((v) => `${safeText(v.value)} (${v.count})`).join(', ')}`);
        };
        out('');
        facet('decision', result.facets.decision);
        facet('category', result.facets.category);
        facet('specialty', result.facets.specialty);
        facet('year', result.facets.year);
      },
    );

  program
    .command('show')
    .description('show the letter(s) stored for a case number')
    .argument('<caseNumber>', 'e.g. CM16-0213037')
    .addOption(dbOption())
    .option('--json', 'print the stored records as JSON')
    .action(async (caseNumber: string, opts: DbOpts & { json?: boolean }) => {
      const letters = await withStore(opts, (store) => showCase(store, caseNumber));
      if (opts.json === true) out(JSON.stringify(letters.length === 1 ? letters[0] : letters));
      else out(letters.map((l) => renderLetter(l, styleFor(process.stdout))).join('\n\n'));
    });

  program
    .command('stats')
    .description('counts and overturn rates with 95% Wilson intervals')
    .requiredOption('--by <dimension>', DIMENSIONS.join('|'), oneOf('--by', DIMENSIONS))
    .option('--program <p>', 'dwc (letters) or dmhc (health-plan open data)', oneOf('--program', PROGRAMS), 'dwc')
    .option('--format <f>', 'table|csv|json', oneOf('--format', ['table', 'csv', 'json'] as const), 'table')
    .option('--json', 'same as --format json')
    .addOption(dbOption())
    .action(async (opts: DbOpts & { by: StatsDimension; program: Program; format: 'table' | 'csv' | 'json'; json?: boolean }) => {
      const report = await withStore(opts, (store) => corpusStats(store, opts.by, opts.program));
      const format = opts.json === true ? 'json' : opts.format;
      if (format === 'json') {
        out(JSON.stringify(report));
        return;
      }
      const lines = [...report.rows, report.totals];
      if (format === 'csv') {
        out([opts.by, 'total', 'upheld', 'overturned', 'overturn_rate', 'ci95_low', 'ci95_high'].join(','));
        for (const r of lines) {
          out(
            [csvCell(r.key), r.total, r.upheld, r.overturned, r.overturnRate?.toFixed(4) ?? '', r.ci95?.low.toFixed(4) ?? '', r.ci95?.high.toFixed(4) ?? ''].join(','),
          );
        }
        return;
      }
      out(
        table(
          [opts.by, 'items', 'upheld', 'overturned', 'overturn rate', '95% CI'],
          lines.map((r) => [
            safeText(r.key),
            String(r.total),
            String(r.upheld),
            String(r.overturned),
            pct(r.overturnRate),
            r.ci95 === null ? '-' : `${pct(r.ci95.low)} - ${pct(r.ci95.high)}`,
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r'],
        ),
      );
    });

  program
    .command('import-dmhc')
    .description('import the DMHC (health-plan) IMR open-data CSV as the program dmhc')
    .argument('<file>', "the CSV file (';' or ',' separated)")
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, opts: DbOpts & { json?: boolean }) => {
      const summary = await withStore(opts, (store) => importDmhc(store, file));
      if (opts.json === true) out(JSON.stringify(summary));
      else {
        out(`${summary.rows} rows: ${summary.added} added, ${summary.updated} updated, ${summary.rejected.length} rejected`);
        for (const r of summary.rejected.slice(0, 20)) err(`rejected line ${r.line}: ${r.reason}`);
        if (summary.rejected.length > 20) err(`... and ${summary.rejected.length - 20} more rejected lines`);
      }
      if (summary.rejected.length > 0) process.exitCode = EXIT.partial;
    });

  program
    .command('status')
    .description('open (and create or migrate) the store and print where it is and what it holds')
    .addOption(dbOption())
    .option('--json', 'print as JSON')
    .action(async (opts: DbOpts & { json?: boolean }) => {
      const loc = resolveStoreLocation(opts.db);
      const counts = await withStore(opts, (store) => store.counts());
      if (opts.json === true) out(JSON.stringify({ store: describeLocation(loc), ...counts }));
      else {
        out(`OpenIMR store: ${describeLocation(loc)}`);
        out(`letters: ${counts.letters}, decided items: ${counts.items}, DMHC rows: ${counts.dmhc}`);
        if (counts.letters === 0) out("Load letters with 'openimr ingest FOLDER' and search them with 'openimr search WORDS'.");
      }
    });
}
