// The test-store helper really gives each backend: in the postgres project a fresh PostgreSQL database
// (dropped on close), otherwise SQLite, so a suite that passes in both projects has run on both.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreAt } from '../../src/app/index.ts';
import { execRaw, onPostgres, storedText, TEST_BACKEND, testStoreLocation } from './test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-test-store-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function databaseExists(url: string): Promise<boolean> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    return (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await c.end();
  }
}

describe(`test stores on ${TEST_BACKEND}`, () => {
  it('the backend follows OPENIMR_TEST_BACKEND', async () => {
    const where = await testStoreLocation();
    try {
      expect(where.location.kind).toBe(process.env['OPENIMR_TEST_BACKEND'] === 'postgres' ? 'postgres' : 'sqlite');
      expect(where.db.startsWith('postgres://')).toBe(onPostgres);
    } finally {
      await where.drop();
    }
  });

  it.runIf(onPostgres)('each PostgreSQL test location is its own database, gone after drop', async () => {
    const one = await testStoreLocation();
    const two = await testStoreLocation();
    try {
      expect(two.db).not.toBe(one.db);
      expect(await databaseExists(one.db)).toBe(true);
    } finally {
      await one.drop();
      await two.drop();
    }
    expect(await databaseExists(one.db)).toBe(false);
  });

  it('storedText reads every table, blobs included; execRaw changes stored rows', async () => {
    const where = await testStoreLocation(join(dir, 'raw.db'));
    try {
      const store = await openStoreAt(where.location);
      try {
        await store.workflow.appendAudit({ at: '2026-01-01T00:00:00.000Z', actor: 'system', type: 'zq-event', data: {} });
        await store.workflow.putBlob(new TextEncoder().encode('\u0000zq-in-a-blob\u0001'));
      } finally {
        await store.close();
      }
      const files = (): string => readFileSync(where.db).toString('latin1');
      const before = await storedText(where.db, files);
      expect(before).toContain('zq-event');
      expect(before).toContain('zq-in-a-blob');
      await execRaw(where.db, `update audit_events set type = 'zq-changed'`);
      expect(await storedText(where.db, files)).toContain('zq-changed');
    } finally {
      await where.drop();
    }
  });
});
