// The sample corpus (../shared/corpus) through the whole path: ingest, search, show, stats, DMHC import.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importDmhc, ingestPaths, corpusStats, searchCorpus, showCase, type Store } from '../../src/app/index.ts';
import { corpusAvailable, corpusDir, corpusFiles } from '../support/corpus.ts';
import { openTestStore } from '../support/test-store.ts';

const available = corpusAvailable('the sample-corpus end-to-end tests');

describe.runIf(available)('the sample corpus, end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openimr-corpus-'));
  let store: Store;

  beforeAll(async () => {
    store = await openTestStore(join(dir, 'corpus.db'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every sample letter is ingested, with its items', async () => {
    const summary = await ingestPaths(store, [join(corpusDir, 'letters'), join(corpusDir, 'seeds')], { workers: 2 });
    expect(summary.failed).toEqual([]);
    const letters = corpusFiles('letters').length + corpusFiles('seeds').length;
    expect(summary.added).toBe(letters);
    // 152 items in the 56 PDFs (corpus README) and 8 in the seeds (counted by hand; the README says 10).
    expect(summary.items).toBe(160);
    const again = await ingestPaths(store, [corpusDir], { workers: 0 });
    expect(again.added).toBe(0);
  });

  test('decision counts match the corpus README', async () => {
    const report = await corpusStats(store, 'decision', 'dwc');
    const get = (k: string): number => report.rows.find((r) => r.key === k)?.total ?? 0;
    // 141 Upheld + 11 Overturned in the PDFs (corpus README); the seeds add 6 Upheld and 2 Overturned.
    expect(get('Upheld')).toBe(147);
    expect(get('Overturned')).toBe(13);
  });

  test('search finds massage therapy decisions and shows a letter', async () => {
    const result = await searchCorpus(store, { text: 'massage therapy', limit: 50 });
    expect(result.total).toBeGreaterThanOrEqual(5);
    expect(result.hits.some((h) => /massage/i.test(h.request))).toBe(true);
    const withCase = result.hits.find((h) => h.caseNumber !== null);
    if (withCase?.caseNumber != null) {
      const letters = await showCase(store, withCase.caseNumber);
      expect(letters[0]?.letter.items.length).toBeGreaterThan(0);
    }
  });

  test('the DMHC open data imports whole', async () => {
    const [file] = corpusFiles('dmhc');
    expect(file).toBeDefined();
    const summary = await importDmhc(store, file!);
    expect(summary.rejected).toEqual([]);
    expect(summary.added).toBe(19228);
    const byYear = await corpusStats(store, 'year', 'dmhc');
    expect(byYear.rows.map((r) => r.key)).toContain('2001');
    expect(byYear.totals.total).toBe(19228);
  });
});
