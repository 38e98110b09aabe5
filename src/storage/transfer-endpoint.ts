// One end of a transfer: a connection of its own to an SQLite file or a PostgreSQL database, with the
// few operations export and import need and the whole Store over the same connection (for migrate() and
// verifyAudit()). Reads run inside one snapshot: SQLite, a deferred read transaction (WAL readers never
// block writers); PostgreSQL, a REPEATABLE READ READ ONLY transaction. Rows come in pages, never a whole
// table: SQLite by keyset on the primary key (binary order), PostgreSQL through a server-side cursor ordered
// with COLLATE "C" (byte order, so text keys sort exactly as on SQLite).
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import { OpenImrError } from '../core/index.ts';
import { storageFailure } from './failure.ts';
import { postgresDialect } from './postgres/search.ts';
import { KyselyStore } from './repository.ts';
import type { Database } from './schema.ts';
import { BUSY_TIMEOUT_MS } from './sqlite/open.ts';
import { sqliteDialect } from './sqlite/search.ts';
import type { Store } from './store.ts';
import type { TableSpec } from './transfer-tables.ts';
import { MIGRATION_TABLE } from './migrations/index.ts';

/** Where a transfer reads or writes: an SQLite file or a PostgreSQL URL. */
export type TransferTarget = { backend: 'sqlite'; path: string } | { backend: 'postgres'; url: string };

export type Row = Record<string, unknown>;

/** Rows per page read. */
const READ_PAGE = 500;
/** Bound parameters per INSERT, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 8_000;

export interface Endpoint {
  readonly backend: 'sqlite' | 'postgres';
  readonly store: Store;
  /** Runs `fn` inside one read snapshot; `read` yields a table's rows in canonical order, a page at a time. */
  snapshot<T>(fn: (read: (spec: TableSpec) => AsyncIterable<Row[]>) => Promise<T>): Promise<T>;
  /**
   * Runs a whole import in ONE write transaction (decision 0007 addendum): rows written by `fn` are committed
   * only if it returns, so a failure, a refused verification or a killed process leaves the target as it was.
   */
  importAll<T>(fn: (w: ImportWriter) => Promise<T>): Promise<T>;
  /** Applied migration names, in order. */
  migrations(): Promise<string[]>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

/** What an import does inside its transaction. */
export interface ImportWriter {
  /** Inserts rows (values in column order); `replace` first empties the table. */
  insert(spec: TableSpec, rows: readonly unknown[][], replace: boolean): Promise<void>;
  /** PostgreSQL identity sequences move past the imported ids (setval is not undone by a rollback). */
  finishImport(specs: readonly TableSpec[]): Promise<void>;
  /** A table's rows in canonical order, as written so far in this transaction. */
  read(spec: TableSpec): AsyncIterable<Row[]>;
  /** The store over the same transaction (to verify the audit chain before commit). */
  readonly store: Store;
}

const cols = (spec: TableSpec): RawBuilder<unknown> => sql.join(spec.columns.map((c) => sql.ref(c.name)));

function orderBy(spec: TableSpec, backend: 'sqlite' | 'postgres'): RawBuilder<unknown> {
  const textKey = (k: string): boolean => spec.columns.find((c) => c.name === k)?.kind === 'text';
  return sql.join(spec.key.map((k) => (backend === 'postgres' && textKey(k) ? sql`${sql.ref(k)} collate "C"` : sql.ref(k))));
}

async function* sqlitePages(trx: Transaction<Database>, spec: TableSpec): AsyncIterable<Row[]> {
  const keys = sql.join(spec.key.map((k) => sql.ref(k)));
  let last: unknown[] | null = null;
  for (;;) {
    const after: RawBuilder<unknown> = last === null ? sql`` : sql`where (${keys}) > (${sql.join(last)})`;
    const page = (await sql<Row>`select ${cols(spec)} from ${sql.table(spec.name)} ${after} order by ${keys} limit ${READ_PAGE}`.execute(trx)).rows;
    if (page.length === 0) return;
    yield page;
    const end = page[page.length - 1];
    if (end === undefined || page.length < READ_PAGE) return;
    last = spec.key.map((k) => end[k]);
  }
}

async function* postgresPages(trx: Transaction<Database>, spec: TableSpec): AsyncIterable<Row[]> {
  await sql`declare openimr_transfer no scroll cursor for select ${cols(spec)} from ${sql.table(spec.name)} order by ${orderBy(spec, 'postgres')}`.execute(trx);
  try {
    for (;;) {
      const page = (await sql<Row>`fetch ${sql.raw(String(READ_PAGE))} from openimr_transfer`.execute(trx)).rows;
      if (page.length === 0) return;
      yield page;
    }
  } finally {
    await sql`close openimr_transfer`.execute(trx);
  }
}

function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new OpenImrError('storage-error', 'storage: a 64-bit value exceeds the safe integer range');
  return n;
}

async function insertRows(trx: Transaction<Database>, spec: TableSpec, rows: readonly unknown[][], replace: boolean): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / spec.columns.length));
  if (replace) await sql`delete from ${sql.table(spec.name)}`.execute(trx);
  for (let at = 0; at < rows.length; at += perStatement) {
    const values = rows.slice(at, at + perStatement).map((r) => sql`(${sql.join(r)})`);
    await sql`insert into ${sql.table(spec.name)} (${cols(spec)}) values ${sql.join(values)}`.execute(trx);
  }
}

/** SQLite hands out max(id) + 1 by itself; PostgreSQL's identity sequences must be moved past the imported ids. */
async function moveSequences(trx: Transaction<Database>, specs: readonly TableSpec[]): Promise<void> {
  for (const spec of specs) {
    if (spec.identity === undefined) continue;
    const col = sql.ref(spec.identity);
    await sql`select setval(pg_get_serial_sequence(${spec.name}, ${spec.identity}), coalesce(max(${col}), 1), max(${col}) is not null) from ${sql.table(spec.name)}`.execute(trx);
  }
}

class KyselyEndpoint implements Endpoint {
  readonly store: Store;
  constructor(
    readonly backend: 'sqlite' | 'postgres',
    private readonly db: Kysely<Database>,
  ) {
    this.store = new KyselyStore(db, backend === 'sqlite' ? sqliteDialect : postgresDialect);
  }

  snapshot<T>(fn: (read: (spec: TableSpec) => AsyncIterable<Row[]>) => Promise<T>): Promise<T> {
    if (this.backend === 'sqlite') {
      return this.db.transaction().execute((trx) => fn((spec) => sqlitePages(trx, spec)));
    }
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx);
        return fn((spec) => postgresPages(trx, spec));
      });
  }

  importAll<T>(fn: (w: ImportWriter) => Promise<T>): Promise<T> {
    const backend = this.backend;
    return this.db.transaction().execute((trx) =>
      fn({
        insert: (spec, rows, replace) => insertRows(trx, spec, rows, replace),
        finishImport: (specs) => (backend === 'postgres' ? moveSequences(trx, specs) : Promise.resolve()),
        read: (spec) => (backend === 'sqlite' ? sqlitePages(trx, spec) : postgresPages(trx, spec)),
        store: new KyselyStore(trx, backend === 'sqlite' ? sqliteDialect : postgresDialect),
      }),
    );
  }

  async migrations(): Promise<string[]> {
    const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(this.db);
    return rows.rows.map((r) => r.name);
  }

  async count(table: string): Promise<number> {
    const rows = await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(this.db);
    return Number(rows.rows[0]?.n ?? 0);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Opens a connection of its own (an SQLite file must exist when `mustExist`). The caller closes it. */
export async function openEndpoint(target: TransferTarget, options: { mustExist?: boolean } = {}): Promise<Endpoint> {
  if (target.backend === 'sqlite') {
    let raw: BetterSqlite3.Database;
    try {
      raw = new BetterSqlite3(target.path, { timeout: BUSY_TIMEOUT_MS, fileMustExist: options.mustExist === true });
      raw.pragma('journal_mode = WAL');
      raw.pragma('foreign_keys = ON');
      raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    } catch (err) {
      const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'open failed';
      if (code === 'SQLITE_CANTOPEN' && options.mustExist === true) throw new OpenImrError('not-found', 'no SQLite store at that path', { path: target.path, cause: err });
      throw new OpenImrError('storage-error', `storage: cannot open the SQLite database (${code})`, { path: target.path, cause: err });
    }
    return new KyselyEndpoint('sqlite', new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }));
  }
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, parseInt8);
  const pool = new pg.Pool({ connectionString: target.url, types, max: 2 });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw storageFailure('connect to PostgreSQL', err);
  }
  return new KyselyEndpoint('postgres', db);
}
