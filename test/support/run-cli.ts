// Runs the openimr CLI in-process (main from src/cli) and captures what it writes and its exit status.
import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Binary output (a PDF on standard output) is captured byte for byte as latin1. */
export async function runCli(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    process.exitCode = undefined;
    o.mockRestore();
    e.mockRestore();
  }
}
