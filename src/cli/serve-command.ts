// `openimr serve`: the HTTP API under /api/v1 and the web app at /, on one port, loopback unless told
// otherwise. First start creates an administrator (password printed once) and loads the demo data.
import { Option, type Command } from 'commander';
import { mkdir } from 'node:fs/promises';
import { startServer, type ApiConfig } from '../api/index.ts';
import { scheduleAuditAnchors, type AnchorSchedule } from '../app/index.ts';
import { OpenImrError } from '../core/index.ts';
import { dbOption, oneOf, wholeNumber } from './options.ts';

type LimitPlace = ApiConfig['rateLimitStore'];
const LIMIT_PLACES: readonly LimitPlace[] = ['auto', 'memory', 'store'];

/** --rate-limit-store, else OPENIMR_RATE_LIMIT_STORE, else auto. */
function limitPlace(flag: LimitPlace | undefined): LimitPlace {
  if (flag !== undefined) return flag;
  const env = process.env['OPENIMR_RATE_LIMIT_STORE'];
  if (env === undefined || env === '') return 'auto';
  const found = LIMIT_PLACES.find((p) => p === env.toLowerCase());
  if (found === undefined) throw new OpenImrError('invalid-argument', `OPENIMR_RATE_LIMIT_STORE must be one of: ${LIMIT_PLACES.join(', ')}`, { field: 'OPENIMR_RATE_LIMIT_STORE' });
  return found;
}

interface ServeOpts {
  port?: number;
  host?: string;
  db?: string;
  demo: boolean;
  secureCookies?: boolean;
  rateLimitStore?: LimitPlace;
  trustProxy?: number | true;
  anchorDir?: string;
  anchorEvery: number;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/v1) and the web app on one port (loopback unless --host)')
    .addOption(new Option('--port <n>', 'port (default: PORT, else 3000)').argParser(wholeNumber('--port', 0, 65535)))
    .option('--host <h>', 'address to bind (default 127.0.0.1)')
    .addOption(dbOption())
    .option('--no-demo', 'do not load the demo cases on first start (also OPENIMR_NO_DEMO=1)')
    .option('--secure-cookies', 'mark the session cookie Secure (when served over https, e.g. behind a proxy)')
    .addOption(
      new Option('--rate-limit-store <where>', 'per-address limit of public routes: auto (shared in the database on PostgreSQL, in memory on SQLite), memory or store (also OPENIMR_RATE_LIMIT_STORE); sign-in limits are always shared')
        .argParser(oneOf('--rate-limit-store', LIMIT_PLACES)),
    )
    .addOption(
      new Option(
        '--trust-proxy [hops]',
        'behind this many proxies that append to X-Forwarded-For (default 1), take the client address from the hop the outermost one appended (also OPENIMR_TRUST_PROXY=N)',
      ).argParser(wholeNumber('--trust-proxy', 1, 10)),
    )
    .option('--anchor-dir <dir>', 'keep audit anchors in this folder, outside the database: one at start, then whenever the log has moved (also OPENIMR_ANCHOR_DIR)')
    .addOption(new Option('--anchor-every <minutes>', 'minutes between audit anchors with --anchor-dir').default(60).argParser(wholeNumber('--anchor-every', 1, 1440)))
    .action(async (opts: ServeOpts) => {
      // The anchor folder is made before the server starts, so a folder that cannot be made stops nothing running.
      const anchorDir = opts.anchorDir ?? (process.env['OPENIMR_ANCHOR_DIR'] || undefined);
      if (anchorDir !== undefined) {
        try {
          await mkdir(anchorDir, { recursive: true });
        } catch (err) {
          throw new OpenImrError('invalid-argument', 'the anchor folder cannot be created', { field: '--anchor-dir', reason: 'anchor-dir-unreadable', cause: err });
        }
      }
      const envPort = process.env['PORT'];
      const port = opts.port ?? (envPort !== undefined && /^\d{1,5}$/.test(envPort) ? Number(envPort) : 3000);
      const server = await startServer({
        port,
        ...(opts.host === undefined ? {} : { host: opts.host }),
        ...(opts.db === undefined ? {} : { dbPath: opts.db }),
        demo: opts.demo && process.env['OPENIMR_NO_DEMO'] !== '1',
        ...(process.env['OPENIMR_ADMIN_PASSWORD'] === undefined ? {} : { adminPassword: process.env['OPENIMR_ADMIN_PASSWORD'] }),
        config: {
          secureCookies: opts.secureCookies === true,
          rateLimitStore: limitPlace(opts.rateLimitStore),
          trustProxy: trustedProxies(opts.trustProxy, process.env['OPENIMR_TRUST_PROXY']),
        },
      });
      process.stdout.write(`OpenIMR is listening on ${server.url} (API reference: ${server.url}/api/docs)\n`);
      let anchors: AnchorSchedule | null = null;
      if (anchorDir !== undefined) {
        const log = (line: string): void => void process.stdout.write(`${line}\n`);
        anchors = scheduleAuditAnchors({ store: server.store, clock: { now: () => new Date() } }, { dir: anchorDir, everyMs: opts.anchorEvery * 60_000, log });
      }
      const stop = (): void => {
        void (anchors?.stop() ?? Promise.resolve())
          .then(() => server.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

/** --trust-proxy (no value: 1 proxy), else OPENIMR_TRUST_PROXY (a number of proxies, 0-10), else none. */
function trustedProxies(flag: number | true | undefined, env: string | undefined): number {
  if (flag !== undefined) return flag === true ? 1 : flag;
  if (env === undefined || env === '') return 0;
  if (!/^(?:[0-9]|10)$/.test(env)) throw new OpenImrError('invalid-argument', 'OPENIMR_TRUST_PROXY must be a number of proxies from 0 to 10', { field: 'OPENIMR_TRUST_PROXY' });
  return Number(env);
}
