// Opening the embedded SQLite store: better-sqlite3 behind Kysely's SqliteDialect.
// Several processes may share one file (a server and a CLI import): WAL lets readers run during a
// write, busy_timeout makes a second writer wait instead of failing, and every transaction begins
// IMMEDIATE so a writer takes the write lock up front (a deferred transaction that reads first and
// then writes gets SQLITE_BUSY at once, without waiting). Within one process, open one Store per file:
// better-sqlite3 waits synchronously, so two Stores on one file in one process can block each other.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { OpenImrError } from '../../core/index.ts';
import { KyselyStore, queryLog, type StoreOptions } from '../repository.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';
import { sqliteDialect } from './search.ts';

export const BUSY_TIMEOUT_MS = 10_000;
const STATEMENT_CACHE_SIZE = 256;

/**
 * The connection as Kysely sees it, with two changes: prepared statements are reused (Kysely prepares
 * every query afresh, which costs more than running a small insert), and 'begin' becomes 'begin immediate'.
 */
class PreparedConnection implements SqliteDatabase {
  readonly #cache = new Map<string, SqliteStatement>();
  constructor(readonly raw: BetterSqlite3.Database) {}

  prepare(text: string): SqliteStatement {
    const sqlText = text === 'begin' ? 'begin immediate' : text;
    let stmt = this.#cache.get(sqlText);
    if (stmt === undefined) {
      stmt = this.raw.prepare(sqlText);
      if (this.#cache.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.#cache.keys().next().value;
        if (oldest !== undefined) this.#cache.delete(oldest);
      }
      this.#cache.set(sqlText, stmt);
    }
    return stmt;
  }

  close(): void {
    this.#cache.clear();
    this.raw.close();
  }
}

export function openSqliteStore(path: string, options: StoreOptions = {}): Promise<Store> {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
    if (path !== ':memory:' && path !== '') raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (err) {
    const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'open failed';
    return Promise.reject(new OpenImrError('storage-error', `storage: cannot open the SQLite database (${code})`, { path, cause: err }));
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new PreparedConnection(raw) }), ...queryLog(options) });
  return Promise.resolve(new KyselyStore(db, sqliteDialect, options));
}
