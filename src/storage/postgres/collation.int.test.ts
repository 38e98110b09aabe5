// Lists come back in the same order on SQLite and on a PostgreSQL database created with a locale (en-US,
// through ICU): migration 7 makes the columns they are ordered and paged by compare byte by byte. The test
// server itself is created with C.UTF-8, so without this database no other test would see a locale's order.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { makeReviewer } from '../__fixtures__/cases.ts';
import { openPostgresStore, openSqliteStore, type Store } from '../index.ts';

const serverUrl = testPostgresUrl('the PostgreSQL collation test');

/** Ids whose order differs between byte order and en-US (case, punctuation, symbols). */
const IDS = ['R-b', 'R-C', 'R-a', 'r-B', 'R_1', 'R-10', 'R-9', 'R~x', 'Rb', 'R.b'];
const USERNAMES = ['zed', 'a_b', 'ab', 'a.b', 'a~', 'a1', 'Ab', 'b-c', 'bc'];

async function fill(store: Store): Promise<void> {
  for (const id of IDS) await store.workflow.putReviewer(makeReviewer(id));
  for (const username of USERNAMES) {
    await store.auth.createUser({ id: `u-${username}`, username, passwordHash: 'x', role: 'intake', partyName: null, reviewerId: null, createdAt: '2026-01-01T00:00:00.000Z' });
  }
}

describe.skipIf(serverUrl === null)('text order on a PostgreSQL database with an en-US collation', () => {
  let database: TestDatabase;
  let postgres: Store;
  let sqlite: Store;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!, { icuLocale: 'en-US' });
    postgres = await openPostgresStore(database.url);
    sqlite = await openSqliteStore(':memory:');
    await postgres.migrate();
    await sqlite.migrate();
    await fill(postgres);
    await fill(sqlite);
  });
  afterAll(async () => {
    await postgres.close();
    await sqlite.close();
    await database.drop();
  });

  it('is a database whose own collation orders these names otherwise', async () => {
    const c = new pg.Client({ connectionString: database.url });
    await c.connect();
    try {
      const r = await c.query<{ v: string }>(`select v from unnest($1::text[]) as v order by v`, [IDS]);
      expect(r.rows.map((row) => row.v)).not.toEqual([...IDS].sort());
    } finally {
      await c.end();
    }
  });

  it('lists reviewers and users in byte order, as SQLite does', async () => {
    const bytewise = (xs: readonly string[]): string[] => [...xs].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const reviewers = (await postgres.workflow.listReviewers()).map((r) => r.id);
    expect(reviewers).toEqual(bytewise(IDS));
    expect(reviewers).toEqual((await sqlite.workflow.listReviewers()).map((r) => r.id));
    const users = (await postgres.auth.listUsers()).map((u) => u.username);
    expect(users).toEqual(bytewise(USERNAMES));
    expect(users).toEqual((await sqlite.auth.listUsers()).map((u) => u.username));
  });
});
