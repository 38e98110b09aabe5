// Export and import on SQLite files: the table list matches the migrated schema, a round trip keeps every
// row, id, counter and hash chain, and bad inputs are refused before anything is written.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './index.ts';
import { exportStore, importStore, readManifest, storeDigests } from './transfer.ts';
import { exportWithBrokenChain, fillSqliteFile } from './transfer-fixture.ts';
import { NOT_TRANSFERRED, TRANSFER_TABLES } from './transfer-tables.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-transfer-'));
const source = join(dir, 'source.db');
const exported = join(dir, 'export');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  await fillSqliteFile(source, { letters: 120, cases: 7 });
  await exportStore({ backend: 'sqlite', path: source }, exported);
});

const sqliteAt = (path: string) => ({ backend: 'sqlite' as const, path });

describe('transfer table list', () => {
  it('names every table and column of the migrated schema', () => {
    const db = new BetterSqlite3(source, { readonly: true });
    try {
      const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'items_fts%' and name not like 'openimr_migration%' order by name").all() as { name: string }[]).map((r) => r.name);
      expect(tables).toEqual([...TRANSFER_TABLES.map((t) => t.name), ...Object.keys(NOT_TRANSFERRED)].sort());
      for (const spec of TRANSFER_TABLES) {
        const columns = (db.prepare(`pragma table_info("${spec.name}")`).all() as { name: string }[]).map((c) => c.name);
        expect(spec.columns.map((c) => c.name), spec.name).toEqual(columns);
      }
    } finally {
      db.close();
    }
  });
});

describe('export and import (SQLite to SQLite)', () => {
  it('writes a manifest with counts and hashes that match the source', async () => {
    const m = await readManifest(exported);
    const src = await storeDigests(sqliteAt(source));
    expect(m.contentSha256).toBe(src.contentSha256);
    expect(m.tables.find((t) => t.name === 'letters')?.rows).toBe(120);
    expect(m.tables.find((t) => t.name === 'audit_events')?.rows).toBe(7 + 4 + 1);
    expect(m.tables.map((t) => t.name)).not.toContain('sessions');
  });

  it('imports into an empty store with the same content, counters, chain and search', async () => {
    const target = join(dir, 'copy.db');
    const r = await importStore(exported, sqliteAt(target));
    const m = await readManifest(exported);
    expect(r.contentSha256).toBe(m.contentSha256);
    expect(r.auditEvents).toBe(12);
    const s = await openSqliteStore(target);
    try {
      expect(await s.counts()).toEqual({ letters: 120, items: (await s.counts()).items, dmhc: 30 });
      expect((await s.search({ text: 'acupuncture', filters: {}, limit: 1, offset: 0 })).total).toBeGreaterThan(0);
      // Counters continue where the source stopped; the chain continues from its head.
      expect(await s.workflow.nextCaseNumber(2026)).toBe('CM26-0000008');
      const e = await s.workflow.appendAudit({ at: '2026-05-01T00:00:00.000Z', actor: 'system', type: 'after.import', data: {} });
      expect(e.seq).toBe(13);
      expect((await s.workflow.verifyAudit()).ok).toBe(true);
      expect(await s.auth.getSession('a'.repeat(64))).toBeNull();
      expect((await s.auth.getUserByUsername('applicant'))?.partyName).toBe('Ünïcode Party – ✓');
      const odd = await s.workflow.getBlob(storeBlobHashes(target).find((h) => h !== '') ?? '');
      expect(odd).not.toBeNull();
    } finally {
      await s.close();
    }
  });

  it('refuses a store that is not empty, and leaves it as it was', async () => {
    const err: unknown = await importStore(exported, sqliteAt(source)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'conflict', details: { reason: 'target-not-empty' } });
  });

  it('refuses a changed or truncated file before writing anything', async () => {
    const tampered = join(dir, 'tampered');
    await exportStore(sqliteAt(source), tampered);
    const file = join(tampered, 'cases.ndjson');
    writeFileSync(file, readFileSync(file, 'utf8').replace('in-review', 'withdrawn'));
    const target = join(dir, 'never.db');
    const err: unknown = await importStore(tampered, sqliteAt(target)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'unreadable-file', details: { reason: 'export-hash-mismatch', field: 'cases' } });
    expect(() => new BetterSqlite3(target, { fileMustExist: true })).toThrow();
  });

  it('writes nothing when an import fails after its rows went in (one transaction), and a good import then succeeds', async () => {
    const broken = join(dir, 'broken-chain');
    exportWithBrokenChain(exported, broken);
    const target = join(dir, 'all-or-nothing.db');
    const err: unknown = await importStore(broken, sqliteAt(target)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'conflict', details: { reason: 'audit-chain-broken' } });
    const left = await storeDigests(sqliteAt(target));
    expect(left.tables.filter((t) => t.name !== 'audit_head' && t.rows > 0)).toEqual([]);
    const good = await importStore(exported, sqliteAt(target));
    expect(good.contentSha256).toBe((await readManifest(exported)).contentSha256);
  });

  it('refuses a manifest whose entries were edited', async () => {
    const edited = join(dir, 'edited');
    await exportStore(sqliteAt(source), edited);
    const path = join(edited, 'manifest.json');
    const m = JSON.parse(readFileSync(path, 'utf8')) as { tables: { rows: number }[] };
    m.tables[0]!.rows += 1;
    writeFileSync(path, JSON.stringify(m));
    await expect(importStore(edited, sqliteAt(join(dir, 'never2.db')))).rejects.toMatchObject({ details: { reason: 'export-hash-mismatch' } });
  });

  it('refuses to export into a directory that has files', async () => {
    const busy = join(dir, 'busy');
    await exportStore(sqliteAt(source), busy);
    appendFileSync(join(busy, 'x'), 'x');
    await expect(exportStore(sqliteAt(source), busy)).rejects.toMatchObject({ code: 'conflict', details: { reason: 'export-dir-not-empty' } });
  });

  it('refuses a directory without a manifest', async () => {
    await expect(importStore(join(dir, 'nothing'), sqliteAt(join(dir, 'never3.db')))).rejects.toMatchObject({ code: 'unreadable-file', details: { reason: 'export-no-manifest' } });
  });
});

function storeBlobHashes(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return (db.prepare('select sha256 from blobs where size = 7').all() as { sha256: string }[]).map((r) => r.sha256);
  } finally {
    db.close();
  }
}
