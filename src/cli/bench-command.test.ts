// openimr bench scale refuses bad flags as usage errors before it starts any child process.
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from './exit.ts';
import { main } from './main.ts';

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

describe('openimr bench scale', () => {
  it('refuses sizes, backends and query counts it cannot run', async () => {
    for (const args of [
      ['--sizes', 'ten'],
      ['--sizes', '10000,-5'],
      ['--sizes', '50'],
      ['--backend', 'mysql'],
      ['--queries', '0'],
    ]) {
      const r = await run(['bench', 'scale', ...args]);
      expect(r.status, args.join(' ')).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/sizes|backend|queries/);
    }
  });
});
