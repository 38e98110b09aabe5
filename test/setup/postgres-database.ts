// A fresh database per test file on the server globalSetup provides (postgres.global.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The server URL, or null after printing why the PostgreSQL tests are skipped. */
export function testPostgresUrl(what: string): string | null {
  const url = inject('openimrPostgresUrl');
  if (url === null) console.warn(`[openimr] ${inject('openimrPostgresMissing') ?? 'no PostgreSQL'}: skipping ${what}`);
  return url;
}

export interface TestDatabaseOptions {
  /**
   * An ICU locale for the database's default collation ('en-US'), as a production server created with a
   * locale would have; without it the server's C.UTF-8 (byte order, like SQLite).
   */
  icuLocale?: string;
}

export async function createTestDatabase(serverUrl: string, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `openimr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const locale = options.icuLocale;
    if (locale !== undefined && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale)) throw new Error(`not an ICU locale name: ${locale}`);
    await admin.query(locale === undefined ? `create database ${name}` : `create database ${name} template template0 locale_provider icu icu_locale '${locale}'`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
