// openimr bench scale refuses bad flags as usage errors before it starts any child process.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';
import { EXIT } from './exit.ts';

describe('openimr bench scale', () => {
  it('refuses sizes, backends and query counts it cannot run', async () => {
    for (const args of [
      ['--sizes', 'ten'],
      ['--sizes', '10000,-5'],
      ['--sizes', '50'],
      ['--backend', 'mysql'],
      ['--queries', '0'],
    ]) {
      const r = await runCli('bench', 'scale', ...args);
      expect(r.code, args.join(' ')).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/sizes|backend|queries/);
    }
  });
});
