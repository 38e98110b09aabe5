// Ingest rate, search latency and peak memory of each store on a synthetic corpus.
// Letters are generated (test/support/synthetic.ts), not parsed, so this measures the store alone.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore, openSqliteStore, type LetterToStore, type SearchQuery, type Store } from '../src/storage/index.ts';
import { seededRng, syntheticLetter } from '../test/support/synthetic.ts';
import { startTemporaryPostgres } from '../test/setup/postgres-server.ts';
import { fmt, peakRssMb, summarize } from './stats.ts';

export interface StoreBenchOptions {
  letters: number;
  pgLetters: number;
  queries: number;
  backends: string[];
}

const WORDS = [
  'massage', 'functional improvement', 'home exercise program', 'urine drug screen', 'opioids', 'radiculopathy',
  'epidural', 'TENS', 'acupuncture', 'physical therapy', 'MRI lumbar', 'return to work', 'chiropractic',
  'topical', 'gabapentin', 'knee arthroscopy', 'sleep', 'cognitive behavioral', 'functional restoration',
  'pain management consultation', 'Norco', 'cyclobenzaprine', 'omeprazole', 'spasm', 'numbness',
];

/** The search mix of the store and scale benchmarks: one word or phrase, a quarter of them filtered. */
export function searchMix(n: number): SearchQuery[] {
  const rng = seededRng(99);
  return Array.from({ length: n }, (_, i) => {
    const text = WORDS[Math.floor(rng() * WORDS.length)] ?? 'massage';
    const filters: SearchQuery['filters'] = {};
    if (i % 4 === 1) filters.decision = 'Overturned';
    if (i % 4 === 2) filters.year = 2014 + (i % 4);
    if (i % 8 === 3) filters.category = 'pharmaceutical';
    return { text, filters, limit: 20, offset: 0 };
  });
}

export interface LoadProgress {
  seconds: number;
  rate: number;
}

/**
 * Stores synthetic letters number `from` to `to` - 1, drawn from `rng` in order, in batches of 1,000.
 * Loading 0..N with one rng, or 0..a then a..N with the same rng, stores the same letters.
 */
export async function loadSynthetic(store: Store, from: number, to: number, rng = seededRng(1)): Promise<LoadProgress> {
  const batch = 1000;
  const start = performance.now();
  let lastReport = start;
  for (let done = from; done < to; done += batch) {
    const letters: LetterToStore[] = [];
    for (let i = done; i < Math.min(to, done + batch); i++) {
      letters.push({ contentHash: createHash('sha256').update(`synthetic-${i}`).digest('hex'), sourceName: `synthetic-${i}.txt`, letter: syntheticLetter(rng, i) });
    }
    await store.upsertLetters(letters);
    const now = performance.now();
    if (now - lastReport > 15_000) {
      process.stdout.write(`  ... ${done + letters.length} letters, ${fmt((done + letters.length - from) / ((now - start) / 1000), 0)}/s\n`);
      lastReport = now;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { seconds, rate: (to - from) / seconds };
}

export async function measureSearch(store: Store, n: number): Promise<ReturnType<typeof summarize>> {
  const qs = searchMix(n);
  for (const q of qs.slice(0, 10)) await store.search(q); // warm the caches
  const times: number[] = [];
  for (const q of qs) {
    const t = performance.now();
    await store.search(q);
    times.push(performance.now() - t);
  }
  return summarize(times);
}

async function benchOne(name: string, store: Store, letters: number, n: number, sizeOf: () => string): Promise<void> {
  await store.migrate();
  const loaded = await loadSynthetic(store, 0, letters);
  const counts = await store.counts();
  const search = await measureSearch(store, n);
  const t = performance.now();
  await store.stats('category', 'dwc');
  const statsMs = performance.now() - t;
  console.log(
    `${name}: ${letters} letters (${counts.items} items) loaded in ${fmt(loaded.seconds)} s = ${fmt(loaded.rate, 0)} letters/s; ` +
      `search (${search.n} queries, top 20 with snippets and facets) p50 ${fmt(search.p50)} ms, p95 ${fmt(search.p95)} ms, p99 ${fmt(search.p99)} ms; ` +
      `stats by category ${fmt(statsMs)} ms; ${sizeOf()}; peak RSS so far ${fmt(peakRssMb(), 0)} MB`,
  );
  if (name === 'sqlite') console.log(`  search p95 vs the 50 ms target: ${fmt(search.p95 / 50, 2)}x`);
}

export async function benchStore(opts: StoreBenchOptions): Promise<void> {
  console.log('\n== store ==');
  if (opts.backends.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'openimr-bench-'));
    const file = join(dir, 'bench.db');
    const store = await openSqliteStore(file);
    try {
      await benchOne('sqlite', store, opts.letters, opts.queries, () => `file ${fmt(statSync(file).size / 1e6, 0)} MB`);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (opts.backends.includes('postgres')) {
    const server = await startTemporaryPostgres();
    if (server === null) {
      console.log('postgres: no PostgreSQL server binaries found (apt-get install postgresql); skipped');
      return;
    }
    const store = await openPostgresStore(server.url);
    try {
      await benchOne('postgres', store, opts.pgLetters, opts.queries, () => 'server on loopback');
    } finally {
      await store.close();
      server.stop();
    }
  }
}
