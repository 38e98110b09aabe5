// Where a test's store lives. SQLite by default (in memory, or the file the test names, as before); with
// OPENIMR_TEST_BACKEND=postgres (the `postgres` vitest project) a fresh database on the test server that
// test/setup/postgres.global.ts started, dropped when the test is done. Suites that use a store open it only
// through this file, so the same suite proves the same behaviour on both backends.
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStoreAt, type Store, type StoreLocation } from '../../src/app/index.ts';
import { createTestDatabase, testPostgresUrl } from '../setup/postgres-database.ts';

const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

export type TestBackend = 'sqlite' | 'postgres';

/** The backend the store-using suites run on in this process. */
export const TEST_BACKEND: TestBackend = process.env['OPENIMR_TEST_BACKEND'] === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = TEST_BACKEND === 'postgres';

export interface TestStoreLocation {
  location: StoreLocation;
  /** What `--db`, `startServer({ dbPath })` and `openimr serve` take: the SQLite path or the postgres:// URL. */
  db: string;
  /** Drops the PostgreSQL database (open connections are ended); nothing for SQLite. */
  drop(): Promise<void>;
}

/** A store location for one test file or test: on SQLite `sqliteTarget` (a file path, default in memory). */
export async function testStoreLocation(sqliteTarget = ':memory:'): Promise<TestStoreLocation> {
  if (!onPostgres) return { location: { kind: 'sqlite', target: sqliteTarget }, db: sqliteTarget, drop: () => Promise.resolve() };
  const server = testPostgresUrl('a suite on the postgres backend');
  if (server === null) throw new Error('OPENIMR_TEST_BACKEND=postgres, but there is no PostgreSQL server for tests (see test/setup/postgres.global.ts)');
  const database = await createTestDatabase(server);
  return { location: { kind: 'postgres', target: database.url }, db: database.url, drop: () => database.drop() };
}

/** A migrated store at a new test location; its `close()` also drops the PostgreSQL database. */
export async function openTestStore(sqliteTarget?: string): Promise<Store> {
  const where = await testStoreLocation(sqliteTarget);
  let store: Store;
  try {
    store = await openStoreAt(where.location);
  } catch (err) {
    await where.drop();
    throw err;
  }
  const close = store.close.bind(store);
  store.close = async () => {
    try {
      await close();
    } finally {
      await where.drop();
    }
  };
  return store;
}

/** Runs one SQL statement straight on the database behind `db` (a test tampering with stored rows). */
export async function execRaw(db: string, sql: string): Promise<void> {
  if (!isPostgresUrl(db)) {
    const raw = new Database(db);
    try {
      raw.exec(sql);
    } finally {
      raw.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Everything the database behind `db` holds, as text, for tests that look for secrets kept in the clear:
 * on SQLite the bytes of its files (`sqliteFiles`, read as latin1), on PostgreSQL every column of every
 * table of the store's schema (bytea as printable escapes, so ASCII inside a blob stays readable).
 */
export async function storedText(db: string, sqliteFiles: () => string): Promise<string> {
  if (!isPostgresUrl(db)) return sqliteFiles();
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const columns = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = current_schema() order by table_name, ordinal_position`,
    );
    const byTable = new Map<string, string[]>();
    for (const c of columns.rows) {
      const name = `"${c.column_name.replaceAll('"', '""')}"`;
      const text = c.data_type === 'bytea' ? `encode(${name}, 'escape')` : `${name}::text`;
      byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), `coalesce(${text}, '')`]);
    }
    const parts: string[] = [];
    for (const [table, cols] of byTable) {
      const rows = await client.query<{ t: string }>(`select concat_ws(' ', ${cols.join(', ')}) as t from "${table.replaceAll('"', '""')}"`);
      for (const r of rows.rows) parts.push(r.t);
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}
