// The Store contract on PostgreSQL, in a database of its own (see test/setup/postgres.global.ts),
// emptied before each test; plus what only PostgreSQL shows: concurrent migrators and int8 counts.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { openPostgresStore, openStore } from '../index.ts';
import { storeContract } from '../store.contract.ts';
import type { Store } from '../store.ts';

const serverUrl = testPostgresUrl('the PostgreSQL storage tests');

storeContract('postgres', async () => {
  if (serverUrl === null) return null;
  const database: TestDatabase = await createTestDatabase(serverUrl);
  const first = await openPostgresStore(database.url);
  await first.migrate();
  await first.close();
  return {
    async fresh(options) {
      const c = new pg.Client({ connectionString: database.url });
      await c.connect();
      try {
        await c.query('truncate items, letters, dmhc restart identity cascade');
      } finally {
        await c.end();
      }
      const s = await openPostgresStore(database.url, options);
      await s.migrate();
      return s;
    },
    sibling: () => openPostgresStore(database.url),
    dispose: () => database.drop(),
  };
});

describe.skipIf(serverUrl === null)('PostgreSQL store', () => {
  it('lets several processes migrate one database at once', async () => {
    const database = await createTestDatabase(serverUrl!);
    const stores: Store[] = [];
    try {
      for (let i = 0; i < 4; i++) stores.push(await openStore({ databaseUrl: database.url }));
      await Promise.all(stores.map((s) => s.migrate()));
      expect(await stores[0]!.counts()).toEqual({ letters: 0, items: 0, dmhc: 0 });
    } finally {
      for (const s of stores) await s.close();
      await database.drop();
    }
  });

  it('reports an unreachable server as a storage error without echoing the URL', async () => {
    const err: unknown = await openPostgresStore('postgres://someone:hunter2@127.0.0.1:1/nowhere').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'storage-error' });
    expect((err as Error).message).not.toContain('hunter2');
  });
});
