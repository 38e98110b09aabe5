// The storage module's public surface: the Store port, its types, and the factories.
import { OpenImrError } from '../core/index.ts';
import { openPostgresStore } from './postgres/open.ts';
import { openSqliteStore } from './sqlite/open.ts';
import type { Store } from './store.ts';

export type * from './store.ts';
export * from './workflow-store.ts';
export type * from './auth-store.ts';
export type { StoreOptions } from './repository.ts';
export { SEARCH_WINDOW } from './repository.ts';
export { openPostgresStore, openSqliteStore };

/** postgres:// or postgresql:// URLs open PostgreSQL; otherwise dbPath opens (or creates) an SQLite file. */
export function openStore(options: { databaseUrl?: string; dbPath?: string }): Promise<Store> {
  const url = options.databaseUrl;
  if (url !== undefined && /^postgres(?:ql)?:\/\//i.test(url)) return openPostgresStore(url);
  if (url !== undefined && url !== '') {
    return Promise.reject(new OpenImrError('invalid-argument', 'databaseUrl must be a postgres:// or postgresql:// URL', { field: 'databaseUrl' }));
  }
  if (options.dbPath !== undefined && options.dbPath !== '') return openSqliteStore(options.dbPath);
  return Promise.reject(new OpenImrError('invalid-argument', 'no database: give a databaseUrl or a dbPath', { field: 'dbPath' }));
}
export { exportStore, importStore, readManifest, storeDigests, contentHash, ExportManifest, EXPORT_FORMAT, EXPORT_VERSION, MANIFEST_FILE } from './transfer.ts';
export type { ExportSummary, ImportSummary, TableDigest, TransferTarget } from './transfer.ts';
export { backupSqlite, restoreSqlite, checkBackupFile, sha256File } from './transfer-backup.ts';
export type { BackupCheck, BackupSummary, RestoreSummary } from './transfer-backup.ts';
