// PostgreSQL's newest matches across a jump of the id sequence (300,000 ids, as after an import or a restart of
// the identity): a window that holds fewer than all matches lists them newest first, with and without filters,
// and the facet cache (which tracks at most 10,000 missing ids) still counts them.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { makeLetter } from '../__fixtures__/letters.ts';
import { openPostgresStore } from '../index.ts';
import type { Store } from '../store.ts';

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
});
