// The audit log's anchors through the real CLI (on SQLite, or PostgreSQL in the postgres project): an anchor
// taken outside the database matches the log it was taken from, and catches what the hash chain alone cannot:
// a log cut short, and a log whose events were edited and then re-sealed into a valid chain by someone with
// write access. Bad anchor files get reason codes. `openimr serve --anchor-dir` keeps a folder of them.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openStoreAt, type StoreLocation } from '../../src/app/index.ts';
import { GENESIS_HASH, sealEvent, type AuditEvent } from '../../src/core/index.ts';
import { runCli, type Run } from '../support/run-cli.ts';
import { serveProcess, stopAllServeProcesses, stopProcess, waitForOutput } from '../support/serve-process.ts';
import { execRaw, testStoreLocation } from '../support/test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-anchor-'));
const where = await testStoreLocation(join(dir, 'anchor.db'));
const cli = (...args: string[]): Promise<Run> => runCli(...args, '--db', where.db);
const q = (s: string): string => `'${s.replaceAll("'", "''")}'`;

afterAll(async () => {
  await where.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function eventsAt(location: StoreLocation): Promise<AuditEvent[]> {
  const store = await openStoreAt(location);
  try {
    return await store.workflow.listAudit({ limit: 1000 });
  } finally {
    await store.close();
  }
}

const events = (): Promise<AuditEvent[]> => eventsAt(where.location);

/** What an insider with write access could do: change one event, re-seal every later one, move the head. */
async function rewriteFrom(seq: number): Promise<void> {
  const all = await events();
  let prev = all.find((e) => e.seq === seq - 1)?.hash ?? GENESIS_HASH;
  for (const e of all.filter((x) => x.seq >= seq)) {
    const sealed = sealEvent(prev, { seq: e.seq, at: e.at, caseId: e.caseId, actor: e.seq === seq ? 'someone-else' : e.actor, type: e.type, data: e.data });
    await execRaw(where.db, `update audit_events set actor = ${q(sealed.actor)}, prev_hash = ${q(sealed.prevHash)}, hash = ${q(sealed.hash)} where seq = ${e.seq}`);
    prev = sealed.hash;
  }
  await execRaw(where.db, `update audit_head set hash = ${q(prev)} where id = 1`);
}

describe('audit anchors', () => {
  test('match the log they were taken from; catch a log cut short and a re-sealed rewrite; refuse bad anchor files', async () => {
    expect((await cli('demo')).code).toBe(0);
    const first = join(dir, 'first.json');
    const took = await cli('audit', 'anchor', '--out', first);
    expect(took.code, took.stderr).toBe(0);
    // An anchor file is never overwritten.
    const again = await cli('audit', 'anchor', '--out', first);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('[anchor-file-exists]');

    const mid = (await events()).length;
    expect(mid).toBeGreaterThan(5);
    const ok = await cli('audit', 'verify', '--anchor', first);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`${mid} events, head [0-9a-f]{64}, 1 anchor match`));

    // Rewritten from the middle and re-sealed: the chain verifies, the anchor does not.
    const at = Math.floor(mid / 2);
    await rewriteFrom(at);
    const chainOnly = await cli('audit', 'verify', '--json');
    expect(chainOnly.code).toBe(0);
    const rewritten = await cli('audit', 'verify', '--anchor', first);
    expect(rewritten.code).toBe(6);
    expect(rewritten.stdout).toContain(`BROKEN at event ${mid}`);
    expect(rewritten.stderr).toContain('[audit-anchor-mismatch]');

    // An anchor taken before the rewrite point still matches; cut the log short before it and it does not.
    const early = join(dir, 'early.json');
    const head = (await events()).find((e) => e.seq === at - 1);
    writeFileSync(early, JSON.stringify({ format: 'openimr-audit-anchor', version: 1, seq: at - 1, hash: head?.hash, at: new Date().toISOString() }));
    expect((await cli('audit', 'verify', '--anchor', early)).code).toBe(0);
    const keep = at - 2;
    const kept = (await events()).find((e) => e.seq === keep);
    await execRaw(where.db, `delete from audit_events where seq > ${keep}`);
    await execRaw(where.db, `update audit_head set seq = ${keep}, hash = ${q(kept?.hash ?? '')} where id = 1`);
    expect((await cli('audit', 'verify')).code).toBe(0);
    const cut = await cli('audit', 'verify', '--anchor', early);
    expect(cut.code).toBe(6);
    expect(cut.stdout).toContain('cut short');

    const junk = join(dir, 'junk.json');
    writeFileSync(junk, JSON.stringify({ format: 'openimr-audit-anchor', version: 1, seq: -1, hash: 'x', at: '' }));
    const bad = await cli('audit', 'verify', '--anchor', junk);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('[audit-anchor-invalid]');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    expect((await cli('audit', 'verify', '--anchor', notJson)).code).not.toBe(0);
  });

  test('openimr serve --anchor-dir keeps a folder of anchors that audit verify --anchor-dir checks', async () => {
    const served = await testStoreLocation(join(dir, 'served.db'));
    const anchors = join(dir, 'served-anchors');
    try {
      const server = await serveProcess(['--db', served.db, '--anchor-dir', anchors, '--anchor-every', '1'], { OPENIMR_ADMIN_PASSWORD: `anchor-${Date.now()}-password`, DATABASE_URL: '' });
      // First start creates the administrator and the demo data; the anchor at start covers them.
      const line = await waitForOutput(server, /audit anchor written: event (\d+), \S+/);
      await stopProcess(server.child);
      const files = readdirSync(anchors);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^audit-anchor-\d{12}\.json$/);
      const seq = Number(/event (\d+)/.exec(line)?.[1]);
      expect(seq).toBeGreaterThan(5);
      const run = (...args: string[]): Promise<Run> => runCli(...args, '--db', served.db);
      const ok = await run('audit', 'verify', '--anchor-dir', anchors);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain(`${seq} events`);
      expect(ok.stdout).toContain('1 anchor match');
      // The log cut short before the anchored head: the folder's anchor catches it.
      const kept = (await eventsAt(served.location)).find((e) => e.seq === seq - 1);
      await execRaw(served.db, `delete from audit_events where seq >= ${seq}`);
      await execRaw(served.db, `update audit_head set seq = ${seq - 1}, hash = ${q(kept?.hash ?? '')} where id = 1`);
      const cut = await run('audit', 'verify', '--anchor-dir', anchors);
      expect(cut.code).toBe(6);
      expect(cut.stderr).toContain('[audit-anchor-mismatch]');
      const missing = await run('audit', 'verify', '--anchor-dir', join(dir, 'no-such-folder'));
      expect(missing.code).toBe(3);
      expect(missing.stderr).toContain('[anchor-dir-unreadable]');
      // A folder that cannot be made (a file is in the way): refused before the server starts.
      const blocker = join(dir, 'a-file');
      writeFileSync(blocker, '');
      const refused = await run('serve', '--port', '0', '--anchor-dir', join(blocker, 'anchors'));
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('[anchor-dir-unreadable]');
    } finally {
      await stopAllServeProcesses();
      await served.drop();
    }
  });
});
