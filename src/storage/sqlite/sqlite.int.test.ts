// The Store contract on SQLite (a fresh in-memory database per test), plus what only a file shows:
// WAL and several processes writing one file.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { RemoteOp } from '../__fixtures__/cases.ts';
import { openSqliteStore, openStore } from '../index.ts';
import { storeContract } from '../store.contract.ts';
import { workflowContract } from '../workflow.contract.ts';
import { authContract } from '../auth.contract.ts';

storeContract('sqlite', () =>
  Promise.resolve({
    fresh: async (options) => {
      const s = await openSqliteStore(':memory:', options);
      await s.migrate();
      return s;
    },
    dispose: () => Promise.resolve(),
  }),
);

authContract('sqlite', () =>
  Promise.resolve({
    fresh: async () => {
      const s = await openSqliteStore(':memory:');
      await s.migrate();
      return s;
    },
    dispose: () => Promise.resolve(),
  }),
);

/** Runs a fixture script in another process (true concurrency: better-sqlite3 blocks its own thread). */
function runFixture(script: string, args: readonly string[]): Promise<string> {
  const file = resolve(fileURLToPath(import.meta.url), '..', '..', '__fixtures__', script);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      if (code === 0) done(out.trim());
      else fail(new Error(`${script} ${args.join(' ')} exited ${String(code)}: ${err}`));
    });
  });
}

// The workflow contract on a real file per test; other connections are other processes.
workflowContract('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openimr-workflow-'));
  let path = '';
  let n = 0;
  return Promise.resolve({
    async fresh() {
      path = join(dir, `wf-${++n}.db`);
      const s = await openSqliteStore(path);
      await s.migrate();
      return s;
    },
    elsewhere: (ops: readonly RemoteOp[]) =>
      Promise.all(ops.map((op, i) => runFixture('workflow-writer.ts', [path, `p${i}`, JSON.stringify(op)]).then((out) => JSON.parse(out) as unknown))),
    query(sqlText: string) {
      const raw = new BetterSqlite3(path, { timeout: 10_000 });
      try {
        const stmt = raw.prepare(sqlText);
        if (stmt.reader) return Promise.resolve(stmt.all() as Record<string, unknown>[]);
        stmt.run();
        return Promise.resolve([]);
      } finally {
        raw.close();
      }
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  });
});

describe('SQLite file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openimr-sqlite-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps data across reopen, in WAL mode', async () => {
    const path = join(dir, 'reopen.db');
    const a = await openStore({ dbPath: path });
    await a.migrate();
    const { makeLetter } = await import('../__fixtures__/letters.ts');
    await a.upsertLetter(makeLetter({ seed: 'persist' }));
    await a.close();
    const b = await openSqliteStore(path);
    await b.migrate();
    expect((await b.counts()).letters).toBe(1);
    await b.close();
  });

  it('reports an unopenable path as a storage error', async () => {
    await expect(openSqliteStore(join(dir, 'missing', 'dir', 'x.db'))).rejects.toMatchObject({ code: 'storage-error' });
  });

  it('lets several processes migrate and write one file at once', async () => {
    const path = join(dir, 'shared.db');
    const run = (from: number, to: number): Promise<string> => runFixture('sqlite-writer.ts', [path, String(from), String(to)]);
    const outs = await Promise.all([run(0, 300), run(150, 450), run(300, 600), run(0, 600)]);
    const added = outs.reduce((n, o) => n + Number(o), 0);
    expect(added).toBe(600);
    const s = await openSqliteStore(path);
    expect(await s.counts()).toEqual({ letters: 600, items: 1200, dmhc: 0 });
    expect((await s.search({ text: 'acupuncture', filters: {}, limit: 0, offset: 0 })).total).toBe(600);
    await s.close();
  });
});
