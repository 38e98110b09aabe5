// `openimr serve` in a real child process (bin/openimr.js), for tests of what only a running server does:
// several processes on one database, timers. Resolves once the server prints its address.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const children = new Set<ChildProcess>();

export interface ServeProcess {
  /** The API's base URL (http://host:port/api/v1). */
  base: string;
  child: ChildProcess;
  /** Everything it has printed on standard output so far. */
  output: () => string;
}

/** `openimr serve --port 0 ...args`; `env` is added to this process's environment. */
export function serveProcess(args: readonly string[], env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['bin/openimr.js', 'serve', '--port', '0', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /OpenIMR is listening on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1] !== undefined) resolve({ base: `${m[1]}/api/v1`, child, output: () => out });
    });
    child.once('exit', (code) => {
      children.delete(child);
      reject(new Error(`openimr serve exited (${String(code)}) before listening:\n${out}\n${err}`));
    });
  });
}

/** SIGTERM, then resolves when it has exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else {
      child.once('exit', () => {
        done();
      });
      child.kill('SIGTERM');
    }
  });
}

/** Stops every server this file started (for afterAll). */
export async function stopAllServeProcesses(): Promise<void> {
  await Promise.all([...children].map(stopProcess));
}

/** Resolves when the process has printed text matching `pattern`, or rejects after `ms`. */
export function waitForOutput(server: ServeProcess, pattern: RegExp, ms = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      const m = pattern.exec(server.output());
      if (m !== null) resolve(m[0]);
      else if (Date.now() - started > ms) reject(new Error(`no ${String(pattern)} within ${ms} ms`));
      else setTimeout(poll, 50);
    };
    poll();
  });
}
