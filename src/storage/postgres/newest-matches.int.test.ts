// PostgreSQL's newest matches across a jump of the id sequence (300,000 ids, as after an import or a restart of
// the identity): a window that holds fewer than all matches lists them newest first, with and without filters,
// and the facet cache (which tracks at most 10,000 missing ids) still counts them.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { makeLetter } from '../__fixtures__/letters.ts';
import { columnsOf } from '../__fixtures__/pg-columns.ts';
import { openPostgresStore } from '../index.ts';
import { Kysely, PostgresDialect } from 'kysely';
import { readQueryText } from '../query-text.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';
import { newestMatchesWithin } from './search.ts';

const serverUrl = testPostgresUrl('the PostgreSQL newest-matches test');

describe.skipIf(serverUrl === null)('newest matches across an id jump on PostgreSQL', () => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
    store = await openPostgresStore(database.url, { searchWindow: 3 });
    await store.migrate();
    const letter = (n: number, decision: 'Upheld' | 'Overturned') =>
      makeLetter({ seed: `nm-${n}`, items: [{ request: `Lumbar traction unit ${n}`, decision, category: 'dme' }] });
    await store.upsertLetter(letter(1, 'Overturned'));
    await store.upsertLetter(letter(2, 'Upheld'));
    const raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
    await raw.query(`select setval(pg_get_serial_sequence('items', 'id'), 300000)`);
    await raw.end();
    await store.upsertLetter(letter(3, 'Overturned'));
    await store.upsertLetter(letter(4, 'Upheld'));
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const requests = async (text: string, decision?: 'Overturned'): Promise<string[]> =>
    (await store.search({ text, filters: decision === undefined ? {} : { decision }, limit: 10, offset: 0 })).hits.map((h) => h.request);

  it('fills the window from both ranges, newest first, and counts every match when the window holds them all', async () => {
    const all = await store.search({ text: 'traction', filters: {}, limit: 10, offset: 0 });
    expect(all.exhaustive).toBe(false);
    expect(all.total).toBe(3);
    expect(all.hits.map((h) => h.request)).toEqual(['Lumbar traction unit 4', 'Lumbar traction unit 3', 'Lumbar traction unit 2']);
    // Within the window: every match, ranked (equal ranks: lower id first).
    expect((await requests('traction', 'Overturned')).sort()).toEqual(['Lumbar traction unit 1', 'Lumbar traction unit 3']);
    const filtered = await store.search({ text: 'traction', filters: { decision: 'Overturned' }, limit: 10, offset: 0 });
    expect(filtered.exhaustive).toBe(true);
    expect(filtered.total).toBe(2);
  });

  it('answers the same when the newest-first walk runs out of its time budget (the GIN path)', async () => {
    // 20,000 older "alpha" items, then 20,000 newer "beta" ones: half the items say alpha, so the planner walks
    // newest first for it, through every beta item, well over the 1 ms budget.
    const raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
    try {
      const cols = (await columnsOf(raw, 'items', ['id', 'idx', 'request'])).map((n) => `"${n}"`).join(', ');
      const fill = (word: string, from: number): string =>
        `insert into items (idx, request, ${cols}) select ${from} + g, '${word} filler request ' || g, ${cols} from items, generate_series(1, 20000) g where items.id = (select min(id) from items)`;
      await raw.query(fill('Alpha', 100));
      await raw.query(fill('Beta', 100_000));
      await raw.query('analyze item_search');
    } finally {
      await raw.end();
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) });
    try {
      const q = readQueryText('traction');
      if (q === null) throw new Error('no query');
      const generous = await newestMatchesWithin(db, q, {}, 10, 60_000);
      const starved = await newestMatchesWithin(db, q, {}, 10, 1);
      expect(generous).toHaveLength(4);
      expect(starved).toEqual(generous);
      const filtered = await newestMatchesWithin(db, q, { decision: 'Overturned' }, 10, 1);
      expect(filtered).toEqual(await newestMatchesWithin(db, q, { decision: 'Overturned' }, 10, 60_000));
      expect(filtered).toHaveLength(2);
      const alpha = readQueryText('alpha');
      if (alpha === null) throw new Error('no query');
      const walked = await newestMatchesWithin(db, alpha, {}, 10, 60_000);
      expect(walked).toHaveLength(10);
      expect(await newestMatchesWithin(db, alpha, {}, 10, 1)).toEqual(walked);
    } finally {
      await db.destroy();
    }
  });
});
