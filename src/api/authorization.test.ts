// The role matrix: every route of the route table, called by an anonymous caller and by a user of each
// role, answers with the status in this table. A route added without a row here fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from './app.ts';
import { makeWorld, type World } from './fixtures.ts';
import { USER_ROLES, type UserRole } from './types.ts';

type Who = 'anonymous' | UserRole;
const WHO: readonly Who[] = ['anonymous', ...USER_ROLES];

interface Sample {
  /** Path under /api/v1 with the parameters filled in ({review} = the case in review). */
  path: string;
  body?: unknown;
  /** Statuses in WHO order: anonymous, applicant, claims-administrator, intake, reviewer, qa, admin. */
  expect: readonly [number, number, number, number, number, number, number];
}

const all = (s: number): Sample['expect'] => [s, s, s, s, s, s, s];
const signedIn = (s: number): Sample['expect'] => [401, s, s, s, s, s, s];
const staffOnly = (intake: number, reviewer: number, qa: number, admin: number): Sample['expect'] => [401, 403, 403, intake, reviewer, qa, admin];
const SHA = 'f'.repeat(64);

const MATRIX: Record<string, Sample> = {
  'GET /openapi.json': { path: '/openapi.json', expect: all(200) },
  'GET /health': { path: '/health', expect: all(200) },
  'POST /auth/login': { path: '/auth/login', body: { username: 'nobody', password: 'wrong' }, expect: all(401) },
  'POST /auth/logout': { path: '/auth/logout', expect: signedIn(200) },
  'GET /auth/me': { path: '/auth/me', expect: signedIn(200) },
  'POST /tokens': { path: '/tokens', body: {}, expect: staffOnly(403, 403, 403, 400) },
  'GET /users': { path: '/users', expect: staffOnly(403, 403, 403, 200) },
  'POST /users': { path: '/users', body: {}, expect: staffOnly(403, 403, 403, 400) },
  'GET /decisions': { path: '/decisions?q=physical+therapy', expect: all(200) },
  'GET /decisions/export': { path: '/decisions/export?format=csv', expect: all(200) },
  'GET /decisions/{caseNumber}': { path: '/decisions/{issuedNumber}', expect: all(200) },
  'GET /stats': { path: '/stats?by=category', expect: all(200) },
  'GET /stats/volume': { path: '/stats/volume', expect: all(200) },
  'GET /stats/charts/{chart}': { path: '/stats/charts/year.svg', expect: all(200) },
  'POST /determinations': { path: '/determinations', body: {}, expect: staffOnly(400, 400, 400, 400) },
  'POST /cases': { path: '/cases', body: {}, expect: staffOnly(400, 403, 403, 400) },
  'GET /cases': { path: '/cases', expect: signedIn(200) },
  'GET /cases/{id}': { path: '/cases/{review}', expect: signedIn(200) },
  'POST /cases/{id}/documents': { path: '/cases/nope/documents', body: 'raw', expect: staffOnly(404, 403, 403, 404) },
  'GET /cases/{id}/documents/{sha256}': { path: `/cases/{review}/documents/${SHA}`, expect: staffOnly(404, 404, 404, 404) },
  'POST /cases/{id}/transitions': { path: '/cases/nope/transitions', body: { event: 'withdraw', payload: {} }, expect: staffOnly(404, 404, 404, 404) },
  'GET /cases/{id}/events': { path: '/cases/{review}/events', expect: staffOnly(200, 200, 200, 200) },
  'POST /cases/{id}/assignment': { path: '/cases/nope/assignment', body: {}, expect: staffOnly(403, 403, 403, 404) },
  'GET /cases/{id}/draft': { path: '/cases/{review}/draft', expect: staffOnly(403, 200, 200, 200) },
  'PUT /cases/{id}/review': { path: '/cases/nope/review', body: { reviews: [], documentsReviewedConfirmed: false }, expect: staffOnly(403, 404, 403, 403) },
  'POST /cases/{id}/issue': { path: '/cases/nope/issue', expect: staffOnly(403, 403, 404, 404) },
  // Parties see a letter once it is issued; staff get a preview before.
  'GET /cases/{id}/letter': { path: '/cases/{review}/letter?format=txt', expect: [401, 404, 404, 200, 200, 200, 200] },
  'GET /cases/{id}/audit': { path: '/cases/{review}/audit', expect: staffOnly(200, 403, 200, 200) },
  'GET /reviewers': { path: '/reviewers', expect: staffOnly(200, 403, 200, 200) },
  'POST /reviewers': { path: '/reviewers', body: {}, expect: staffOnly(403, 403, 403, 400) },
  'GET /deadlines': { path: '/deadlines', expect: staffOnly(200, 403, 200, 200) },
};

describe('authorization: every route x every role', () => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld();
  }, 60_000);
  afterAll(async () => {
    await world.store.close();
  });

  it('has a row for every route in the route table, and no row without a route', () => {
    const keys = routeTable().map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k) => !(k in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !keys.includes(k))).toEqual([]);
  });

  for (const r of routeTable()) {
    const key = `${r.method} ${r.path}`;
    it(`${key} answers each role as the matrix says`, async () => {
      const sample = MATRIX[key];
      if (sample === undefined) throw new Error(`no matrix row for ${key}`);
      const path = sample.path.replace('{review}', world.inReview.id).replace('{issuedNumber}', world.issued?.caseNumber ?? 'CM26-0000001');
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const [i, who] of WHO.entries()) {
        const headers: Record<string, string> = {};
        if (who !== 'anonymous') headers['authorization'] = `Bearer ${world.tokens[who]}`;
        let body: string | undefined;
        if (sample.body === 'raw') {
          headers['content-type'] = 'text/plain';
          body = 'x';
        } else if (sample.body !== undefined) {
          headers['content-type'] = 'application/json';
          body = JSON.stringify(sample.body);
        }
        const res = await world.app.request(`/api/v1${path}`, { method: r.method, headers, ...(body === undefined ? {} : { body }) });
        got[who] = res.status;
        want[who] = sample.expect[i] ?? 0;
      }
      expect(got).toEqual(want);
    }, 30_000);
  }
});
