// Insert rate and search latency of both stores on a synthetic corpus (not part of the test run).
// Usage: npx tsx src/storage/__fixtures__/measure.ts [letters=20000] [sqlite|postgres|both]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTemporaryPostgres } from '../../../test/setup/postgres-server.ts';
import { openPostgresStore, openSqliteStore } from '../index.ts';
import type { SearchQuery, Store } from '../store.ts';
import { syntheticLetter } from './letters.ts';

const total = Number(process.argv[2] ?? 20_000);
const which = process.argv[3] ?? 'both';
const BATCH = 500;

const QUERIES: [string, SearchQuery][] = [
  ['common word "pain" (most items)', { text: 'pain', filters: {}, limit: 20, offset: 0 }],
  ['word "acupuncture"', { text: 'acupuncture', filters: {}, limit: 20, offset: 0 }],
  ['two words "opioid weaning"', { text: 'opioid weaning', filters: {}, limit: 20, offset: 0 }],
  ['phrase "functional improvement"', { text: '"functional improvement"', filters: {}, limit: 20, offset: 0 }],
  ['word + filters (Overturned, 2016)', { text: 'therapy', filters: { decision: 'Overturned', year: 2016 }, limit: 20, offset: 0 }],
  ['no match', { text: 'zeppelin', filters: {}, limit: 20, offset: 0 }],
  ['filter-only listing (category group)', { text: '', filters: { category: 'pharmaceutical' }, limit: 20, offset: 0 }],
  ['deep page (offset 2000)', { text: 'pain', filters: {}, limit: 20, offset: 2000 }],
];

async function run(name: string, store: Store, size?: () => string): Promise<void> {
  await store.migrate();
  const start = performance.now();
  for (let i = 0; i < total; i += BATCH) {
    await store.upsertLetters(Array.from({ length: Math.min(BATCH, total - i) }, (_, k) => syntheticLetter(i + k)));
  }
  const secs = (performance.now() - start) / 1000;
  const counts = await store.counts();
  console.log(`\n${name}: ${counts.letters} letters, ${counts.items} items in ${secs.toFixed(1)} s = ${(counts.letters / secs).toFixed(0)} letters/s (${(counts.items / secs).toFixed(0)} items/s), batches of ${BATCH}${size ? `; ${size()}` : ''}`);
  const t1 = performance.now();
  const again = await store.upsertLetters(Array.from({ length: BATCH }, (_, k) => syntheticLetter(k)));
  console.log(`  re-upsert of ${again.length} known letters: ${(performance.now() - t1).toFixed(0)} ms`);
  for (const [label, q] of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < 15; r++) {
      const t = performance.now();
      const res = await store.search(q);
      times.push(performance.now() - t);
      hits = res.total;
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(40)} total ${String(hits).padStart(6)}  median ${times[7]?.toFixed(1)} ms  max ${times[14]?.toFixed(1)} ms`);
  }
  const ts = performance.now();
  await store.stats('category', 'dwc');
  console.log(`  stats by category: ${(performance.now() - ts).toFixed(1)} ms`);
  await store.close();
}

if (which !== 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'openimr-measure-'));
  const path = join(dir, 'store.db');
  try {
    await run('sqlite (file, WAL)', await openSqliteStore(path), () => `${(statSync(path).size / 1e6).toFixed(0)} MB file`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (which !== 'sqlite') {
  const server = await startTemporaryPostgres();
  if (server === null) console.log('postgres: no binaries; skipped');
  else {
    try {
      await run('postgres 15 (loopback, fsync off)', await openPostgresStore(server.url));
    } finally {
      server.stop();
    }
  }
}
