// openimr backup | restore (the embedded store) and export | import (the whole store, either backend).
import type { Command } from 'commander';
import { backupStore, describeLocation, exportWholeStore, importWholeStore, resolveStoreLocation, restoreStore } from '../app/index.ts';
import { dbOption } from './options.ts';
import { out } from './workflow-deps.ts';

interface DbOpts {
  db?: string;
  json?: boolean;
}

const rate = (rows: number, ms: number): string => `${Math.round(rows / Math.max(ms / 1000, 0.001)).toLocaleString('en-US')} rows/s`;

function counts(tables: Record<string, number>): string {
  return Object.entries(tables).map(([name, n]) => `  ${name.padEnd(18)} ${n}`).join('\n');
}

export function registerTransferCommands(program: Command): void {
  program
    .command('backup')
    .description('an online, verified copy of the embedded SQLite store (other processes may keep writing)')
    .requiredOption('--out <file>', 'the backup file to create (must not exist)')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (opts: DbOpts & { out: string }) => {
      const r = await backupStore(resolveStoreLocation(opts.db), opts.out);
      if (opts.json === true) out(JSON.stringify(r));
      else out(`backup ok: ${r.file} (${r.bytes} bytes, integrity ok, ${r.migrations.length} migrations, audit head ${r.auditHead.seq})\nsha256 ${r.sha256}\n${counts(r.tables)}`);
    });

  program
    .command('restore')
    .description('put a verified backup in place of the embedded SQLite store, atomically')
    .requiredOption('--from <file>', 'a file made by openimr backup')
    .addOption(dbOption())
    .option('--force', 'replace an existing store (stop the processes that use it first)')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: DbOpts & { from: string; force?: boolean }) => {
      const r = await restoreStore(opts.from, resolveStoreLocation(opts.db), { force: opts.force === true });
      if (opts.json === true) out(JSON.stringify(r));
      else out(`restore ok: ${r.db}${r.replaced ? ' (replaced)' : ''}, sha256 ${r.sha256}\n${counts(r.tables)}`);
    });

  program
    .command('export')
    .description('the whole store as a directory of NDJSON files per table and a manifest with counts and SHA-256')
    .requiredOption('--out <dir>', 'a new or empty directory')
    .addOption(dbOption())
    .option('--json', 'print the manifest as JSON')
    .action(async (opts: DbOpts & { out: string }) => {
      const loc = resolveStoreLocation(opts.db);
      const r = await exportWholeStore(loc, opts.out);
      if (opts.json === true) out(JSON.stringify(r.manifest));
      else {
        out(`export ok: ${describeLocation(loc)} -> ${r.dir}: ${r.rows} rows, ${r.bytes} bytes in ${Math.round(r.ms)} ms (${rate(r.rows, r.ms)})`);
        out(`content sha256 ${r.manifest.contentSha256}\n${counts(Object.fromEntries(r.manifest.tables.map((t) => [t.name, t.rows])))}`);
      }
    });

  program
    .command('import')
    .description('an export directory into an EMPTY store of either backend, then verified (counts, hashes, audit chain)')
    .requiredOption('--from <dir>', 'a directory made by openimr export')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON')
    .action(async (opts: DbOpts & { from: string }) => {
      const loc = resolveStoreLocation(opts.db);
      const r = await importWholeStore(opts.from, loc);
      if (opts.json === true) out(JSON.stringify(r));
      else {
        out(`import ok: ${r.rows} rows into ${describeLocation(loc)} in ${Math.round(r.ms)} ms (${rate(r.rows, r.ms)}), verified: content sha256 ${r.contentSha256}, audit chain ${r.auditEvents} events`);
        out(counts(Object.fromEntries(r.tables.map((t) => [t.name, t.rows]))));
      }
    });
}
