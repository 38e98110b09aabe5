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
import { newestMatchesByBucket } from './search.ts';

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

  it('reads the newest matches bucket by bucket exactly as one newest-first query would', async () => {
    // 20,000 older "alpha" items, then 20,000 newer "beta" ones after another jump: common words that fill a
    // window in the first round, rare ones that need every round, buckets left empty by the jumps.
    const raw = new pg.Client({ connectionString: database.url });
    await raw.connect();
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) });
    try {
      const cols = (await columnsOf(raw, 'items', ['id', 'idx', 'request'])).map((n) => `"${n}"`).join(', ');
      const fill = (word: string, from: number): string =>
        `insert into items (idx, request, ${cols}) select ${from} + g, '${word} filler request ' || g || case when g % 997 = 0 then ' zebra' else '' end, ${cols} from items, generate_series(1, 20000) g where items.id = (select min(id) from items)`;
      await raw.query(fill('Alpha', 100));
      await raw.query(`select setval(pg_get_serial_sequence('items', 'id'), 400000)`);
      await raw.query(fill('Beta', 100_000));
      await raw.query('analyze item_search');
      /** The plain newest-first query (the filters through items), as the reference. */
      const reference = async (text: string, count: number, decision?: string): Promise<number[]> =>
        (
          await raw.query<{ id: number }>(
            `select s.id from item_search s join items i on i.id = s.id where s.search_vector @@ plainto_tsquery('english', $1) and ($2::text is null or i.decision = $2) order by s.id desc limit $3`,
            [text, decision ?? null, count],
          )
        ).rows.map((r) => r.id);
      for (const text of ['traction', 'alpha', 'beta', 'filler', 'zebra', 'nothing-matches-this']) {
        const q = readQueryText(text);
        if (q === null) throw new Error('no query');
        for (const count of [1, 10, 5_001, 20_001, 25_000, 100_000]) {
          for (const decision of [undefined, 'Overturned', 'Upheld'] as const) {
            const got = await newestMatchesByBucket(db, q, decision === undefined ? {} : { decision }, count);
            expect(got, `${text} x${count} ${decision ?? ''}`).toEqual(await reference(text, count, decision));
          }
        }
      }
      expect(await reference('zebra', 100)).toHaveLength(40);
    } finally {
      await raw.end();
      await db.destroy();
    }
  });
});
