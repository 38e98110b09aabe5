// Issue 6, security review: the answers themselves. Security headers on the web app and the API (a CSP that
// allows no inline script, nosniff, a referrer policy, a framing rule, no X-Powered-By), the session cookie's
// attributes, no CORS (same origin only), and hostile input sent to every route of the route table:
// never a 500, never a stack trace, a source path or SQL in the body, always problem+json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../src/api/index.ts';
import { makeWorld, PASSWORD, type World } from '../../src/api/fixtures.ts';

let world: World;
const webRoot = mkdtempSync(join(tmpdir(), 'openimr-sec-web-'));
beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
  world = await makeWorld({ webRoot });
}, 60_000);
afterAll(async () => {
  await world.store.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const bearer = (role: keyof World['tokens']): Record<string, string> => ({ authorization: `Bearer ${world.tokens[role]}` });

/** The directives of a CSP header. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') out.set(name.toLowerCase(), values);
  }
  return out;
}

function checkHeaders(what: string, res: Response): string[] {
  const bad: string[] = [];
  const h = res.headers;
  const csp = h.get('content-security-policy');
  if (csp === null) bad.push(`${what}: no CSP`);
  else {
    const d = directives(csp);
    const scripts = d.get('script-src') ?? d.get('default-src');
    if (scripts === undefined) bad.push(`${what}: CSP has neither script-src nor default-src`);
    else if (scripts.some((v) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(v))) bad.push(`${what}: scripts allowed from ${scripts.join(' ')}`);
    const frames = d.get('frame-ancestors');
    if (frames === undefined || !frames.every((v) => v === "'none'" || v === "'self'")) bad.push(`${what}: frame-ancestors ${frames?.join(' ') ?? 'missing'}`);
    if (!(d.get('object-src') ?? d.get('default-src') ?? []).every((v) => v === "'none'" || v === "'self'")) bad.push(`${what}: object-src`);
  }
  if (h.get('x-content-type-options') !== 'nosniff') bad.push(`${what}: x-content-type-options`);
  if (!['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(h.get('referrer-policy') ?? '')) bad.push(`${what}: referrer-policy`);
  if (!['DENY', 'SAMEORIGIN'].includes(h.get('x-frame-options') ?? '')) bad.push(`${what}: x-frame-options`);
  if (h.has('x-powered-by')) bad.push(`${what}: x-powered-by`);
  if (/\d/.test(h.get('server') ?? '')) bad.push(`${what}: server version`);
  for (const k of h.keys()) if (k.startsWith('access-control-')) bad.push(`${what}: ${k}`);
  return bad;
}

describe('security headers', () => {
  it('are on every kind of answer: web app, docs, JSON, problems, files, charts, letters', async () => {
    const id = world.inReview.id;
    const targets: [string, string, Record<string, string>][] = [
      ['web index', '/', {}],
      ['web app route', '/cases/CM26-0000001', {}],
      ['web asset', '/assets/app.js', {}],
      ['web traversal', '/..%2f..%2fetc%2fpasswd', {}],
      ['docs', '/api/docs', {}],
      ['docs css', '/api/docs.css', {}],
      ['openapi', '/api/v1/openapi.json', {}],
      ['search', '/api/v1/decisions?q=therapy', {}],
      ['export', '/api/v1/decisions/export?format=csv', {}],
      ['chart', '/api/v1/stats/charts/year.svg', {}],
      ['401', '/api/v1/cases', {}],
      ['403', '/api/v1/users', bearer('qa')],
      ['404 route', '/api/v1/nothing-here', {}],
      ['400', '/api/v1/decisions?limit=-5', {}],
      ['case', `/api/v1/cases/${id}`, bearer('intake')],
      ['letter html', `/api/v1/cases/${id}/letter?format=html`, bearer('qa')],
      ['letter pdf', `/api/v1/cases/${id}/letter?format=pdf`, bearer('qa')],
      ['letter txt', `/api/v1/cases/${id}/letter?format=txt`, bearer('qa')],
    ];
    const bad: string[] = [];
    for (const [what, path, headers] of targets) {
      const res = await world.app.request(path, { headers: { origin: 'https://elsewhere.example', ...headers } });
      expect(res.status, what).toBeLessThan(500);
      bad.push(...checkHeaders(`${what} ${res.status}`, res));
    }
    expect(bad).toEqual([]);
  });

  it('the web app page itself allows scripts only from its own origin', async () => {
    const res = await world.app.request('/');
    expect(await res.text()).toContain('/assets/app.js');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('script-src') ?? csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('asks for https from then on (HSTS) only when served over https (secureCookies)', async () => {
    expect((await world.app.request('/api/v1/health')).headers.get('strict-transport-security')).toBeNull();
    const https = world.make({ secureCookies: true });
    for (const path of ['/', '/api/v1/health', '/api/v1/nothing-here']) {
      expect((await https.request(path)).headers.get('strict-transport-security'), path).toMatch(/^max-age=(\d+)/);
    }
  });

  it('answers no CORS preflight and grants no other origin', async () => {
    const pre = await world.app.request('/api/v1/cases', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-csrf-token' },
    });
    expect(pre.status).toBeGreaterThanOrEqual(400);
    expect([...pre.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    const get = await world.app.request('/api/v1/decisions?q=x', { headers: { origin: 'null' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(get.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('the session cookie', () => {
  const login = async (app = world.app): Promise<Response> =>
    await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });

  function attributes(setCookie: string): Map<string, string> {
    return new Map(setCookie.split(';').slice(1).map((p) => {
      const [k, v] = p.trim().split('=');
      return [(k ?? '').toLowerCase(), v ?? ''];
    }));
  }

  it('is HttpOnly, SameSite=Strict, path /, with a lifetime, and Secure only when configured', async () => {
    const plain = attributes((await login()).headers.get('set-cookie') ?? '');
    expect(plain.has('httponly')).toBe(true);
    expect(plain.get('samesite')).toBe('Strict');
    expect(plain.get('path')).toBe('/');
    expect(Number(plain.get('max-age'))).toBeGreaterThan(0);
    expect(plain.has('secure')).toBe(false);
    expect(plain.has('domain')).toBe(false);
    const secure = attributes((await login(world.make({ secureCookies: true }))).headers.get('set-cookie') ?? '');
    expect(secure.has('secure')).toBe(true);
    expect(secure.has('httponly')).toBe(true);
  });

  it('is random and long: 32 bytes of base64url, different on every sign-in', async () => {
    const values = await Promise.all([login(), login(), login()].map(async (r) => ((await r).headers.get('set-cookie') ?? '').split(';')[0]?.split('=')[1] ?? ''));
    for (const v of values) expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(values).size).toBe(3);
  });
});

// Hostile values for path parameters, query strings and bodies.
const BAD_PARAMS = ["' or 1=1 --", '../../../../etc/passwd', '%00', 'x'.repeat(5000), '"><script>alert(1)</script>', 'CM26-0000001; drop table cases'];
const BAD_QUERY =
  '?q=' +
  encodeURIComponent('" OR 1=1 -- NEAR(a b) * ^ : {col} AND NOT') +
  '&limit=-1&cursor=%FF%FE&format=exe&by=;&state=limbo&overdue=maybe&public=2&year=1e999&decision=%00&category=' +
  encodeURIComponent("'; drop table items; --");
const BAD_BODIES: [string, string][] = [
  ['application/json', '{"a":'],
  ['application/json', '['.repeat(20_000) + ']'.repeat(20_000)],
  ['application/json', 'null'],
  ['application/json', '"just a string"'],
  ['application/json', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'],
  ['application/json', JSON.stringify({ username: "admin' --", password: { $ne: null }, event: 'x'.repeat(100_000), payload: [1], version: -1, reviews: 'none' })],
  ['application/json', '\uFEFF{}'],
  ['application/json', Buffer.from([0xff, 0xfe, 0x00, 0x7b]).toString('latin1')],
  ['text/html', '<script>alert(1)</script>'],
  ['application/x-www-form-urlencoded', 'username=admin&password=x'],
];

/** What must never be in an answer's body. */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\n\s+at\s|\bat\s+\S+\s+\(.*:\d+:\d+\)/],
  ['source path', /node_modules|\/src\/|\.ts:\d+|file:\/\//],
  ['SQL', /\b(select|insert\s+into|update|delete\s+from)\b[^"]{0,80}\b(from|set|values|where)\b/i],
  ['database engine', /sqlite|postgres|kysely|SQLSTATE|syntax error|no such (table|column)|constraint failed/i],
  ['error class', /\b(TypeError|RangeError|ReferenceError|SyntaxError|SqliteError)\b/],
];

describe('hostile input to every route', () => {
  it('ends in a problem+json below 500 with no stack, source path or SQL in the body', async () => {
    const failures: string[] = [];
    const check = async (label: string, path: string, init: RequestInit): Promise<void> => {
      const res = await world.app.request(path, init);
      const body = await res.text();
      if (res.status >= 500) failures.push(`${label}: ${res.status} ${body.slice(0, 200)}`);
      if (res.status >= 400 && !(res.headers.get('content-type') ?? '').startsWith('application/problem+json')) failures.push(`${label}: ${res.status} as ${res.headers.get('content-type') ?? 'nothing'}`);
      for (const [what, re] of LEAKS) if (res.status >= 400 && re.test(body)) failures.push(`${label}: ${what} in ${body.slice(0, 200)}`);
    };
    let sent = 0;
    for (const r of routeTable()) {
      for (const who of [undefined, 'admin', 'reviewer', 'applicant'] as const) {
        const auth = who === undefined ? {} : bearer(who);
        for (const param of BAD_PARAMS) {
          const path = `/api/v1${r.path.replace(/\{\w+\}/g, encodeURIComponent(param))}`;
          await check(`${r.method} ${r.path} as ${who ?? 'anonymous'} param ${param.slice(0, 20)}`, path + BAD_QUERY, { method: r.method, headers: auth });
          sent++;
        }
        if (r.method === 'GET') continue;
        const path = `/api/v1${r.path.replace(/\{\w+\}/g, world.inReview.id)}`;
        for (const [type, body] of BAD_BODIES) {
          await check(`${r.method} ${r.path} as ${who ?? 'anonymous'} body ${type} ${body.slice(0, 20)}`, path, { method: r.method, headers: { ...auth, 'content-type': type }, body });
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 240_000);

  it('refuses a lying Content-Length and a body over the limit without reading it all', async () => {
    const res = await world.app.request('/api/v1/cases', { method: 'POST', headers: { ...bearer('intake'), 'content-type': 'application/json', 'content-length': String(1 << 30) }, body: '{}' });
    expect(res.status).toBe(413);
    const big = await world.app.request('/api/v1/cases', { method: 'POST', headers: { ...bearer('intake'), 'content-type': 'application/json' }, body: `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}` });
    expect(big.status).toBe(413);
  });
});
