// The Store contract on PostgreSQL, in a database of its own (see test/setup/postgres.global.ts),
// emptied before each test; plus what only PostgreSQL shows: concurrent migrators and int8 counts.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { GENESIS_HASH } from '../../core/index.ts';
import { runOp, type RemoteOp } from '../__fixtures__/cases.ts';
import { openPostgresStore, openStore } from '../index.ts';
import { storeContract } from '../store.contract.ts';
import type { Store } from '../store.ts';
import { workflowContract } from '../workflow.contract.ts';
import { authContract } from '../auth.contract.ts';

const serverUrl = testPostgresUrl('the PostgreSQL storage tests');

/** A new database on the test server with every migration applied. */
async function migratedDatabase(url: string): Promise<TestDatabase> {
  const database = await createTestDatabase(url);
  const first = await openPostgresStore(database.url);
  await first.migrate();
  await first.close();
  return database;
}

storeContract('postgres', async () => {
  if (serverUrl === null) return null;
  const database = await migratedDatabase(serverUrl);
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

async function sqlOn<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

// The workflow contract in a database of its own, its tables emptied before each test; other
// connections are other pools (one Store each), so their transactions really run at once.
workflowContract('postgres', async () => {
  if (serverUrl === null) return null;
  const database = await migratedDatabase(serverUrl);
  return {
    async fresh() {
      await sqlOn(database.url, 'truncate cases, case_counters, audit_events, blob_texts, blobs, reviewers');
      await sqlOn(database.url, 'update audit_head set seq = 0, hash = $1', [GENESIS_HASH]);
      const s = await openPostgresStore(database.url);
      await s.migrate();
      return s;
    },
    async elsewhere(ops: readonly RemoteOp[]) {
      const stores = await Promise.all(ops.map(() => openPostgresStore(database.url)));
      try {
        return await Promise.all(ops.map((op, i) => runOp(stores[i]!.workflow, op, `c${i}`)));
      } finally {
        for (const s of stores) await s.close();
      }
    },
    query: (text: string) => sqlOn<Record<string, unknown>>(database.url, text),
    dispose: () => database.drop(),
  };
});

authContract('postgres', async () => {
  if (serverUrl === null) return null;
  const database = await migratedDatabase(serverUrl);
  return {
    async fresh() {
      await sqlOn(database.url, 'truncate sessions, api_tokens, idempotency_keys, users');
      const s = await openPostgresStore(database.url);
      await s.migrate();
      return s;
    },
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
