// The API in-process (app.request): sign-in, CSRF, session expiry, tokens, limits, idempotency, problems,
// party scoping, the workflow routes, OpenAPI and the docs page, the web app's files, and the request log.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from './app.ts';
import { makeWorld, PASSWORD, type World } from './fixtures.ts';
import { toProblem } from './problem.ts';
import { OpenImrError } from '../core/index.ts';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
}, 60_000);
afterAll(async () => {
  await world.store.close();
});

const bearer = (role: keyof World['tokens']): Record<string, string> => ({ authorization: `Bearer ${world.tokens[role]}` });
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

async function expectProblem(res: Response, status: number, code: string): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, code });
  expect(typeof body['type']).toBe('string');
  expect(typeof body['title']).toBe('string');
  expect(typeof body['detail']).toBe('string');
  return body;
}

async function login(username: string, password = PASSWORD): Promise<{ cookie: string; csrf: string; res: Response }> {
  const res = await world.app.request('/api/v1/auth/login', json({ username, password }));
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const body = (await res.clone().json()) as { csrfToken?: string };
  return { cookie, csrf: body.csrfToken ?? '', res };
}

describe('sign-in and sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie (not Secure over http) and returns a CSRF token', async () => {
    const { res, cookie, csrf } = await login('intake');
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(/^openimr_session=/);
    expect(csrf.length).toBeGreaterThan(20);
    const me = await world.app.request('/api/v1/auth/me', { headers: { cookie } });
    expect(await me.json()).toMatchObject({ user: { username: 'intake', role: 'intake' }, csrfToken: csrf, via: 'session' });
  });

  it('marks the cookie Secure when configured for https', async () => {
    const app = world.make({ secureCookies: true });
    const res = await app.request('/api/v1/auth/login', json({ username: 'qa', password: PASSWORD }));
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown user alike (401 invalid-credentials)', async () => {
    await expectProblem((await login('intake', 'not the password')).res, 401, 'invalid-credentials');
    await expectProblem((await login('nobody')).res, 401, 'invalid-credentials');
  });

  it('slows password guessing: 10 attempts per username, then 429 with Retry-After', async () => {
    const app = world.make();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await app.request('/api/v1/auth/login', json({ username: 'Target', password: `guess-${i}` }))).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const res = await app.request('/api/v1/auth/login', json({ username: 'target', password: 'again' }));
    await expectProblem(res, 429, 'rate-limited');
    expect(res.headers.get('retry-after')).not.toBeNull();
    expect((await app.request('/api/v1/auth/login', json({ username: 'qa', password: PASSWORD }))).status).toBe(200);
  });

  it('stores only hashes of session tokens', async () => {
    const { cookie } = await login('qa');
    const token = cookie.split('=')[1] ?? '';
    const users = await world.store.auth.listUsers();
    expect(JSON.stringify(users)).not.toContain(PASSWORD);
    expect(await world.store.auth.getSession(token)).toBeNull();
  });

  it('requires the CSRF token on unsafe methods for cookie sessions, not on safe ones', async () => {
    const { cookie, csrf } = await login('admin');
    const body = { username: 'intake', label: 'x' };
    await expectProblem(await world.app.request('/api/v1/tokens', json(body, { cookie })), 403, 'csrf-token-invalid');
    await expectProblem(await world.app.request('/api/v1/tokens', json(body, { cookie, 'x-csrf-token': csrf.slice(1) + 'A' })), 403, 'csrf-token-invalid');
    expect((await world.app.request('/api/v1/users', { headers: { cookie } })).status).toBe(200);
    const ok = await world.app.request('/api/v1/tokens', json(body, { cookie, 'x-csrf-token': csrf }));
    expect(ok.status).toBe(201);
  });

  it('expires sessions after their lifetime (then 401) and logout ends them', async () => {
    const { cookie, csrf } = await login('qa');
    expect((await world.app.request('/api/v1/auth/me', { headers: { cookie } })).status).toBe(200);
    world.clock.advance(8 * 60 * 60 * 1000 + 1);
    await expectProblem(await world.app.request('/api/v1/auth/me', { headers: { cookie } }), 401, 'unauthenticated');
    const second = await login('qa');
    expect((await world.app.request('/api/v1/auth/logout', { method: 'POST', headers: { cookie: second.cookie, 'x-csrf-token': second.csrf } })).status).toBe(200);
    expect((await world.app.request('/api/v1/auth/me', { headers: { cookie: second.cookie } })).status).toBe(401);
    expect(csrf).not.toBe(second.csrf);
  });
});

describe('API tokens', () => {
  it('an admin makes a token that then authenticates as that user; bad and expired tokens are 401', async () => {
    const res = await world.app.request('/api/v1/tokens', json({ username: 'reviewer', label: 'ci', expiresInDays: 1 }, bearer('admin')));
    expect(res.status).toBe(201);
    const { token } = (await res.json()) as { token: string };
    const me = await world.app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ user: { role: 'reviewer' }, via: 'token', csrfToken: null });
    await expectProblem(await world.app.request('/api/v1/auth/me', { headers: { authorization: 'Bearer ' + 'x'.repeat(43) } }), 401, 'unauthenticated');
    await expectProblem(await world.app.request('/api/v1/auth/me', { headers: { authorization: 'Basic abc' } }), 401, 'unauthenticated');
    world.clock.advance(2 * 86_400_000);
    await expectProblem(await world.app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } }), 401, 'unauthenticated');
  });

  it('needs no CSRF token (not a cookie session)', async () => {
    const res = await world.app.request('/api/v1/determinations', json({}, bearer('reviewer')));
    expect(res.status).toBe(400);
  });
});

describe('limits and errors', () => {
  it('rate-limits public routes per client with 429 and Retry-After', async () => {
    const app = world.make({ rateLimit: { capacity: 3, refillPerSecond: 0.5 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/v1/stats/volume')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await app.request('/api/v1/stats/volume');
    await expectProblem(res, 429, 'rate-limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Signed-in routes are not public, so not limited here.
    expect((await app.request('/api/v1/cases', { headers: bearer('qa') })).status).toBe(200);
    world.clock.advance(10_000);
    expect((await app.request('/api/v1/stats/volume')).status).toBe(200);
  });

  it('refuses a JSON body over the limit with 413 payload-too-large', async () => {
    const big = { clinicalSummary: 'x'.repeat(1024 * 1024 + 10), disputedItems: [] };
    await expectProblem(await world.app.request('/api/v1/determinations', json(big, bearer('qa'))), 413, 'payload-too-large');
    const small = world.make({ documentLimitBytes: 100 });
    const res = await small.request(`/api/v1/cases/${world.inReview.id}/documents`, {
      method: 'POST',
      headers: { ...bearer('intake'), 'content-type': 'text/plain', 'x-file-name': 'a.txt' },
      body: 'y'.repeat(101),
    });
    await expectProblem(res, 413, 'payload-too-large');
  });

  it('answers malformed JSON with 400 invalid-json and a wrong media type with 415', async () => {
    const res = await world.app.request('/api/v1/determinations', { method: 'POST', headers: { ...bearer('qa'), 'content-type': 'application/json' }, body: '{"clinicalSummary": ' });
    await expectProblem(res, 400, 'invalid-json');
    const res2 = await world.app.request('/api/v1/determinations', { method: 'POST', headers: { ...bearer('qa'), 'content-type': 'text/plain' }, body: '{}' });
    await expectProblem(res2, 415, 'unsupported-media-type');
  });

  it('names the invalid field (never its value) in 400 invalid-input', async () => {
    const body = await expectProblem(await world.app.request('/api/v1/stats?by=secret-value', { headers: {} }), 400, 'invalid-input');
    expect(body['field']).toBe('query.by');
    expect(JSON.stringify(body)).not.toContain('secret-value');
  });

  it('never answers 500 to injection-like search text', async () => {
    const nasty = ['"', "'", "') OR 1=1 --", '*', 'NEAR(a b)', 'a AND', '\u0000', '%', '_', '\\', '"unclosed', 'knee"; DROP TABLE items; --', '😀', 'x'.repeat(500), '{}[]()', 'col:value', '-', '^'];
    for (const q of nasty) {
      const res = await world.app.request(`/api/v1/decisions?q=${encodeURIComponent(q)}`);
      expect([200, 400]).toContain(res.status);
    }
    const tooLong = await world.app.request(`/api/v1/decisions?q=${'y'.repeat(501)}`);
    await expectProblem(tooLong, 400, 'invalid-input');
  });

  it('answers unknown API routes and methods as problems, and keeps storage details private', async () => {
    await expectProblem(await world.app.request('/api/v1/nope'), 404, 'route-not-found');
    await expectProblem(await world.app.request('/api/v1/stats', { method: 'DELETE' }), 405, 'method-not-allowed');
    const hidden = toProblem(new OpenImrError('storage-error', 'storage: insert failed (SQLITE_CONSTRAINT, users_pk)'));
    expect(hidden.problem).toMatchObject({ status: 503, code: 'storage-error' });
    expect(hidden.problem.detail).not.toContain('SQLITE');
    expect(toProblem(new Error('boom at /home/x')).problem).toMatchObject({ status: 500, code: 'internal', detail: 'Internal error' });
    expect(toProblem(new OpenImrError('conflict', 'x', { reason: 'role-not-allowed' })).problem.status).toBe(403);
  });

  it('puts security headers on every answer', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nope', '/api/docs', '/']) {
      const res = await world.app.request(path);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('idempotency keys', () => {
  const reviewer = (id: string) => ({
    id,
    name: 'Invented Person',
    licenseStates: ['CA'],
    boardCertifications: ['ABPMR'],
    specialties: ['Physical Medicine and Rehabilitation'],
    subspecialties: [],
    yearsInPractice: 10,
    weeklyPracticeHours: 20,
    affiliations: [],
    active: false,
  });

  it('replays the stored response for the same key and body, and refuses the key with another body (422)', async () => {
    const headers = { ...bearer('admin'), 'idempotency-key': 'key-1' };
    const first = await world.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-1'), headers));
    expect(first.status).toBe(201);
    const events = (await world.store.workflow.listAudit({ limit: 1000 })).length;
    const again = await world.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-1'), headers));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect((await world.store.workflow.listAudit({ limit: 1000 })).length).toBe(events);
    await expectProblem(await world.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-2'), headers)), 422, 'idempotency-key-reused');
    // Keys are per user: another admin-less user cannot even reach it, another key is a new request.
    const other = await world.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-2'), { ...bearer('admin'), 'idempotency-key': 'key-2' }));
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotency-replayed')).toBeNull();
  });

  /** The case in review's application for other parties, so the party users' case lists stay as they are. */
  const otherParties = (claimNumber: string) => {
    const app = structuredClone(world.inReview.application);
    app.claimNumber = claimNumber;
    app.employee.name = 'Invented Idempotent';
    app.claimsAdministrator.name = 'Invented Claims Company';
    return app;
  };

  it('runs one of several simultaneous requests with the same new key; the others wait (409) or replay', async () => {
    const app = otherParties('TEST-IDEM-SIMULTANEOUS');
    const casesBefore = (await world.store.workflow.listCases({ limit: 500 })).cases.length;
    const headers = { ...bearer('intake'), 'idempotency-key': 'same-moment' };
    const replies = await Promise.all(Array.from({ length: 6 }, async () => world.app.request('/api/v1/cases', json(app, headers))));
    const ran = replies.filter((r) => r.status === 201 && r.headers.get('idempotency-replayed') === null);
    expect(ran).toHaveLength(1);
    for (const r of replies) {
      if (r.status === 409) {
        expect(r.headers.get('retry-after')).toBe('1');
        expect(await r.json()).toMatchObject({ code: 'idempotency-key-in-progress' });
      } else expect(r.status).toBe(201);
    }
    expect((await world.store.workflow.listCases({ limit: 500 })).cases.length).toBe(casesBefore + 1);
    // Once it has answered, every retry replays that answer.
    const retry = await world.app.request('/api/v1/cases', json(app, headers));
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await ran[0]?.json());
  });

  it('keeps an answer for 24 hours, then the key is new again', async () => {
    const own = await makeWorld();
    try {
      const headers = { authorization: `Bearer ${own.tokens.admin}`, 'idempotency-key': 'day-old' };
      expect((await own.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-DAY'), headers))).status).toBe(201);
      own.clock.advance(23 * 3_600_000);
      expect((await own.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-DAY'), headers))).headers.get('idempotency-replayed')).toBe('true');
      own.clock.advance(2 * 3_600_000);
      const later = await own.app.request('/api/v1/reviewers', json(reviewer('R-IDEM-DAY-2'), headers));
      expect(later.status).toBe(201);
      expect(later.headers.get('idempotency-replayed')).toBeNull();
    } finally {
      await own.store.close();
    }
  });

  it('gives the key back when the request fails, so it can be used again', async () => {
    const headers = { ...bearer('intake'), 'idempotency-key': 'failed-first' };
    const wrong = otherParties('TEST-IDEM-RETRY');
    wrong.dateOfInjury = '1900-01-01';
    // The use-case refuses (dates out of order): nothing is kept for the key.
    await expectProblem(await world.app.request('/api/v1/cases', json(wrong, headers)), 400, 'invalid-input');
    expect(await world.store.auth.getIdempotency('U-intake', 'failed-first')).toBeNull();
    const fixed = { ...wrong, dateOfInjury: world.inReview.application.dateOfInjury };
    const next = await world.app.request('/api/v1/cases', json(fixed, headers));
    expect(next.status).toBe(201);
    expect(next.headers.get('idempotency-replayed')).toBeNull();
  });
});

describe('cases and parties', () => {
  it('shows parties only their own cases and hides the reviewer from them', async () => {
    const mine = await world.app.request('/api/v1/cases', { headers: bearer('claims-administrator') });
    const body = (await mine.json()) as { cases: { id: string; assignment: { reviewerId: string } | null }[] };
    expect(body.cases.some((c) => c.id === world.inReview.id)).toBe(true);
    for (const c of body.cases) if (c.assignment !== null) expect(c.assignment.reviewerId).toBe('confidential');
    const applicant = (await (await world.app.request('/api/v1/cases', { headers: bearer('applicant') })).json()) as { cases: { id: string }[] };
    expect(applicant.cases.map((c) => c.id)).toEqual([world.inReview.id]);
    const staff = (await (await world.app.request(`/api/v1/cases/${world.inReview.id}`, { headers: bearer('qa') })).json()) as { assignment: { reviewerId: string } };
    expect(staff.assignment.reviewerId).toBe(world.inReview.assignment?.reviewerId);
  });

  it('answers 404 for a case the caller may not see (existence not revealed)', async () => {
    await world.store.auth.createUser({ id: 'U-other', username: 'other', passwordHash: 'x', role: 'applicant', partyName: 'Somebody Else', reviewerId: null, createdAt: 'x' });
    const res = await world.app.request('/api/v1/tokens', json({ username: 'other' }, bearer('admin')));
    const { token } = (await res.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    await expectProblem(await world.app.request(`/api/v1/cases/${world.inReview.id}`, { headers }), 404, 'not-found');
    expect(await (await world.app.request('/api/v1/cases', { headers })).json()).toEqual({ cases: [], nextCursor: null });
  });

  it('takes an application, a document, and reports the events the caller may fire', async () => {
    const app = structuredClone(world.inReview.application);
    app.claimNumber = 'TEST-CLAIM-77';
    app.employee.name = 'Invented Testperson';
    const created = await world.app.request('/api/v1/cases', json(app, { ...bearer('intake'), 'idempotency-key': 'case-1' }));
    expect(created.status).toBe(201);
    const record = (await created.json()) as { id: string; caseNumber: string; state: string; documents: unknown[] };
    const upload = await world.app.request(`/api/v1/cases/${record.id}/documents?submittedBy=provider`, {
      method: 'POST',
      headers: { ...bearer('intake'), 'content-type': 'text/plain', 'x-file-name': encodeURIComponent('progress note.txt') },
      body: 'Progress note. The patient reports low back pain for 6 months despite physical therapy.',
    });
    expect(upload.status).toBe(201);
    const withDoc = (await upload.json()) as { documents: { sha256: string; fileName: string }[] };
    const doc = withDoc.documents.at(-1);
    expect(doc?.fileName).toBe('progress note.txt');
    const bytes = await world.app.request(`/api/v1/cases/${record.id}/documents/${doc?.sha256 ?? ''}`, { headers: bearer('qa') });
    expect(bytes.status).toBe(200);
    expect(await bytes.text()).toContain('low back pain');
    const events = await world.app.request(`/api/v1/cases/${record.caseNumber}/events`, { headers: bearer('intake') });
    expect(await events.json()).toMatchObject({ state: record.state });
    const stale = await world.app.request(`/api/v1/cases/${record.id}/transitions`, json({ event: 'withdraw', payload: {}, version: 0 }, bearer('intake')));
    expect([409, 403]).toContain(stale.status);
  });

  it('lists the events each staff role may fire on the case in review', async () => {
    const events = async (role: 'reviewer' | 'intake'): Promise<unknown> =>
      ((await (await world.app.request(`/api/v1/cases/${world.inReview.id}/events`, { headers: bearer(role) })).json()) as { events: string[] }).events;
    expect(await events('reviewer')).toContain('submit-for-qa');
    expect(await events('intake')).not.toContain('submit-for-qa');
  });

  it('serves the issued letter to its parties as text, HTML (own CSP) and PDF', async () => {
    const issued = world.issued;
    if (issued === undefined) return;
    for (const [format, type] of [['txt', 'text/plain'], ['html', 'text/html'], ['pdf', 'application/pdf']] as const) {
      const res = await world.app.request(`/api/v1/cases/${issued.id}/letter?format=${format}&public=true`, { headers: bearer('qa') });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      if (format === 'html') {
        expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      }
    }
  });
});

describe('corpus routes', () => {
  it('pages search results with an opaque cursor and exports CSV with formula-safe cells', async () => {
    const first = (await (await world.app.request('/api/v1/decisions?limit=1')).json()) as { hits: unknown[]; total: number; nextCursor: string | null };
    if (first.total > 1) expect(first.nextCursor).not.toBeNull();
    await expectProblem(await world.app.request('/api/v1/decisions?cursor=bogus'), 400, 'invalid-argument');
    const csv = await world.app.request('/api/v1/decisions/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toBe('caseNumber,itemIndex,request,decision,category,specialty,decisionDate');
  });

  it('draws charts as SVG and refuses unknown chart names', async () => {
    const res = await world.app.request('/api/v1/stats/charts/category.svg');
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await res.text()).toContain('<svg');
    await expectProblem(await world.app.request('/api/v1/stats/charts/..%2Fsecret.svg'), 404, 'not-found');
  });
});

describe('OpenAPI and docs', () => {
  it('describes every route of the table with its roles, and the docs page lists them', async () => {
    const doc = (await (await world.app.request('/api/v1/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, { 'x-roles': string[] }>> };
    expect(doc.openapi).toBe('3.1.0');
    const html = await (await world.app.request('/api/docs')).text();
    for (const r of routeTable()) {
      const op = doc.paths[`/api/v1${r.path}`]?.[r.method.toLowerCase()];
      expect(op?.['x-roles'], `${r.method} ${r.path}`).toEqual(r.access);
      expect(html).toContain(`/api/v1${r.path.replace(/[{}]/g, (ch) => ch)}`);
    }
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(doc.paths['/api/v1/cases']?.['post']).toHaveProperty('requestBody');
  });
});

describe('request log', () => {
  it('has method, route pattern, status and duration only: no query text, tokens or names', async () => {
    world.logs.length = 0;
    await world.app.request('/api/v1/decisions?q=Zebulon+Secretname');
    await world.app.request(`/api/v1/cases/${world.inReview.id}`, { headers: bearer('qa') });
    await login('intake', 'hunter2-wrong');
    expect(world.logs).toHaveLength(3);
    expect(world.logs[0]).toMatch(/^GET \/decisions 200 [\d.]+ms$/);
    expect(world.logs[1]).toMatch(/^GET \/cases\/\{id\} 200 [\d.]+ms$/);
    const all = world.logs.join('\n');
    for (const secret of ['Zebulon', world.inReview.id, world.tokens.qa, 'hunter2', world.inReview.application.employee.name]) expect(all).not.toContain(secret);
  });
});

describe('web app files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openimr-web-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, and never leaves the folder', async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'openimr-outside.txt'), 'outside');
    const app = world.make({ webRoot: dir });
    expect(await (await app.request('/')).text()).toContain('<title>app</title>');
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await (await app.request('/cases/CM26-0000001')).text()).toContain('<title>app</title>');
    for (const p of ['/../openimr-outside.txt', '/%2e%2e/openimr-outside.txt', '/assets/..%2f..%2fopenimr-outside.txt']) {
      expect(await (await app.request(p)).text()).not.toContain('outside');
    }
    await expectProblem(await app.request('/api/v1/nothing-here'), 404, 'route-not-found');
  });
});

// Inputs one backend takes and the other cannot (PostgreSQL text holds no NUL; SQLite's does) and filter
// values outside the schema: every answer is a problem below 500 and the same on SQLite and PostgreSQL
// (the postgres vitest project runs this file on a PostgreSQL store).
const jsonAs = (role: keyof World['tokens']): Record<string, string> => ({ ...bearer(role), 'content-type': 'application/json' });
const postJson = (body: unknown, h: Record<string, string> = { 'content-type': 'application/json' }): RequestInit => ({ method: 'POST', headers: h, body: JSON.stringify(body) });

async function statusOf(path: string, init: RequestInit = {}): Promise<number> {
  return (await world.app.request(`/api/v1${path}`, init)).status;
}

describe('odd input: a clear 4xx on both backends, never a storage failure', () => {
  it('a NUL in a sign-in name, a case id or number, or a case filter', async () => {
    const id = world.inReview.id;
    const admin = { headers: jsonAs('admin') };
    expect(await statusOf('/auth/login', postJson({ username: 'intake\u0000', password: PASSWORD }))).toBe(400);
    expect(await statusOf('/cases/%00', admin)).toBe(404);
    expect(await statusOf(`/cases/${id}%00`, admin)).toBe(404);
    expect(await statusOf(`/cases/${world.inReview.caseNumber}%00`, admin)).toBe(404);
    expect(await statusOf(`/cases/${id}%00/audit`, admin)).toBe(404);
    expect(await statusOf('/cases?state=%00', admin)).toBe(400);
    expect(await statusOf('/decisions?q=%00')).toBe(400);
    expect(await statusOf('/decisions/CM15-0000001%00')).toBe(400);
  });

  it('an unknown state filter is a 400, not an internal error', async () => {
    expect(await statusOf('/cases?state=in-review,nonsense', { headers: jsonAs('admin') })).toBe(400);
    expect(await statusOf('/cases?state=in-review', { headers: jsonAs('admin') })).toBe(200);
  });

  it('a NUL or control character in an account field or token label is refused, and nothing is stored', async () => {
    const users = (await world.store.auth.listUsers()).length;
    const account = { username: 'odd-input', password: 'a long enough password', role: 'applicant', partyName: 'Some\u0000body' };
    expect(await statusOf('/users', postJson(account, jsonAs('admin')))).toBe(400);
    expect(await statusOf('/users', postJson({ ...account, partyName: 'Some\u0007body' }, jsonAs('admin')))).toBe(400);
    expect(await statusOf('/tokens', postJson({ username: 'qa', label: 'a\u0000b' }, jsonAs('admin')))).toBe(400);
    expect((await world.store.auth.listUsers()).length).toBe(users);
    expect(await statusOf('/users', postJson({ ...account, partyName: 'Somebody' }, jsonAs('admin')))).toBe(201);
  });
});
