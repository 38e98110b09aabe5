// The transfer use-cases: locations become targets; backup and restore refuse anything but the embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreAt } from './store.ts';
import { backupStore, exportWholeStore, importWholeStore, restoreStore } from './transfer.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-app-transfer-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('transfer use-cases', () => {
  it('backs up, restores into a new folder, exports and imports', async () => {
    const loc = { kind: 'sqlite' as const, target: join(dir, 'a.db') };
    const s = await openStoreAt(loc);
    await s.workflow.appendAudit({ at: '2026-01-01T00:00:00.000Z', actor: 'system', type: 'x', data: {} });
    await s.close();
    const b = await backupStore(loc, join(dir, 'a.backup'));
    expect(b.auditHead.seq).toBe(1);
    const r = await restoreStore(join(dir, 'a.backup'), { kind: 'sqlite', target: join(dir, 'sub', 'b.db') });
    expect(r.tables['audit_events']).toBe(1);
    const e = await exportWholeStore(loc, join(dir, 'x'));
    const i = await importWholeStore(join(dir, 'x'), { kind: 'sqlite', target: join(dir, 'sub2', 'c.db') });
    expect(i.contentSha256).toBe(e.manifest.contentSha256);
  });

  it('refuses backup and restore of a PostgreSQL location', () => {
    const pg = { kind: 'postgres' as const, target: 'postgres://nobody@127.0.0.1:1/none' };
    expect(() => backupStore(pg, join(dir, 'p.backup'))).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => restoreStore(join(dir, 'a.backup'), pg)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
