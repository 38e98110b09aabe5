// `openimr bench scale` (or `npm run bench -- scale --sizes 10000,100000 --backend sqlite`): how the store
// grows. One synthetic corpus per backend is loaded in steps up to each size in turn (10,000 then 100,000
// letters stores the first 10,000 once), and at each size it measures: load rate of the step, search
// p50/p95/p99 (the store bench's query mix), statistics by category, year and specialty, peak RSS, database
// size, and a reference measured in the same run, a bare indexed lookup (one letter by content hash), so a
// figure reads as "N lookups" whatever the machine. `--explain-at N` prints the plans (EXPLAIN QUERY PLAN on
// SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL) of the exact statements the store issues for a set of
// representative searches and the statistics, captured through StoreOptions.onQuery.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore, openSqliteStore, type SearchQuery, type Store, type StoreOptions } from '../src/storage/index.ts';
import { seededRng } from '../test/support/synthetic.ts';
import { startTemporaryPostgres, type TestPostgres } from '../test/setup/postgres-server.ts';
import { loadSynthetic, measureSearch } from './store.bench.ts';
import { fmt, peakRssMb, summarize } from './stats.ts';

export type ScaleBackend = 'sqlite' | 'postgres';

export interface ScaleOptions {
  sizes: number[];
  backends: ScaleBackend[];
  queries: number;
  /** Print query plans at this size (it must be one of `sizes`); null: none. */
  explainAt: number | null;
  /** Write the figures as JSON to this file. */
  out: string | null;
}

interface SizeFigures {
  backend: ScaleBackend;
  letters: number;
  items: number;
  loadSeconds: number;
  loadRate: number;
  search: { p50: number; p95: number; p99: number; mean: number; n: number };
  stats: Record<'category' | 'year' | 'specialty', number>;
  lookupP50: number;
  peakRssMb: number;
  rssMb: number;
  dbMb: number;
}

interface Target {
  name: ScaleBackend;
  store: Store;
  /** Opens a second store on the same database (for capturing statements). */
  reopen(options: StoreOptions): Promise<Store>;
  /** Brings planner statistics up to date after a load (what autovacuum/ANALYZE would do). */
  settle(): Promise<void>;
  sizeMb(): Promise<number>;
  explain(sql: string, parameters: readonly unknown[]): Promise<string>;
  close(): Promise<void>;
}

const STATS: readonly ('category' | 'year' | 'specialty')[] = ['category', 'year', 'specialty'];

async function timeMs(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/** Median of three runs of each statistics query (the first may read cold pages). */
async function measureStats(store: Store): Promise<SizeFigures['stats']> {
  const out = { category: NaN, year: NaN, specialty: NaN };
  for (const by of STATS) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await timeMs(() => store.stats(by, 'dwc')));
    out[by] = summarize(times).p50;
  }
  return out;
}

/** The reference: p50 of looking up one stored letter by content hash (a unique-index probe and a round trip). */
async function measureLookup(store: Store, letters: number): Promise<number> {
  const rng = seededRng(7);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const hash = createHash('sha256').update(`synthetic-${Math.floor(rng() * letters)}`).digest('hex');
    times.push(await timeMs(() => store.hasContentHash(hash)));
  }
  return summarize(times.slice(20)).p50;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'openimr-scale-'));
  const file = join(dir, 'scale.db');
  const store = await openSqliteStore(file);
  let reader: BetterSqlite3.Database | null = null;
  const size = (f: string): number => (existsSync(f) ? statSync(f).size : 0);
  return {
    name: 'sqlite',
    store,
    reopen: (options) => openSqliteStore(file, options),
    settle: () => Promise.resolve(),
    sizeMb: () => Promise.resolve((size(file) + size(`${file}-wal`)) / 1e6),
    explain(sql, parameters) {
      reader ??= new BetterSqlite3(file, { readonly: true });
      const rows = reader.prepare(`explain query plan ${sql}`).all(...parameters) as { id: number; parent: number; detail: string }[];
      const depth = new Map<number, number>([[0, 0]]);
      const lines = rows.map((r) => {
        const d = (depth.get(r.parent) ?? 0) + 1;
        depth.set(r.id, d);
        return `${'  '.repeat(d)}${r.detail}`;
      });
      return Promise.resolve(lines.join('\n'));
    },
    async close() {
      reader?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(server: TestPostgres): Promise<Target> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('create database openimr_scale');
  await admin.end();
  const url = server.url.replace(/\/postgres$/, '/openimr_scale');
  const store = await openPostgresStore(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    name: 'postgres',
    store,
    reopen: (options) => openPostgresStore(url, options),
    async settle() {
      // A freshly loaded table has no statistics and no visibility map until autovacuum gets to it; a
      // benchmark that measured before that would measure the wrong plans (and no index-only scans).
      await client.query('vacuum (analyze) letters, items');
    },
    async sizeMb() {
      const r = await client.query<{ n: string }>('select pg_database_size(current_database())::text as n');
      return Number(r.rows[0]?.n ?? NaN) / 1e6;
    },
    async explain(sql, parameters) {
      const r = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, [...parameters]);
      return r.rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n');
    },
    async close() {
      await client.end();
      await store.close();
    },
  };
}

/** Searches whose plans matter: common and rare words, each filter, a match-nothing word, a listing. */
const EXPLAIN_SEARCHES: readonly { label: string; query: SearchQuery }[] = [
  { label: 'common word (window full: newest 5,000)', query: { text: 'physical therapy', filters: {}, limit: 20, offset: 0 } },
  { label: 'word + decision filter', query: { text: 'acupuncture', filters: { decision: 'Overturned' }, limit: 20, offset: 0 } },
  { label: 'word + year filter', query: { text: 'Norco', filters: { year: 2016 }, limit: 20, offset: 0 } },
  { label: 'word + category group filter', query: { text: 'gabapentin', filters: { category: 'pharmaceutical' }, limit: 20, offset: 0 } },
  {
    label: 'few matches (ranked path)',
    query: { text: 'knee arthroscopy', filters: { decision: 'Overturned', year: 2015, specialty: 'Neurology' }, limit: 20, offset: 0 },
  },
  { label: 'no match', query: { text: 'appendectomy', filters: {}, limit: 20, offset: 0 } },
  { label: 'listing (no text, one filter)', query: { text: '', filters: { decision: 'Overturned' }, limit: 20, offset: 0 } },
];

async function explainAll(target: Target): Promise<void> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const store = await target.reopen({ onQuery: (sql, parameters) => captured.push({ sql, parameters }) });
  try {
    // Fill this store's facet cache first, so its load is not counted as a search statement.
    await store.search({ text: 'massage', filters: {}, limit: 1, offset: 0 });
    const runs: { label: string; run: () => Promise<unknown> }[] = [
      ...EXPLAIN_SEARCHES.map((s) => ({ label: `search: ${s.label}`, run: () => store.search(s.query) })),
      ...STATS.map((by) => ({ label: `stats by ${by}`, run: () => store.stats(by, 'dwc') })),
    ];
    for (const { label, run } of runs) {
      captured.length = 0;
      const ms = await timeMs(run);
      console.log(`\n-- ${target.name} ${label}: ${fmt(ms)} ms, ${captured.length} statements`);
      for (const stmt of [...captured]) {
        console.log(`  SQL: ${stmt.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
        console.log(await target.explain(stmt.sql, stmt.parameters));
      }
    }
  } finally {
    await store.close();
  }
}

async function runBackend(target: Target, opts: ScaleOptions): Promise<SizeFigures[]> {
  const figures: SizeFigures[] = [];
  await target.store.migrate();
  const rng = seededRng(1);
  let loaded = 0;
  for (const size of opts.sizes) {
    const step = await loadSynthetic(target.store, loaded, size, rng);
    loaded = size;
    await target.settle();
    const counts = await target.store.counts();
    const search = await measureSearch(target.store, opts.queries);
    const stats = await measureStats(target.store);
    const lookupP50 = await measureLookup(target.store, size);
    const f: SizeFigures = {
      backend: target.name,
      letters: counts.letters,
      items: counts.items,
      loadSeconds: step.seconds,
      loadRate: step.rate,
      search,
      stats,
      lookupP50,
      peakRssMb: peakRssMb(),
      rssMb: process.memoryUsage().rss / 1e6,
      dbMb: await target.sizeMb(),
    };
    figures.push(f);
    console.log(
      `${target.name} ${size}: load ${fmt(f.loadRate, 0)} letters/s; search p50/p95/p99 ${fmt(search.p50)}/${fmt(search.p95)}/${fmt(search.p99)} ms; ` +
        `stats ${STATS.map((by) => `${by} ${fmt(stats[by])}`).join(', ')} ms; lookup p50 ${fmt(lookupP50, 3)} ms; peak RSS ${fmt(f.peakRssMb, 0)} MB; db ${fmt(f.dbMb, 0)} MB`,
    );
    if (opts.explainAt === size) await explainAll(target);
  }
  return figures;
}

const pad = (s: string, n: number): string => s.padStart(n);

/** The figures per size, then each size against the previous one (x growth) and against the reference. */
export function scaleTable(rows: readonly SizeFigures[]): string {
  const cols: [string, (f: SizeFigures) => number, number][] = [
    ['letters/s', (f) => f.loadRate, 0],
    ['srch p50', (f) => f.search.p50, 1],
    ['srch p95', (f) => f.search.p95, 1],
    ['srch p99', (f) => f.search.p99, 1],
    ['st categ', (f) => f.stats.category, 1],
    ['st year', (f) => f.stats.year, 1],
    ['st spec', (f) => f.stats.specialty, 1],
    ['lookup', (f) => f.lookupP50, 3],
    ['peak MB', (f) => f.peakRssMb, 0],
    ['db MB', (f) => f.dbMb, 0],
  ];
  const head = `${pad('backend', 8)} ${pad('letters', 9)} ${pad('items', 9)} ${cols.map(([h]) => pad(h, 9)).join(' ')}`;
  const lines = ['times in ms; lookup = p50 of one letter by content hash (the reference)', head];
  for (const f of rows) lines.push(`${pad(f.backend, 8)} ${pad(String(f.letters), 9)} ${pad(String(f.items), 9)} ${cols.map(([, get, d]) => pad(fmt(get(f), d), 9)).join(' ')}`);
  lines.push('', 'growth (x the previous size) and p95 / stats in lookups:');
  for (let i = 0; i < rows.length; i++) {
    const f = rows[i];
    if (f === undefined) continue;
    const prev = rows[i - 1];
    const growth = prev?.backend === f.backend ? cols.map(([h, get]) => `${h} x${fmt(get(f) / get(prev), 2)}`).join(', ') : 'first size';
    const ref = `search p95 = ${fmt(f.search.p95 / f.lookupP50, 0)} lookups, stats by category = ${fmt(f.stats.category / f.lookupP50, 0)} lookups`;
    lines.push(`${f.backend} ${f.letters}: ${growth}`, `  ${ref}`);
  }
  return lines.join('\n');
}

export async function benchScale(opts: ScaleOptions): Promise<void> {
  console.log(`\n== scale == sizes ${opts.sizes.join(', ')}; ${opts.queries} searches per size; peak RSS is this process's (a PostgreSQL server's memory is not in it)`);
  const all: SizeFigures[] = [];
  for (const backend of opts.backends) {
    let server: TestPostgres | null = null;
    if (backend === 'postgres') {
      server = await startTemporaryPostgres();
      if (server === null) {
        console.log('postgres: no PostgreSQL server binaries found (apt-get install postgresql); skipped');
        continue;
      }
    }
    try {
      const target = server === null ? await sqliteTarget() : await postgresTarget(server);
      try {
        all.push(...(await runBackend(target, opts)));
      } finally {
        await target.close();
      }
    } finally {
      server?.stop();
    }
  }
  console.log(`\n${scaleTable(all)}`);
  if (opts.out !== null) writeFileSync(opts.out, JSON.stringify(all, null, 2));
}
