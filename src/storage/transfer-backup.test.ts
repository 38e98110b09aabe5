// Online backup while another process writes, restore and compare, and the refusals.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './index.ts';
import { storeDigests } from './transfer.ts';
import { backupSqlite, checkBackupFile, restoreSqlite, sha256File } from './transfer-backup.ts';
import { fillSqliteFile } from './transfer-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-backup-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function letterCount(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true, timeout: 10_000 });
  try {
    return (db.prepare('select count(*) as n from letters').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  it('copies a consistent snapshot while another process is inserting, and restores it exactly', async () => {
    const db = join(dir, 'live.db');
    await fillSqliteFile(db, { letters: 50, cases: 5, prefix: 'base' });

    const writer = join(resolve(fileURLToPath(import.meta.url), '..'), '__fixtures__', 'sqlite-writer.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', writer, db, '0', '3000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = new Promise<number | null>((ok) => child.on('exit', ok));
    // Back up once the writer is under way (some, not all, of its letters in).
    const deadline = Date.now() + 60_000;
    while (letterCount(db) < 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const out = join(dir, 'live.backup.db');
    const b = await backupSqlite(db, out);
    expect(await done).toBe(0);

    const letters = b.tables['letters'] ?? 0;
    expect(letters).toBeGreaterThan(50);
    expect(letters).toBeLessThan(3050); // taken while the writer was still going
    // Writer batches are atomic: the copy never holds a letter without its items.
    const items = (b.tables['items'] ?? 0) - (await baseItems());
    expect(items).toBe((letters - 50) * 2);
    expect(b.sha256).toBe(await sha256File(out));
    expect(b.auditHead.seq).toBe(5 + 3 + 1);

    const restored = join(dir, 'restored.db');
    const r = await restoreSqlite(out, restored);
    expect(r.replaced).toBe(false);
    const [fromBackup, fromRestore] = [await storeDigests({ backend: 'sqlite', path: out }), await storeDigests({ backend: 'sqlite', path: restored })];
    expect(fromRestore).toEqual(fromBackup);
    const rs = await openSqliteStore(restored);
    try {
      expect((await rs.workflow.verifyAudit()).ok).toBe(true);
      expect((await rs.counts()).letters).toBe(letters);
    } finally {
      await rs.close();
    }
  });

  it('refuses to overwrite a backup file or a store without --force, and replaces a store with it', async () => {
    const db = join(dir, 'small.db');
    await fillSqliteFile(db, { letters: 5, cases: 1, prefix: 'small' });
    const out = join(dir, 'small.backup.db');
    await backupSqlite(db, out);
    await expect(backupSqlite(db, out)).rejects.toMatchObject({ code: 'conflict', details: { reason: 'target-exists' } });

    const other = join(dir, 'other.db');
    const o = await openSqliteStore(other);
    await o.migrate();
    await o.close();
    await expect(restoreSqlite(out, other)).rejects.toMatchObject({ code: 'conflict', details: { reason: 'target-exists' } });
    expect((await storeDigests({ backend: 'sqlite', path: other })).tables.find((t) => t.name === 'letters')?.rows).toBe(0);
    const r = await restoreSqlite(out, other, { force: true });
    expect(r.replaced).toBe(true);
    expect(letterCount(other)).toBe(5);
    expect(existsSync(`${other}-wal`)).toBe(false);
  });

  it('refuses to replace a store another connection holds open', async () => {
    const db = join(dir, 'held.db');
    const s = await openSqliteStore(db);
    await s.migrate();
    const out = join(dir, 'held.backup.db');
    await backupSqlite(db, out);
    try {
      await expect(restoreSqlite(out, db, { force: true })).rejects.toMatchObject({ code: 'conflict', details: { reason: 'store-in-use' } });
    } finally {
      await s.close();
    }
  });

  it('refuses a corrupt backup and leaves the target alone', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    let thrown: unknown = null;
    try {
      checkBackupFile(junk);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ code: 'unreadable-file', details: { reason: 'backup-corrupt' } });
    // A real backup with a damaged page in the middle.
    const db = join(dir, 'tobreak.db');
    await fillSqliteFile(db, { letters: 200, cases: 2, prefix: 'break' });
    const out = join(dir, 'tobreak.backup.db');
    await backupSqlite(db, out);
    const bytes = readFileSync(out);
    bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 2048);
    const broken = join(dir, 'broken.backup.db');
    writeFileSync(broken, bytes);
    const target = join(dir, 'untouched.db');
    await expect(restoreSqlite(broken, target)).rejects.toMatchObject({ code: 'unreadable-file', details: { reason: 'backup-corrupt' } });
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a backup from a newer schema', async () => {
    const db = join(dir, 'newer.db');
    const s = await openSqliteStore(db);
    await s.migrate();
    await s.close();
    const raw = new BetterSqlite3(db);
    raw.prepare("insert into openimr_migration (name, timestamp) values ('9999_future', '2030-01-01')").run();
    raw.close();
    const out = join(dir, 'newer.backup.db');
    await expect(backupSqlite(db, out)).rejects.toMatchObject({ details: { reason: 'backup-newer-schema' } });
  });
});

/** Items the base fill put in (letters 0..49 of the synthetic corpus). */
async function baseItems(): Promise<number> {
  const path = join(dir, 'base-count.db');
  if (!existsSync(path)) {
    await fillSqliteFile(path, { letters: 50, cases: 0, prefix: 'base' });
  }
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from items').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
