// Export and import across the backends, on the PostgreSQL server the test setup starts (a database per
// run): SQLite -> PostgreSQL -> export again gives the same content hashes, and back to SQLite too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../test/setup/postgres-database.ts';
import { openPostgresStore } from './index.ts';
import { exportStore, importStore, readManifest, storeDigests } from './transfer.ts';
import { exportWithBrokenChain, fillSqliteFile } from './transfer-fixture.ts';
import { DERIVED_TABLES, NOT_TRANSFERRED, TRANSFER_TABLES } from './transfer-tables.ts';
import pg from 'pg';

const serverUrl = testPostgresUrl('the PostgreSQL transfer tests');
const dir = mkdtempSync(join(tmpdir(), 'openimr-transfer-pg-'));
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function database(): Promise<string> {
  const d = await createTestDatabase(serverUrl!);
  databases.push(d);
  return d.url;
}

describe.skipIf(serverUrl === null)('export and import between SQLite and PostgreSQL', () => {
  it('SQLite -> PostgreSQL -> SQLite keeps the content hashes, ids, counters and the chain', async () => {
    const source = join(dir, 'source.db');
    await fillSqliteFile(source, { letters: 300, cases: 9 });
    await exportStore({ backend: 'sqlite', path: source }, join(dir, 'a'));
    const a = await readManifest(join(dir, 'a'));

    const url = await database();
    const imported = await importStore(join(dir, 'a'), { backend: 'postgres', url });
    expect(imported.contentSha256).toBe(a.contentSha256);
    await exportStore({ backend: 'postgres', url }, join(dir, 'b'));
    const b = await readManifest(join(dir, 'b'));
    expect(b.source.backend).toBe('postgres');
    expect(b.tables).toEqual(a.tables);
    expect(b.contentSha256).toBe(a.contentSha256);

    const pgStore = await openPostgresStore(url);
    try {
      expect((await pgStore.workflow.verifyAudit()).ok).toBe(true);
      expect(await pgStore.workflow.nextCaseNumber(2026)).toBe('CM26-0000010');
      expect((await pgStore.search({ text: 'acupuncture', filters: {}, limit: 1, offset: 0 })).total).toBeGreaterThan(0);
      // Identity sequences moved past the imported ids: a new letter gets the next id.
      await pgStore.upsertLetter((await import('./__fixtures__/letters.ts')).syntheticLetter(1, 'after-import'));
      expect((await pgStore.counts()).letters).toBe(301);
    } finally {
      await pgStore.close();
    }

    const back = join(dir, 'back.db');
    const r = await importStore(join(dir, 'b'), { backend: 'sqlite', path: back });
    expect(r.contentSha256).toBe(a.contentSha256);
  });

  it('names every table and column of the migrated PostgreSQL schema', async () => {
    const url = await database();
    const s = await openPostgresStore(url);
    await s.migrate();
    await s.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const q = async (text: string, values: unknown[] = []): Promise<string[]> => (await c.query<{ n: string }>(text, values)).rows.map((r) => r.n);
      const tables = await q("select table_name as n from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'openimr_migration%' order by 1");
      expect(tables).toEqual([...TRANSFER_TABLES.map((t) => t.name), ...Object.keys(NOT_TRANSFERRED), ...DERIVED_TABLES.postgres].sort());
      for (const spec of TRANSFER_TABLES) {
        const columns = await q('select column_name as n from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position', [spec.name]);
        expect(spec.columns.map((x) => x.name), spec.name).toEqual(columns);
      }
    } finally {
      await c.end();
    }
  });

  it('leaves a PostgreSQL target empty when an import fails after its rows went in', async () => {
    const source = join(dir, 'broken-source.db');
    await fillSqliteFile(source, { letters: 40, cases: 5, prefix: 'broken' });
    await exportStore({ backend: 'sqlite', path: source }, join(dir, 'good'));
    exportWithBrokenChain(join(dir, 'good'), join(dir, 'broken'));
    const url = await database();
    await expect(importStore(join(dir, 'broken'), { backend: 'postgres', url })).rejects.toMatchObject({ details: { reason: 'audit-chain-broken' } });
    const left = await storeDigests({ backend: 'postgres', url });
    expect(left.tables.filter((t) => t.name !== 'audit_head' && t.rows > 0)).toEqual([]);
    const good = await importStore(join(dir, 'good'), { backend: 'postgres', url });
    expect(good.contentSha256).toBe((await readManifest(join(dir, 'good'))).contentSha256);
  });

  it('refuses a PostgreSQL store that is not empty', async () => {
    const url = await database();
    const s = await openPostgresStore(url);
    await s.migrate();
    await s.workflow.appendAudit({ at: '2026-01-01T00:00:00.000Z', actor: 'system', type: 'x', data: {} });
    await s.close();
    await expect(importStore(join(dir, 'a'), { backend: 'postgres', url })).rejects.toMatchObject({ code: 'conflict', details: { reason: 'target-not-empty' } });
  });
});
