// Issue 6: "API processes are stateless so several can run behind a proxy". Two real `openimr serve`
// processes on one PostgreSQL database (test/setup gives a fresh database per test): what one process starts,
// the other honours (sessions, CSRF, sign-out, Idempotency-Key replays, one run per key across both), the limits are shared (sign-in
// attempts per username, the public per-address bucket), and two processes started at the same moment on an
// empty database create one administrator and one set of demo data. Skips with a message without
// PostgreSQL; OPENIMR_REQUIRE_POSTGRES=1 (or CI) makes that a failure (test/setup/postgres.global.ts).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../setup/postgres-database.ts';
import { inventedApplication } from '../support/applications.ts';
import { serveProcess, stopAllServeProcesses, stopProcess, type ServeProcess } from '../support/serve-process.ts';

const serverUrl = testPostgresUrl('the multi-process API test');
const ADMIN_PASSWORD = `multiprocess-${randomUUID()}`;
const databases: TestDatabase[] = [];

afterAll(async () => {
  await stopAllServeProcesses();
  for (const d of databases) await d.drop();
});

/** `openimr serve --db URL ...` with the test's administrator password and no limits from the environment. */
function serve(db: string, extra: readonly string[] = []): Promise<ServeProcess> {
  return serveProcess(['--db', db, ...extra], { OPENIMR_ADMIN_PASSWORD: ADMIN_PASSWORD, DATABASE_URL: '', OPENIMR_RATE_LIMIT_STORE: '' });
}

interface Who {
  cookie?: string;
  csrf?: string;
}

async function call(base: string, who: Who, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const h: Record<string, string> = { ...headers };
  if (who.cookie !== undefined) h['cookie'] = who.cookie;
  if (who.csrf !== undefined && method !== 'GET') h['x-csrf-token'] = who.csrf;
  if (body !== undefined) h['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers: h, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

async function signIn(base: string, username: string, password: string): Promise<{ cookie: string; csrf: string; status: number; retryAfter: string | null }> {
  const r = await call(base, {}, 'POST', '/auth/login', { username, password });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: typeof r.json['csrfToken'] === 'string' ? r.json['csrfToken'] : '', status: r.status, retryAfter: r.headers.get('retry-after') };
}

async function count(url: string, text: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(text)).rows[0]?.n ?? NaN);
  } finally {
    await c.end();
  }
}

async function freshDatabase(): Promise<string> {
  const d = await createTestDatabase(serverUrl!);
  databases.push(d);
  return d.url;
}

describe.skipIf(serverUrl === null)('two API processes on one PostgreSQL database', () => {
  it('start together on an empty database: one administrator, then sessions, CSRF, sign-out, idempotency and limits are shared', async () => {
    const url = await freshDatabase();
    // Started at the same moment on an empty database: both come up, the administrator is created once.
    const [one, two] = await Promise.all([serve(url, ['--no-demo']), serve(url, ['--no-demo'])]);
    const created = [one, two].map((s) => s.output().split('Created the administrator account').length - 1);
    expect(created.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await count(url, 'select count(*) as n from users')).toBe(1);

    // A session and its CSRF token from process 1 work on process 2.
    const admin = await signIn(one.base, 'admin', ADMIN_PASSWORD);
    expect(admin.status).toBe(200);
    expect((await call(two.base, admin, 'GET', '/auth/me')).json).toMatchObject({ user: { username: 'admin' }, csrfToken: admin.csrf, via: 'session' });
    expect((await call(two.base, { cookie: admin.cookie }, 'POST', '/tokens', { username: 'admin', label: 'no csrf' })).status).toBe(403);

    // An Idempotency-Key answered by process 2 replays on process 1.
    const key = { 'idempotency-key': `mp-${randomUUID()}` };
    const body = { username: 'mp-intake', password: 'a long enough password', role: 'intake' };
    const first = await call(two.base, admin, 'POST', '/users', body, key);
    expect(first.status).toBe(201);
    const replay = await call(one.base, admin, 'POST', '/users', body, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);
    expect(await count(url, "select count(*) as n from users where username = 'mp-intake'")).toBe(1);

    // The same new key sent to both processes at the same moment: one request runs, the rest wait (409) or
    // replay, and one case exists.
    const burstKey = { 'idempotency-key': `mp-burst-${randomUUID()}` };
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => call(i % 2 === 0 ? one.base : two.base, admin, 'POST', '/cases', inventedApplication({ claimNumber: 'MP-CLAIM-1' }), burstKey)));
    expect(burst.map((r) => r.status).filter((s) => s !== 201 && s !== 409)).toEqual([]);
    expect(burst.filter((r) => r.status === 201 && r.headers.get('idempotency-replayed') === null)).toHaveLength(1);
    expect(await count(url, 'select count(*) as n from cases')).toBe(1);

    // Sign-out on process 2 ends the session on process 1 too.
    expect((await call(two.base, admin, 'POST', '/auth/logout')).status).toBe(200);
    expect((await call(one.base, admin, 'GET', '/auth/me')).status).toBe(401);

    // Sign-in attempts per username are counted once for both: 10, then 429 with Retry-After on either.
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i++) {
      const r = await signIn(i % 2 === 0 ? one.base : two.base, 'Mp-Intake', `wrong-guess-${i}`);
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.retryAfter;
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await signIn(one.base, 'mp-intake', body.password)).status).toBe(429);
    expect((await signIn(two.base, 'admin', ADMIN_PASSWORD)).status).toBe(200);

    // The public per-address bucket (120 at once, 20/s) is one bucket on PostgreSQL: at most 120 + 20/s pass
    // (two buckets, one per process, would let about twice as many through: 240 + 40/s).
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        let ok = 0;
        for (let i = 0; i < 50; i++) if ((await fetch(`${(lane % 2 === 0 ? one : two).base}/health`)).status === 200) ok++;
        return ok;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const ok = results.reduce((a, b) => a + b, 0);
    expect(ok).toBeGreaterThanOrEqual(120);
    expect(ok).toBeLessThanOrEqual(120 + Math.ceil(20 * seconds) + 5);
    const limited = await fetch(`${two.base}/health`);
    if (limited.status === 429) expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    console.log(`[multiprocess] public bucket shared: ${ok} of 400 health requests allowed in ${seconds.toFixed(2)} s`);
    await Promise.all([stopProcess(one.child), stopProcess(two.child)]);
  });

  it('start together on an empty database with the demo: demo data and demo accounts exist once', async () => {
    const url = await freshDatabase();
    const [one, two] = await Promise.all([serve(url), serve(url)]);
    const outputs = [one.output(), two.output()].join('\n');
    expect(outputs.split('Loaded demo data').length - 1).toBe(1);
    expect(outputs.split('Demo accounts').length - 1).toBe(1);
    expect(await count(url, 'select count(*) as n from users')).toBe(5);
    expect(await count(url, 'select count(*) as n from cases')).toBe(6);
    expect(await count(url, 'select count(*) as n from reviewers')).toBeGreaterThan(0);
    expect(await count(url, "select count(*) as n from letters where source_name like 'demo-synthetic-%'")).toBe(400);
    expect(await count(url, 'select count(*) as n from (select duplicate_key from cases group by duplicate_key having count(*) > 1) d')).toBe(0);
    for (const s of [one, two]) expect((await fetch(`${s.base}/health`)).status).toBe(200);
    await Promise.all([stopProcess(one.child), stopProcess(two.child)]);
  });
});
