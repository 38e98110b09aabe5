// startServer: opens the store (SQLite file by default, or PostgreSQL), creates the first administrator when
// there are no users (password printed once, to `out`, never logged), loads the demo data on first start
// unless told not to, and serves the API and the web app on one port with @hono/node-server. That first-start
// work runs under a lease in the store, so processes started together on one database do it once.
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openStoreAt, resolveStoreLocation, seedDemo, listCases, resumeInterrupted, type Store } from '../app/index.ts';
import { createApi, type ApiApp } from './app.ts';
import { generatePassword } from './crypto.ts';
import { withLease } from './lease.ts';
import { createUser } from './routes-auth.ts';
import { DEFAULT_CONFIG, type ApiConfig, type ApiDeps, type Clock, type UserRole } from './types.ts';

export interface ServerOptions {
  port?: number;
  /** Loopback unless told otherwise. */
  host?: string;
  dbPath?: string;
  databaseUrl?: string;
  /** Load the demo cases and reviewers when the store has no cases (default true). */
  demo?: boolean;
  /** The first administrator's password; default: generated and printed once. */
  adminPassword?: string;
  /** Where the one-time credentials and the address go (default: stdout). */
  out?: (line: string) => void;
  clock?: Clock;
  config?: Partial<ApiConfig>;
}

export interface RunningServer {
  url: string;
  app: ApiApp;
  store: Store;
  close(): Promise<void>;
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function addAccount(deps: ApiDeps, username: string, role: UserRole, extra: { partyName?: string; reviewerId?: string } = {}, password = generatePassword()): Promise<string> {
  await createUser(deps, { username, password, role, ...extra });
  return password;
}

/** First start: an administrator; with demo data, one account per staff role and a claims administrator. */
export async function bootstrap(deps: ApiDeps, options: { demo: boolean; adminPassword?: string | undefined; out: (line: string) => void }): Promise<void> {
  const wf = { store: deps.store, clock: deps.clock };
  const firstStart = (await deps.store.auth.countUsers()) === 0;
  if (firstStart) {
    const password = await addAccount(deps, 'admin', 'admin', {}, options.adminPassword ?? generatePassword());
    if (options.adminPassword === undefined) options.out(`Created the administrator account: username "admin", password "${password}" (shown only now; keep it safe).`);
    else options.out('Created the administrator account "admin" with the given password.');
  }
  // Intake a crash interrupted (a case stored, its screening not run) resumes before anyone is served.
  const resumed = await resumeInterrupted(wf, { id: 'system', role: 'system' });
  if (resumed.length > 0) options.out(`Resumed the screening of ${resumed.length} case(s) left by an interrupted intake.`);
  if (!options.demo || (await listCases(wf, { limit: 1 })).cases.length > 0) return;
  const seeded = await seedDemo(wf);
  options.out(`Loaded demo data: ${seeded.cases} cases, ${seeded.reviewers} reviewers (invented people).`);
  if (!firstStart) return;
  const all = (await listCases(wf, { limit: 500 })).cases;
  const reviewerId = all.find((c) => c.state === 'in-review')?.assignment?.reviewerId ?? all.find((c) => c.assignment !== null)?.assignment?.reviewerId;
  const claims = all[0]?.application.claimsAdministrator.name;
  const lines = [`intake ${await addAccount(deps, 'intake', 'intake')}`, `qa ${await addAccount(deps, 'qa', 'qa')}`];
  if (reviewerId !== undefined) lines.push(`reviewer ${await addAccount(deps, 'reviewer', 'reviewer', { reviewerId })}`);
  if (claims !== undefined) lines.push(`claims ${await addAccount(deps, 'claims', 'claims-administrator', { partyName: claims })}`);
  options.out(`Demo accounts (username password, shown only now): ${lines.join('; ')}`);
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const out = options.out ?? ((line: string) => void process.stdout.write(line + '\n'));
  const location = resolveStoreLocation(options.databaseUrl ?? options.dbPath);
  const store = await openStoreAt(location);
  const clock = options.clock ?? { now: () => new Date() };
  const config: ApiConfig = { ...DEFAULT_CONFIG, webRoot: DEFAULT_WEB_ROOT, log: out, ...options.config };
  try {
    // Processes started together on one database take turns: the first creates the administrator and the
    // demo data, the others then find them (decision 0010).
    await withLease(store.auth, 'bootstrap', () => bootstrap({ store, clock, config }, { demo: options.demo ?? true, adminPassword: options.adminPassword, out }));
  } catch (err) {
    await store.close();
    throw err;
  }
  const app = createApi({ store, clock, config });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: host }, () => {
      done(s);
    });
    s.once('error', fail);
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shown}:${address.port}`;
  return {
    url,
    app,
    store,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          void store.close().then(done, done);
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
