// Configuration, read once: where the store is. Flags win over the environment, the environment over defaults.
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export interface StoreLocation {
  kind: 'sqlite' | 'postgres';
  /** A file path for sqlite, a connection URL for postgres. */
  target: string;
}

/** The embedded database's default file, in the user's data directory. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  let base: string;
  if (env['XDG_DATA_HOME'] !== undefined && env['XDG_DATA_HOME'] !== '') base = env['XDG_DATA_HOME'];
  else if (platform() === 'darwin') base = join(home, 'Library', 'Application Support');
  else if (platform() === 'win32') base = env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
  else base = join(home, '.local', 'share');
  return join(base, 'openimr', 'openimr.db');
}

const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

/** `--db` may be a file path or a postgres:// URL; otherwise DATABASE_URL, then OPENIMR_DB, then the default file. */
export function resolveStoreLocation(dbFlag: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  if (dbFlag !== undefined && dbFlag !== '') {
    return isPostgresUrl(dbFlag) ? { kind: 'postgres', target: dbFlag } : { kind: 'sqlite', target: dbFlag };
  }
  const url = env['DATABASE_URL'];
  if (url !== undefined && url !== '') {
    return isPostgresUrl(url) ? { kind: 'postgres', target: url } : { kind: 'sqlite', target: url.replace(/^(sqlite|file):(\/\/)?/i, '') };
  }
  const file = env['OPENIMR_DB'];
  return { kind: 'sqlite', target: file !== undefined && file !== '' ? file : defaultDbPath(env) };
}

/** A location safe to print: passwords in URLs are masked. */
export function describeLocation(loc: StoreLocation): string {
  if (loc.kind === 'sqlite') return `sqlite:${loc.target}`;
  try {
    const u = new URL(loc.target);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'postgres:(unparseable URL)';
  }
}
