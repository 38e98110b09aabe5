// Issue 6, security review: the findings of the code review as tests. Password hashing cost (OWASP's scrypt
// floor) with old hashes still accepted, a new session on every sign-in with the one the browser presented
// ended (fixation), CSRF tokens bound to their session, Idempotency-Keys scoped per user, document names
// that cannot steer a path or a header, static files that cannot leave the web folder, and no reviewer
// identity in any answer to a party or an anonymous caller, route by route.
import { randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../src/api/index.ts';
import { makeWorld, PASSWORD, type World } from '../../src/api/fixtures.ts';

let world: World;
const outer = mkdtempSync(join(tmpdir(), 'openimr-sec-review-'));
const webRoot = join(outer, 'dist');
const SECRET = 'ZQ-OUTSIDE-THE-WEB-ROOT';
beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(webRoot, 'assets', 'a.js'), 'export {};');
  writeFileSync(join(webRoot, '.env'), SECRET);
  writeFileSync(join(outer, 'secret.txt'), SECRET);
  writeFileSync(join(outer, 'dist-other.txt'), SECRET);
  world = await makeWorld({ webRoot });
}, 60_000);
afterAll(async () => {
  await world.store.close();
  rmSync(outer, { recursive: true, force: true });
});

const bearer = (role: keyof World['tokens']): Record<string, string> => ({ authorization: `Bearer ${world.tokens[role]}` });
const post = (path: string, body: unknown, headers: Record<string, string>, app = world.app): Promise<Response> =>
  Promise.resolve(app.request(`/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

async function signIn(username: string, password = PASSWORD, cookie?: string): Promise<{ cookie: string; csrf: string; status: number }> {
  const res = await post('/auth/login', { username, password }, cookie === undefined ? {} : { cookie });
  const set = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken?: string };
  return { cookie: set, csrf: body.csrfToken ?? '', status: res.status };
}

describe('passwords', () => {
  it('are hashed with scrypt at OWASP cost or more (N*p >= 5*2^14, r >= 8, 16-byte salt, 32-byte key)', async () => {
    const res = await post('/users', { username: 'hash-probe', password: 'a long enough password', role: 'qa' }, bearer('admin'));
    expect(res.status).toBe(201);
    const hash = (await world.store.auth.getUserByUsername('hash-probe'))?.passwordHash ?? '';
    const [kind, N, r, p, salt, key] = hash.split('$');
    expect(kind).toBe('scrypt');
    expect(Number(N) * Number(p)).toBeGreaterThanOrEqual(5 * 2 ** 14);
    expect(Number(r)).toBeGreaterThanOrEqual(8);
    expect(Buffer.from(salt ?? '', 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(key ?? '', 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(hash).not.toContain('a long enough password');
  }, 30_000);

  it('made with the earlier parameters (N=2^14, p=1) still sign in, since the parameters are stored with the hash', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('an older password here', salt, 32, { N: 16384, r: 8, p: 1 });
    await world.store.auth.createUser({
      id: 'U-legacy',
      username: 'legacy',
      passwordHash: ['scrypt', 16384, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$'),
      role: 'qa',
      partyName: null,
      reviewerId: null,
      createdAt: world.clock.now().toISOString(),
    });
    expect((await signIn('legacy', 'an older password here')).status).toBe(200);
    expect((await signIn('legacy', 'an older password HERE')).status).toBe(401);
  }, 30_000);
});

describe('sessions and CSRF', () => {
  it('sign-in makes a new session and ends the one the browser presented (no fixation, no leftover)', async () => {
    const first = await signIn('intake');
    expect(first.status).toBe(200);
    const again = await signIn('qa', PASSWORD, first.cookie);
    expect(again.status).toBe(200);
    expect(again.cookie).not.toBe(first.cookie);
    expect((await world.app.request('/api/v1/auth/me', { headers: { cookie: first.cookie } })).status).toBe(401);
    const me = (await (await world.app.request('/api/v1/auth/me', { headers: { cookie: again.cookie } })).json()) as { user: { username: string } };
    expect(me.user.username).toBe('qa');
  }, 30_000);

  it('an unknown cookie value offered at sign-in is never adopted', async () => {
    const planted = `openimr_session=${'A'.repeat(43)}`;
    const s = await signIn('intake', PASSWORD, planted);
    expect(s.cookie).not.toBe(planted);
    expect((await world.app.request('/api/v1/auth/me', { headers: { cookie: planted } })).status).toBe(401);
  }, 30_000);

  it("a CSRF token works only with its own session: missing, wrong, truncated or another session's token is 403", async () => {
    const a = await signIn('admin');
    const b = await signIn('intake');
    const tryWith = async (csrf: string | undefined): Promise<number> =>
      (await post('/users', { username: 'x', password: 'short' }, { cookie: a.cookie, ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) })).status;
    expect(await tryWith(undefined)).toBe(403);
    expect(await tryWith('')).toBe(403);
    expect(await tryWith(b.csrf)).toBe(403);
    expect(await tryWith(a.csrf.slice(0, -1))).toBe(403);
    expect(await tryWith(a.csrf + 'A')).toBe(403);
    expect(await tryWith(a.csrf.toUpperCase())).toBe(403);
    expect(await tryWith(a.csrf)).toBe(400); // past CSRF: the body is then refused as invalid
  }, 30_000);
});

describe('idempotency keys', () => {
  it('are scoped per user: the same key from another user is a new request, not a replay of the first answer', async () => {
    const app = structuredClone(world.inReview.application);
    app.claimNumber = 'IDEM-SCOPE-1';
    const first = await post('/cases', app, { ...bearer('intake'), 'idempotency-key': 'shared-key' });
    expect(first.status).toBe(201);
    // Another employee, so intake's consolidation of the same employee, physician and injury does not apply.
    const second = { ...app, claimNumber: 'IDEM-SCOPE-2', employee: { ...app.employee, name: 'Otherwise Unrelated Person' } };
    const other = await post('/cases', second, { ...bearer('admin'), 'idempotency-key': 'shared-key' });
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotency-replayed')).toBeNull();
    expect(((await other.json()) as { id: string }).id).not.toBe(((await first.json()) as { id: string }).id);
  }, 30_000);
});

describe('names that reach paths and headers', () => {
  it('a document name cannot steer the download header', async () => {
    const id = world.inReview.id;
    const names = ['../../../../etc/passwd', '..\\..\\windows\\win.ini', 'a"; filename*=UTF-8\'\'evil.html', 'x\r\nSet-Cookie: openimr_session=fixed', '\u202Egpj.exe'];
    for (const [i, name] of names.entries()) {
      const up = await world.app.request(`/api/v1/cases/${id}/documents`, {
        method: 'POST',
        headers: { ...bearer('intake'), 'content-type': 'text/plain', 'x-file-name': encodeURIComponent(name) },
        body: `Progress note number ${i}: low back pain, physical therapy requested.`,
      });
      // A control character in the name may be refused outright; otherwise the header must be tame.
      if (up.status === 400 && /[\r\n]/.test(name)) continue;
      expect(up.status, name).toBe(201);
      const doc = ((await up.json()) as { documents: { sha256: string; fileName: string }[] }).documents.at(-1);
      const down = await world.app.request(`/api/v1/cases/${id}/documents/${doc?.sha256 ?? ''}`, { headers: bearer('qa') });
      expect(down.status).toBe(200);
      const disposition = down.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\w.-]+"$/);
      expect(down.headers.get('set-cookie')).toBeNull();
    }
  }, 60_000);

  it('static files never leave the web folder and never serve dotfiles', async () => {
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2fetc%2fpasswd',
      '/..%2fdist-other.txt',
      '/.env',
      '/%2eenv',
      '/assets/..%2f.env',
      '/index.html%00.js',
    ];
    for (const path of attempts) {
      const res = await world.app.request(path);
      const body = await res.text();
      expect(body, path).not.toContain(SECRET);
      expect(body, path).not.toMatch(/root:.*:0:0:/);
    }
    expect(await (await world.app.request('/assets/a.js')).text()).toBe('export {};');
  });
});

describe('reviewer identity', () => {
  it('no answer of any GET route to a party or an anonymous caller holds a reviewer name or registry id', async () => {
    const reviewers = (await (await world.app.request('/api/v1/reviewers?limit=100', { headers: bearer('admin') })).json()) as { items: { id: string; name: string }[] };
    expect(reviewers.items.length).toBeGreaterThan(0);
    const needles = reviewers.items.flatMap((r) => [r.name, r.name.split(/\s+/).at(-1) ?? r.name, r.id]).filter((n) => n.length >= 4);
    const caseIds = [world.inReview.id, world.inReview.caseNumber, ...(world.issued === undefined ? [] : [world.issued.id, world.issued.caseNumber])];
    const sha = world.inReview.documents[0]?.sha256 ?? 'f'.repeat(64);
    const found: string[] = [];
    let answered = 0;
    for (const r of routeTable().filter((x) => x.method === 'GET')) {
      for (const id of r.path.includes('{') ? caseIds : ['']) {
        const path = r.path.replace('{id}', id).replace('{caseNumber}', id).replace('{sha256}', sha).replace('{chart}', 'year.svg');
        const variants = r.path.endsWith('/letter') ? ['?format=txt', '?format=html', '?format=txt&public=true', '?format=html&public=true'] : r.path === '/decisions' ? ['?q=therapy&limit=100'] : [''];
        for (const who of [undefined, 'applicant', 'claims-administrator'] as const) {
          for (const v of variants) {
            const res = await world.app.request(`/api/v1${path}${v}`, { headers: who === undefined ? {} : bearer(who) });
            const body = await res.text();
            if (res.status === 200) answered++;
            for (const n of needles) if (body.toLowerCase().includes(n.toLowerCase())) found.push(`${who ?? 'anonymous'} GET ${path}${v}: ${n}`);
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(40);
    expect(found).toEqual([]);
  }, 120_000);
});
