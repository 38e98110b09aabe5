// PostgreSQL hands out item ids before commit: a letter whose transaction commits after a later letter was
// read by a search must still be counted (the facet cache's gaps, decision 0009). SQLite serialises writers,
// so this is a PostgreSQL-only case.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { makeLetter } from '../__fixtures__/letters.ts';
import { columnsOf } from '../__fixtures__/pg-columns.ts';
import { GAP_REFRESH_MS } from '../facet-cache.ts';
import { openPostgresStore } from '../index.ts';
import type { Store } from '../store.ts';

const serverUrl = testPostgresUrl('the PostgreSQL facet-cache gap tests');

/** Copies a stored letter and its items as a new letter in the client's open transaction; returns the new item ids. */
async function copyLetter(c: pg.Client, letterId: number, hash: string): Promise<number[]> {
  const lc = (await columnsOf(c, 'letters', ['id', 'content_hash'])).map((n) => `"${n}"`).join(', ');
  const ic = (await columnsOf(c, 'items', ['id', 'letter_id', 'search_vector'])).map((n) => `"${n}"`).join(', ');
  const l = await c.query<{ id: number }>(`insert into letters (content_hash, ${lc}) select $2, ${lc} from letters where id = $1 returning id`, [letterId, hash]);
  const id = l.rows[0]?.id;
  const r = await c.query<{ id: number }>(`insert into items (letter_id, ${ic}) select $2, ${ic} from items where letter_id = $1 order by idx returning id`, [letterId, id]);
  return r.rows.map((x) => x.id);
}

describe.skipIf(serverUrl === null)('facet cache on PostgreSQL with a late commit', () => {
  let database: TestDatabase;
  let store: Store;
  let raw: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
    store = await openPostgresStore(database.url);
    await store.migrate();
    raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
  });
  afterAll(async () => {
    await raw.end();
    await store.close();
    await database.drop();
  });

  it('counts items whose transaction committed after a higher id was read, in searches and listings', async () => {
    await store.upsertLetter(
      makeLetter({ seed: 'first', items: [{ request: 'Aquatic therapy 8 sessions', decision: 'Overturned' }, { request: 'Aquatic therapy evaluation', decision: 'Upheld' }] }),
    );
    const firstId = (await raw.query<{ id: number }>('select min(id) as id from letters')).rows[0]?.id ?? 0;
    await raw.query('begin');
    const late = await copyLetter(raw, firstId, 'f'.repeat(64));
    expect(late).toHaveLength(2);
    await store.upsertLetter(makeLetter({ seed: 'second', items: [{ request: 'Aquatic therapy 6 sessions', decision: 'Overturned' }] }));

    // The cache reads past the open transaction's ids: they are not visible yet.
    const before = await store.search({ text: 'aquatic', filters: {}, limit: 20, offset: 0 });
    expect(before.total).toBe(3);
    const listedBefore = await store.search({ text: '', filters: { decision: 'Overturned' }, limit: 20, offset: 0 });
    expect(listedBefore.total).toBe(2);

    await raw.query('commit');
    // A text search whose window holds a late id looks it up at once.
    const after = await store.search({ text: 'aquatic', filters: {}, limit: 20, offset: 0 });
    expect(after.total).toBe(5);
    expect(after.facets.decision).toEqual(expect.arrayContaining([{ value: 'Overturned', count: 3 }, { value: 'Upheld', count: 2 }]));
    // A listing looks gaps up when they are due.
    await new Promise((r) => setTimeout(r, GAP_REFRESH_MS + 50));
    const listed = await store.search({ text: '', filters: { decision: 'Overturned' }, limit: 20, offset: 0 });
    expect(listed.total).toBe(3);
    expect(listed.hits.map((h) => h.itemIndex).sort()).toEqual([0, 0, 0]);
  });
});
