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

export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `openimr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
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
