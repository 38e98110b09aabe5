// Backup / restore of the embedded store and whole-store export / import between the backends
// (docs/decisions/0007). The work is in src/storage; here a StoreLocation becomes a transfer target.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { OpenImrError } from '../core/index.ts';
import {
  backupSqlite,
  exportStore,
  importStore,
  restoreSqlite,
  type BackupSummary,
  type ExportSummary,
  type ImportSummary,
  type RestoreSummary,
  type TransferTarget,
} from '../storage/index.ts';
import type { StoreLocation } from './config.ts';

export type { BackupSummary, ExportSummary, ImportSummary, RestoreSummary } from '../storage/index.ts';

function target(loc: StoreLocation): TransferTarget {
  return loc.kind === 'postgres' ? { backend: 'postgres', url: loc.target } : { backend: 'sqlite', path: loc.target };
}

function embedded(loc: StoreLocation, what: string): string {
  if (loc.kind !== 'sqlite' || loc.target === ':memory:') {
    throw new OpenImrError('invalid-argument', `${what} works on the embedded SQLite store (for PostgreSQL use export / import or pg_dump)`, { field: 'db' });
  }
  return loc.target;
}

/** An online, verified copy of the embedded store. */
export function backupStore(loc: StoreLocation, outFile: string): Promise<BackupSummary> {
  return backupSqlite(embedded(loc, 'backup'), outFile);
}

/** Puts a verified backup in place of the embedded store (refused over an existing store unless force). */
export function restoreStore(backupFile: string, loc: StoreLocation, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const path = embedded(loc, 'restore');
  mkdirSync(dirname(path), { recursive: true });
  return restoreSqlite(backupFile, path, options);
}

/** The whole store as a directory of NDJSON files and a manifest. */
export function exportWholeStore(loc: StoreLocation, dir: string): Promise<ExportSummary> {
  return exportStore(target(loc), dir);
}

/** An export directory into an empty store of either backend, verified by counts, hashes and the audit chain. */
export function importWholeStore(dir: string, loc: StoreLocation): Promise<ImportSummary> {
  if (loc.kind === 'sqlite' && loc.target !== ':memory:') mkdirSync(dirname(loc.target), { recursive: true });
  return importStore(dir, target(loc));
}
