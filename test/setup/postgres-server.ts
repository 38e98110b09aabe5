// A throwaway PostgreSQL server for tests: Debian's binaries, a fresh data directory in a temp dir,
// listening on 127.0.0.1 (a free port) and a unix socket in that temp dir, trust auth, fsync off.
// PostgreSQL refuses to run as root, so as root every server command runs as the `postgres` user.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop(): void;
}

/** The newest /usr/lib/postgresql/<major>/bin that has initdb, pg_ctl and postgres; null if none. */
export function findPostgresBin(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((d) => /^\d+$/.test(d))
    .sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const bin = join(root, major, 'bin');
    if (['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(bin, b)))) return bin;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}

function systemUser(name: string): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  const parts = line?.split(':');
  if (parts?.[2] === undefined || parts[3] === undefined) return null;
  return { uid: Number(parts[2]), gid: Number(parts[3]) };
}

export async function startTestPostgres(bin: string): Promise<TestPostgres> {
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? systemUser('postgres') : null;
  if (asRoot && owner === null) throw new Error('running as root but there is no `postgres` system user to run the test server as');
  const dir = mkdtempSync(join(tmpdir(), 'openimr-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  // As root: runuser (util-linux) switches user without a login shell or a password.
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`${cmd} failed (status ${String(r.status)}): ${r.stderr.slice(-2000)}${r.error ? String(r.error) : ''}\n${serverLog}`);
    }
  };
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // Already gone: removing the directory is all that is left.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
    // A port that was free a moment ago can be taken by the time postgres binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
      try {
        run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', opts, 'start']);
        started = true;
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
      } catch (err) {
        if (attempt >= 3) throw err;
      }
    }
  } catch (err) {
    stop();
    throw err;
  }
}

/** Runs pg_ctl stop synchronously; for exit handlers, where nothing async can run. */
export function stopQuietly(server: TestPostgres | null): void {
  try {
    server?.stop();
  } catch {
    // Exit path: nothing useful to do with the failure.
  }
}


/** For benchmarks and scripts: a throwaway server from the newest Debian binaries, or null if there are none. */
export async function startTemporaryPostgres(): Promise<TestPostgres | null> {
  const bin = findPostgresBin();
  return bin === null ? null : startTestPostgres(bin);
}
