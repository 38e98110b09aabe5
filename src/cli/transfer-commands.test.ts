// The transfer commands end with the exit status of their error code and print the reason code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EXIT } from './exit.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'openimr-cli-transfer-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    return { status: await main(args), stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('openimr backup | restore | export | import', () => {
  it('runs and refuses with coded errors', async () => {
    const db = join(dir, 'a.db');
    expect((await run(['demo', '--db', db])).status).toBe(EXIT.ok);
    expect((await run(['backup', '--db', db, '--out', join(dir, 'a.backup')])).status).toBe(EXIT.ok);
    const again = await run(['restore', '--from', join(dir, 'a.backup'), '--db', db]);
    expect(again).toMatchObject({ status: EXIT.conflict });
    expect(again.stderr).toContain('[target-exists]');
    expect((await run(['export', '--db', db, '--out', join(dir, 'x')])).status).toBe(EXIT.ok);
    const full = await run(['import', '--from', join(dir, 'x'), '--db', db]);
    expect(full.status).toBe(EXIT.conflict);
    expect(full.stderr).toContain('[target-not-empty]');
    expect((await run(['import', '--from', join(dir, 'x'), '--db', join(dir, 'b.db')])).status).toBe(EXIT.ok);
    writeFileSync(join(dir, 'junk'), 'not a database at all, not at all');
    const junk = await run(['restore', '--from', join(dir, 'junk'), '--db', join(dir, 'c.db')]);
    expect(junk.status).toBe(EXIT.badInput);
    expect(junk.stderr).toContain('[backup-corrupt]');
  });
});
