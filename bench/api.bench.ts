// HTTP throughput on loopback: requests/s and p50/p99 latency at 64 concurrent keep-alive connections for
// corpus search, the letter view (a case's Final Determination Letter as HTML) and a draft decision
// (POST /determinations), beside a bare Hono route served by the same process in the same run. The load
// generator runs in a worker thread (its own event loop). Bounded: a request count and a time limit per
// scenario; any error (non-2xx or network) fails the run.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApi } from '../src/api/index.ts';
import { listCases, openStoreAt, searchCorpus, seedDemo, type Store } from '../src/app/index.ts';
import type { LetterToStore } from '../src/storage/index.ts';
import { seededRng, syntheticLetter } from '../test/support/synthetic.ts';
import { fmt, peakRssMb } from './stats.ts';

const CONCURRENCY = 64;
const SECONDS = 20;

interface Scenario {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  count: number;
  /** Rotating query strings appended to url (search words). */
  variants?: string[];
}

interface LoadResult {
  n: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  p50: number;
  p99: number;
}

// Plain JavaScript for the worker (eval), so it needs no TypeScript loader.
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const s = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: s.concurrency });
const deadline = performance.now() + s.seconds * 1000;
let issued = 0, errors = 0, firstError = null;
const lat = [];
function once(path) {
  return new Promise((resolve) => {
    const req = http.request(s.origin + path, { method: s.method, headers: s.headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode >= 200 && res.statusCode < 300 ? null : 'HTTP ' + res.statusCode));
    });
    req.on('error', (e) => resolve(e.code || 'network error'));
    if (s.body !== undefined) req.write(s.body);
    req.end();
  });
}
async function lane() {
  while (issued < s.count && performance.now() < deadline) {
    const i = issued++;
    const path = s.variants.length === 0 ? s.path : s.path + s.variants[i % s.variants.length];
    const t0 = performance.now();
    const err = await once(path);
    lat.push(performance.now() - t0);
    if (err !== null) { errors++; if (firstError === null) firstError = err; }
  }
}
const t0 = performance.now();
Promise.all(Array.from({ length: s.concurrency }, lane)).then(() => {
  const seconds = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const pct = (p) => lat.length === 0 ? NaN : lat[Math.min(lat.length - 1, Math.ceil((p / 100) * lat.length) - 1)];
  agent.destroy();
  parentPort.postMessage({ n: lat.length, errors, firstError, seconds, p50: pct(50), p99: pct(99) });
});
`;

function load(origin: string, s: Scenario): Promise<LoadResult> {
  return new Promise((done, fail) => {
    const w = new Worker(LOAD_WORKER, {
      eval: true,
      workerData: { origin, path: s.url, method: s.method, headers: s.headers, body: s.body, count: s.count, seconds: SECONDS, concurrency: CONCURRENCY, variants: s.variants ?? [] },
    });
    w.once('message', (r: LoadResult) => {
      void w.terminate();
      done(r);
    });
    w.once('error', fail);
  });
}

async function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ origin: string; close: () => Promise<void> }> {
  return new Promise((done) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      done({
        origin: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => {
              closed();
            });
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}

async function loadCorpus(store: Store, total: number): Promise<void> {
  const rng = seededRng(7);
  for (let done = 0; done < total; done += 1000) {
    const letters: LetterToStore[] = [];
    for (let i = done; i < Math.min(total, done + 1000); i++) {
      letters.push({ contentHash: createHash('sha256').update(`api-bench-${i}`).digest('hex'), sourceName: `synthetic-${i}.txt`, letter: syntheticLetter(rng, i) });
    }
    await store.upsertLetters(letters);
  }
}

const SEARCH_WORDS = ['massage', 'physical+therapy', 'urine+drug+screen', 'opioids', 'epidural', 'acupuncture', 'MRI+lumbar', 'gabapentin', 'knee+arthroscopy', 'chiropractic'];

export async function benchApi(letters = 20_000): Promise<void> {
  console.log(`\n== api (loopback, ${CONCURRENCY} connections, at most ${SECONDS} s per scenario) ==`);
  const dir = mkdtempSync(join(tmpdir(), 'openimr-api-bench-'));
  const store = await openStoreAt({ kind: 'sqlite', target: join(dir, 'bench.db') });
  const servers: { close: () => Promise<void> }[] = [];
  try {
    await loadCorpus(store, letters);
    const clock = { now: () => new Date() };
    await seedDemo({ store, clock });
    const cases = (await listCases({ store, clock }, { limit: 500 })).cases;
    const issued = cases.find((c) => c.state === 'issued');
    const inReview = cases.find((c) => c.state === 'in-review');
    if (issued === undefined || inReview === undefined) throw new Error('the demo has no issued or in-review case');
    const token = randomBytes(32).toString('base64url');
    const at = new Date().toISOString();
    await store.auth.createUser({ id: 'U-bench', username: 'bench', passwordHash: 'unusable', role: 'qa', partyName: null, reviewerId: null, createdAt: at });
    await store.auth.createApiToken({ tokenHash: createHash('sha256').update(token).digest('hex'), userId: 'U-bench', label: 'bench', createdAt: at, expiresAt: null });
    const texts = await Promise.all(inReview.documents.map(async (d) => (await store.workflow.getBlobText(d.sha256)) ?? ''));
    const caseFile = {
      dateOfInjury: inReview.application.dateOfInjury,
      clinicalSummary: texts[0] ?? 'no text',
      records: texts.slice(1).map((text) => ({ text })),
      disputedItems: inReview.application.disputedTreatments.map((t) => ({ request: t.request })),
    };

    const api = await listen(createApi({ store, clock, config: { rateLimit: null } }).fetch);
    const bareApp = new Hono();
    bareApp.get('/bare', (c) => c.json({ ok: true }));
    const bare = await listen(bareApp.fetch);
    servers.push(api, bare);

    const auth = { authorization: `Bearer ${token}` };
    const scenarios: (Scenario & { origin: string })[] = [
      { origin: bare.origin, name: 'bare Hono route (GET /bare)', url: '/bare', method: 'GET', headers: {}, count: 20_000 },
      { origin: api.origin, name: 'search (GET /api/v1/decisions?q=...)', url: '/api/v1/decisions?q=', method: 'GET', headers: {}, count: 5_000, variants: SEARCH_WORDS },
      { origin: api.origin, name: 'letter view (GET /cases/{id}/letter?format=html)', url: `/api/v1/cases/${issued.id}/letter?format=html`, method: 'GET', headers: auth, count: 2_000 },
      {
        origin: api.origin,
        name: 'draft decision (POST /api/v1/determinations)',
        url: '/api/v1/determinations',
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(caseFile),
        count: 2_000,
      },
    ];
    console.log(`corpus: ${letters} synthetic letters in SQLite; demo cases: ${cases.length}`);
    // The store alone on the same queries, one at a time: the ceiling a single event loop can serve.
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) await searchCorpus(store, { text: (SEARCH_WORDS[i % SEARCH_WORDS.length] ?? '').replace(/\+/g, ' '), limit: 20 });
    const searchMs = (performance.now() - t0) / 50;
    console.log(`search in the store alone (same queries, sequential): ${fmt(searchMs)} ms each = at most ${fmt(1000 / searchMs, 0)} searches/s on one event loop`);
    console.log('scenario | requests | errors | req/s | p50 ms | p99 ms');
    let failed = false;
    for (const s of scenarios) {
      const r = await load(s.origin, s);
      console.log(`${s.name} | ${r.n} | ${r.errors} | ${fmt(r.n / r.seconds, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)}`);
      if (r.errors > 0) {
        failed = true;
        console.log(`  first error: ${r.firstError ?? '?'}`);
      }
    }
    console.log(`peak RSS ${fmt(peakRssMb(), 0)} MB`);
    if (failed) {
      console.error('api bench: errors during the load (zero required)');
      process.exitCode = 1;
    }
  } finally {
    for (const s of servers) await s.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
