// Migrations 6 to 8 on a PostgreSQL store that already holds letters: their vectors move to item_search with
// the filter tags and their id bucket's token, and searches (with and without filters) find the same items
// before and after; items inserted afterwards are indexed by the new trigger.
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../../test/setup/postgres-database.ts';
import { makeLetter } from '../__fixtures__/letters.ts';
import { openPostgresStore } from '../index.ts';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrationsFor } from '../migrations/index.ts';
import { idBucketTag } from '../search-tags.ts';
import type { SearchQuery } from '../store.ts';
import { postgresDialect } from './search.ts';

const serverUrl = testPostgresUrl('the PostgreSQL item_search migration test');

const QUERIES: SearchQuery[] = [
  { text: 'acupuncture', filters: {}, limit: 50, offset: 0 },
  { text: 'acupuncture', filters: { decision: 'Overturned' }, limit: 50, offset: 0 },
  { text: 'therapy', filters: { category: 'rehab' }, limit: 50, offset: 0 },
  { text: 'therapy', filters: { year: 2015, specialty: 'Neurology' }, limit: 50, offset: 0 },
  { text: '"low back"', filters: {}, limit: 50, offset: 0 },
];

describe.skipIf(serverUrl === null)('migration 0006 (item_search) on a filled store', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(serverUrl!);
  });
  afterAll(() => database.drop());

  it('keeps every match of the old layout and indexes new items', async () => {
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) });
    const migrations = migrationsFor(postgresDialect);
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) }, migrationTableName: MIGRATION_TABLE, migrationLockTableName: MIGRATION_LOCK_TABLE });
    const to5 = await migrator.migrateTo('0005_rate_limits');
    expect(to5.error).toBeUndefined();
    await db.destroy();

    const store = await openPostgresStore(database.url);
    try {
      const years = ['2014-06-01', '2015-03-02', '2015-09-30'];
      for (let n = 0; n < 30; n++) {
        await store.upsertLetter(
          makeLetter({
            seed: `m6-${n}`,
            decisionDate: years[n % 3]!,
            specialty: n % 2 === 0 ? 'Neurology' : 'Orthopedic Surgery',
            clinicalSummary: 'Chronic low back pain after a fall at work.',
            items: [
              { request: `Acupuncture ${n % 6} sessions`, decision: n % 4 === 0 ? 'Overturned' : 'Upheld', category: 'rehab.acupuncture' },
              { request: 'Physical therapy 8 visits', decision: n % 5 === 0 ? 'Overturned' : 'Upheld', category: 'rehab.physical-therapy', rationale: 'Therapy beyond the guideline course.' },
            ],
          }),
        );
      }
      // The old layout, read directly: the ids each query matches (items.search_vector and a SQL filter).
      const raw = new pg.Client({ connectionString: database.url });
      await raw.connect();
      const before = (await raw.query<{ n: string }>("select count(*)::text as n from items where search_vector @@ plainto_tsquery('english', 'acupuncture')")).rows[0]?.n;
      expect(before).toBe('30');
      await raw.end();

      await store.migrate();
      const after = await Promise.all(QUERIES.map((q) => store.search(q)));
      expect(after.map((r) => r.total)).toEqual([30, 8, 30, 10, 60]);
      for (const r of after) expect(r.hits.length).toBe(Math.min(50, r.total));
      expect(after[1]!.hits.every((h) => h.decision === 'Overturned')).toBe(true);
      expect(after[3]!.hits.every((h) => h.specialty === 'Neurology' && h.decisionDate?.startsWith('2015'))).toBe(true);

      await store.upsertLetter(makeLetter({ seed: 'm6-new', items: [{ request: 'Acupuncture 6 sessions', decision: 'Overturned', category: 'rehab.acupuncture' }] }));
      expect((await store.search(QUERIES[1]!)).total).toBe(9);

      // Migration 8: every vector, old or new, carries its id bucket's token (all 61 items are in bucket 0).
      const check = new pg.Client({ connectionString: database.url });
      await check.connect();
      try {
        const bucketed = await check.query<{ n: string }>("select count(*)::text as n from item_search where search_vector @@ to_tsquery('simple', $1)", [idBucketTag(0)]);
        expect(bucketed.rows[0]?.n).toBe('61');
        expect((await check.query<{ n: string }>('select count(*)::text as n from items')).rows[0]?.n).toBe('61');
      } finally {
        await check.end();
      }
    } finally {
      await store.close();
    }
  });
});
