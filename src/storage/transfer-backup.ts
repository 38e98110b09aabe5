// Backup and restore of the embedded (SQLite) store, online: other processes may keep writing.
// Backup: VACUUM INTO a temporary file beside the destination (one read transaction, so the copy is one
// consistent snapshot, compacted, without blocking writers in WAL mode), fsync, verify (integrity_check,
// the schema's migrations, and for the append-only tables the rows the source had at the copy's snapshot:
// the same count up to the copy's last id / seq, and the copy's audit head is the source's event at that
// seq), then publish it under the final name without overwriting anything (link + unlink), fsync the
// directory, and hash it. Restore: verify the backup, copy it to a temporary file beside the target,
// fsync, and rename it over the target (atomic on POSIX), never leaving a half-written store.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, fsyncSync, linkSync, openSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { GENESIS_HASH, OpenImrError } from '../core/index.ts';
import { migrationsFor } from './migrations/index.ts';
import { BUSY_TIMEOUT_MS } from './sqlite/open.ts';
import { sqliteDialect } from './sqlite/search.ts';
import { TRANSFER_TABLES } from './transfer-tables.ts';

export interface BackupCheck {
  /** Rows per table in the checked file. */
  tables: Record<string, number>;
  /** Applied migration names. */
  migrations: string[];
  /** The last audit event's seq and hash. */
  auditHead: { seq: number; hash: string };
}

export interface BackupSummary extends BackupCheck {
  file: string;
  bytes: number;
  sha256: string;
  ms: number;
}

export interface RestoreSummary extends BackupCheck {
  db: string;
  bytes: number;
  sha256: string;
  replaced: boolean;
}

/** Append-only tables with an integer key: a consistent copy holds exactly the source's rows up to its last key. */
const APPEND_ONLY: readonly { table: string; key: string }[] = [
  { table: 'letters', key: 'id' },
  { table: 'items', key: 'id' },
  { table: 'audit_events', key: 'seq' },
];

function errCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'failed';
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) h.update(chunk);
  return h.digest('hex');
}

function count(db: BetterSqlite3.Database, table: string, where = ''): number {
  const row = db.prepare(`select count(*) as n from "${table}" ${where}`).get() as { n: number };
  return row.n;
}

/** Opens a file read-only and checks it is a sound OpenIMR store this program can open. */
export function checkBackupFile(path: string): BackupCheck {
  const corrupt = (why: string, cause?: unknown): OpenImrError =>
    new OpenImrError('unreadable-file', `the backup is not a sound OpenIMR store (${why})`, { path, reason: 'backup-corrupt', cause });
  if (!existsSync(path)) throw new OpenImrError('not-found', 'no backup file at that path', { path });
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw corrupt(errCode(err), err);
  }
  try {
    let result: string[];
    try {
      result = (db.prepare('pragma integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (err) {
      throw corrupt(errCode(err), err);
    }
    if (result.length !== 1 || result[0] !== 'ok') throw corrupt('integrity_check failed');
    let migrations: string[];
    try {
      migrations = (db.prepare('select name from openimr_migration order by name').all() as { name: string }[]).map((r) => r.name);
    } catch (err) {
      throw corrupt('no migration table', err);
    }
    const known = Object.keys(migrationsFor(sqliteDialect));
    const unknown = migrations.filter((m) => !known.includes(m));
    if (unknown.length > 0) {
      throw new OpenImrError('conflict', 'the backup was written by a newer OpenIMR (unknown migrations): upgrade first', { path, reason: 'backup-newer-schema' });
    }
    const present = new Set((db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const tables: Record<string, number> = {};
    for (const spec of TRANSFER_TABLES) if (present.has(spec.name)) tables[spec.name] = count(db, spec.name);
    if (present.has('sessions')) tables['sessions'] = count(db, 'sessions');
    const head = present.has('audit_head') ? (db.prepare('select seq, hash from audit_head where id = 1').get() as { seq: number; hash: string } | undefined) : undefined;
    return { tables, migrations, auditHead: head ?? { seq: 0, hash: GENESIS_HASH } };
  } finally {
    db.close();
  }
}

/** Checks the copy against the source: for append-only tables, the source's rows up to the copy's last key. */
function checkAgainstSource(source: BetterSqlite3.Database, copyPath: string, check: BackupCheck): void {
  const copy = new BetterSqlite3(copyPath, { readonly: true, fileMustExist: true });
  try {
    const differs = (what: string): OpenImrError =>
      new OpenImrError('storage-error', `the backup does not match the source at its snapshot (${what})`, { reason: 'backup-mismatch' });
    for (const { table, key } of APPEND_ONLY) {
      if (check.tables[table] === undefined) continue;
      const last = (copy.prepare(`select max("${key}") as m from "${table}"`).get() as { m: number | null }).m;
      const inSource = last === null ? 0 : (source.prepare(`select count(*) as n from "${table}" where "${key}" <= ?`).get(last) as { n: number }).n;
      if (inSource !== check.tables[table]) throw differs(table);
    }
    if (check.auditHead.seq > 0) {
      const ev = source.prepare('select hash from audit_events where seq = ?').get(check.auditHead.seq) as { hash: string } | undefined;
      if (ev?.hash !== check.auditHead.hash) throw differs('audit head');
    }
  } finally {
    copy.close();
  }
}

/** An online, verified copy of the SQLite store at `dbPath` into `outFile` (which must not exist). */
export async function backupSqlite(dbPath: string, outFile: string): Promise<BackupSummary> {
  const started = performance.now();
  if (!existsSync(dbPath)) throw new OpenImrError('not-found', 'no SQLite store at that path', { path: dbPath });
  if (existsSync(outFile)) throw new OpenImrError('conflict', 'the backup file exists: choose another name', { path: outFile, reason: 'target-exists' });
  const tmp = join(dirname(outFile), `.${basename(outFile)}.${randomBytes(6).toString('hex')}.tmp`);
  let source: BetterSqlite3.Database;
  try {
    source = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new OpenImrError('storage-error', `storage: cannot open the SQLite database (${errCode(err)})`, { path: dbPath, cause: err });
  }
  try {
    try {
      source.prepare('vacuum into ?').run(tmp);
    } catch (err) {
      throw new OpenImrError('storage-error', `storage: backup failed (${errCode(err)})`, { path: dbPath, cause: err });
    }
    fsyncPath(tmp);
    const check = checkBackupFile(tmp);
    checkAgainstSource(source, tmp, check);
    try {
      linkSync(tmp, outFile); // fails if outFile appeared meanwhile: never overwrites
    } catch (err) {
      throw new OpenImrError('conflict', `the backup file could not be created (${errCode(err)})`, { path: outFile, reason: 'target-exists', cause: err });
    }
    fsyncPath(dirname(outFile));
    return { file: outFile, bytes: statSync(outFile).size, sha256: await sha256File(outFile), ms: performance.now() - started, ...check };
  } finally {
    source.close();
    rmSync(tmp, { force: true });
  }
}

/**
 * Makes sure no other connection has the target open: a checkpoint folds the WAL back into the file, and
 * closing the last connection removes the WAL. A WAL file left after that means someone else holds it.
 */
function quiesce(target: string): void {
  try {
    const db = new BetterSqlite3(target, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch (err) {
    if (err instanceof OpenImrError) throw err;
    // An unreadable old target is simply replaced.
  }
  if (existsSync(`${target}-wal`)) {
    throw new OpenImrError('conflict', 'the target store is in use by another process: stop it before restoring', { path: target, reason: 'store-in-use' });
  }
}

/** Verifies `backupFile` and puts it in place of the store at `dbPath` atomically. */
export async function restoreSqlite(backupFile: string, dbPath: string, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const check = checkBackupFile(backupFile);
  const exists = existsSync(dbPath);
  if (exists && options.force !== true) {
    throw new OpenImrError('conflict', 'a store exists at the target: add --force to replace it', { path: dbPath, reason: 'target-exists' });
  }
  const tmp = join(dirname(dbPath), `.${basename(dbPath)}.${randomBytes(6).toString('hex')}.restore`);
  try {
    await copyFile(backupFile, tmp);
    fsyncPath(tmp);
    // The copy on disk is what is checked and what becomes the store.
    checkBackupFile(tmp);
    const sha256 = await sha256File(tmp);
    if (exists) quiesce(dbPath);
    rmSync(`${dbPath}-shm`, { force: true });
    renameSync(tmp, dbPath);
    fsyncPath(dirname(dbPath));
    return { db: dbPath, bytes: statSync(dbPath).size, sha256, replaced: exists, ...check };
  } finally {
    rmSync(tmp, { force: true });
  }
}
