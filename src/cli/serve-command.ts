// `openimr serve`: the HTTP API under /api/v1 and the web app at /, on one port, loopback unless told
// otherwise. First start creates an administrator (password printed once) and loads the demo data.
import { Option, type Command } from 'commander';
import { startServer } from '../api/index.ts';
import { dbOption, wholeNumber } from './options.ts';

interface ServeOpts {
  port?: number;
  host?: string;
  db?: string;
  demo: boolean;
  secureCookies?: boolean;
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
    .action(async (opts: ServeOpts) => {
      const envPort = process.env['PORT'];
      const port = opts.port ?? (envPort !== undefined && /^\d{1,5}$/.test(envPort) ? Number(envPort) : 3000);
      const server = await startServer({
        port,
        ...(opts.host === undefined ? {} : { host: opts.host }),
        ...(opts.db === undefined ? {} : { dbPath: opts.db }),
        demo: opts.demo && process.env['OPENIMR_NO_DEMO'] !== '1',
        ...(process.env['OPENIMR_ADMIN_PASSWORD'] === undefined ? {} : { adminPassword: process.env['OPENIMR_ADMIN_PASSWORD'] }),
        config: { secureCookies: opts.secureCookies === true },
      });
      process.stdout.write(`OpenIMR is listening on ${server.url} (API reference: ${server.url}/api/docs)\n`);
      const stop = (): void => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
