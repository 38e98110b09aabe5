// The anchor folder: one file per anchored head, written whole or not at all, never twice for one head (even
// by processes racing), never for a broken chain; read back and checked by verifyAuditWithAnchors.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execRaw, openTestStore, testStoreLocation } from '../../test/support/test-store.ts';
import { openStoreAt } from './store.ts';
import { readAnchorFolder, scheduleAuditAnchors, verifyAuditWithAnchors, writeAuditAnchorTo } from './audit-anchor.ts';
import { seedDemo } from './cases-demo.ts';
import type { WorkflowDeps } from './cases.ts';

const clock = { now: () => new Date('2026-06-10T17:00:00Z') };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'openimr-anchors-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('audit anchor folder', () => {
  it('writes one file per head, reads them back, and they verify', async () => {
    const store = await openTestStore();
    try {
      const deps: WorkflowDeps = { store, clock };
      expect(await writeAuditAnchorTo(deps, dir)).toEqual({ outcome: 'empty' });
      await seedDemo(deps, { cases: 1, corpusLetters: 0 });
      const first = await writeAuditAnchorTo(deps, dir);
      expect(first).toMatchObject({ outcome: 'written' });
      expect(await writeAuditAnchorTo(deps, dir)).toMatchObject({ outcome: 'unchanged' });
      await seedDemo(deps, { cases: 2, corpusLetters: 0 });
      const second = await writeAuditAnchorTo(deps, dir);
      expect(second).toMatchObject({ outcome: 'written' });
      // Only anchor files, named by head, and no temporary file left behind.
      expect(readdirSync(dir).sort()).toEqual(readdirSync(dir).filter((n) => /^audit-anchor-\d{12}\.json$/.test(n)).sort());
      expect(readdirSync(dir)).toHaveLength(2);
      // Other files in the folder are not anchors and are left alone.
      writeFileSync(join(dir, 'README.txt'), 'kept by the operator');
      const anchors = await readAnchorFolder(dir);
      expect(anchors.map((a) => a.seq)).toEqual([first, second].map((w) => (w.outcome === 'written' ? w.seq : -1)));
      expect(await verifyAuditWithAnchors(deps, anchors)).toMatchObject({ ok: true });
    } finally {
      await store.close();
    }
  });

  it('lets one of several processes racing on one head write it', async () => {
    const store = await openTestStore();
    try {
      const deps: WorkflowDeps = { store, clock };
      await seedDemo(deps, { cases: 1, corpusLetters: 0 });
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => writeAuditAnchorTo(deps, dir)));
      expect(outcomes.filter((o) => o.outcome === 'written')).toHaveLength(1);
      expect(outcomes.filter((o) => o.outcome === 'unchanged')).toHaveLength(5);
      expect(readdirSync(dir)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('never anchors a broken chain, and says so on the schedule', async () => {
    const where = await testStoreLocation(join(dir, 'broken.db'));
    const anchorDir = join(dir, 'anchors');
    const store = await openStoreAt(where.location);
    try {
      const deps: WorkflowDeps = { store, clock };
      await seedDemo(deps, { cases: 1, corpusLetters: 0 });
      const lines: string[] = [];
      const schedule = scheduleAuditAnchors(deps, { dir: anchorDir, everyMs: 3_600_000, log: (l) => lines.push(l) });
      // The folder is missing: the tick fails and is logged with a code, not thrown; the next one works.
      expect(await schedule.tick()).toBeNull();
      mkdirSync(anchorDir);
      expect(await schedule.tick()).toMatchObject({ outcome: 'written' });
      await execRaw(where.db, `update audit_events set actor = 'someone-else' where seq = 2`);
      expect(await schedule.tick()).toEqual({ outcome: 'chain-broken', brokenAt: 2 });
      await schedule.stop();
      expect(await schedule.tick()).toBeNull();
      expect(readdirSync(anchorDir)).toHaveLength(1);
      expect(lines.some((l) => l.startsWith('audit anchor not written: '))).toBe(true);
      expect(lines).toContain("AUDIT CHAIN BROKEN at event 2: not anchored; run 'openimr audit verify'");
    } finally {
      await store.close();
      await where.drop();
    }
  });

  it('refuses a corrupt anchor file and an unreadable folder with reason codes', async () => {
    writeFileSync(join(dir, 'audit-anchor-000000000001.json'), '{');
    await expect(readAnchorFolder(dir)).rejects.toMatchObject({ code: 'invalid-input', details: { reason: 'audit-anchor-invalid' } });
    await expect(readAnchorFolder(join(dir, 'missing'))).rejects.toMatchObject({ code: 'not-found', details: { reason: 'anchor-dir-unreadable' } });
  });
});
