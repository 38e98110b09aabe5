// startServer for real on loopback: first start creates the administrator and prints the password once;
// a second start on the same database prints no credentials; the printed password signs in over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testStoreLocation } from '../../test/support/test-store.ts';
import { startServer } from './server.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-serve-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('startServer', () => {
  it('binds loopback, creates the administrator once, and the printed password signs in', async () => {
    const where = await testStoreLocation(join(dir, 'serve.db'));
    const dbPath = where.db;
    const lines: string[] = [];
    const first = await startServer({ port: 0, dbPath, demo: false, out: (l) => lines.push(l), config: { webRoot: null } });
    let password = '';
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const created = lines.filter((l) => l.includes('administrator'));
      expect(created).toHaveLength(1);
      password = /password "([^"]+)"/.exec(created[0] ?? '')?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      const res = await fetch(`${first.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/);
      // The request log names the route, never the password.
      expect(lines.some((l) => /^POST \/auth\/login 200 /.test(l))).toBe(true);
      expect(lines.filter((l) => l.includes(password))).toHaveLength(1);
    } finally {
      await first.close();
    }
    const again: string[] = [];
    const second = await startServer({ port: 0, dbPath, demo: false, out: (l) => again.push(l), config: { webRoot: null } });
    try {
      expect(again.join('\n')).not.toMatch(/password/);
      expect((await fetch(`${second.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await second.close();
      await where.drop();
    }
  }, 60_000);
});
