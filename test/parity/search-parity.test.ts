// Search quality is the same on both backends: one synthetic corpus loaded into SQLite and PostgreSQL gives,
// for the benchmark's query mix plus phrases and listings, the same totals, the same facets and, where the
// order is defined the same way (newest first: listings and windows of more matches than fit), the same hits.
// Ranked pages (bm25 on SQLite, ts_rank on PostgreSQL) may order ties and near-ties differently, so for them
// the set of matches is compared through the totals and facets, and the page through its overlap.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, openSqliteStore, type LetterToStore, type SearchQuery, type SearchResult, type Store } from '../../src/storage/index.ts';
import { searchMix } from '../../bench/store.bench.ts';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../setup/postgres-database.ts';
import { seededRng, syntheticLetter } from '../support/synthetic.ts';

const serverUrl = testPostgresUrl('the search parity test');
const LETTERS = 3_000;

const EXTRA: SearchQuery[] = [
  { text: '"physical therapy"', filters: {}, limit: 20, offset: 0 },
  { text: '"home exercise" program', filters: { decision: 'Upheld' }, limit: 20, offset: 0 },
  { text: 'Norco tapering', filters: {}, limit: 20, offset: 0 },
  { text: '', filters: {}, limit: 20, offset: 0 },
  { text: '', filters: { decision: 'Overturned', year: 2015 }, limit: 20, offset: 40 },
  { text: '', filters: { category: 'pharmaceutical' }, limit: 20, offset: 0 },
  { text: 'appendectomy', filters: {}, limit: 20, offset: 0 },
];

const key = (r: SearchResult): string[] => r.hits.map((h) => `${h.letterId}:${h.itemIndex}`);
const facets = (r: SearchResult): unknown => Object.fromEntries(Object.entries(r.facets).map(([k, v]) => [k, [...v].sort((a, b) => a.value.localeCompare(b.value))]));

describe.skipIf(serverUrl === null)('search parity between SQLite and PostgreSQL', () => {
  let dir: string;
  let database: TestDatabase;
  let sqlite: Store;
  let postgres: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'openimr-parity-'));
    database = await createTestDatabase(serverUrl!);
    sqlite = await openSqliteStore(join(dir, 'parity.db'));
    postgres = await openPostgresStore(database.url);
    const rng = seededRng(7);
    const letters: LetterToStore[] = Array.from({ length: LETTERS }, (_, i) => ({
      contentHash: createHash('sha256').update(`parity-${i}`).digest('hex'),
      sourceName: `parity-${i}.txt`,
      letter: syntheticLetter(rng, i),
    }));
    for (const s of [sqlite, postgres]) {
      await s.migrate();
      for (let at = 0; at < letters.length; at += 500) await s.upsertLetters(letters.slice(at, at + 500));
    }
  }, 180_000);

  afterAll(async () => {
    await sqlite.close();
    await postgres.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the query mix with the same totals, facets and newest-first hits', async () => {
    const queries = [...searchMix(80), ...EXTRA];
    let ranked = 0;
    let overlap = 0;
    for (const q of queries) {
      const [a, b] = await Promise.all([sqlite.search(q), postgres.search(q)]);
      const label = JSON.stringify(q);
      expect(b.total, label).toBe(a.total);
      expect(b.exhaustive, label).toBe(a.exhaustive);
      expect(facets(b), label).toEqual(facets(a));
      if (q.text === '' || !a.exhaustive || a.total <= q.limit) {
        // Listings and full windows are newest first on both; a page holding every match holds the same set.
        if (q.text === '' || !a.exhaustive) expect(key(b), label).toEqual(key(a));
        else expect(new Set(key(b)), label).toEqual(new Set(key(a)));
      } else {
        ranked++;
        const other = new Set(key(b));
        overlap += key(a).filter((k) => other.has(k)).length / key(a).length;
      }
    }
    // Ranked pages: bm25 and ts_rank agree on most of the top 20 (reported; the floor catches a broken ranking).
    console.log(`[parity] ${queries.length} queries; ${ranked} ranked pages, mean top-20 overlap ${(overlap / Math.max(1, ranked)).toFixed(2)}`);
    if (ranked > 0) expect(overlap / ranked).toBeGreaterThan(0.3);
  }, 120_000);
});
