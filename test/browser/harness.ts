// What the browser tests need: the real server (`openimr serve` on a free loopback port with a temporary
// SQLite database and the demo data), an API session for setting up users, and Debian's Chromium driven by
// playwright-core with a fresh user-data dir. Without Chromium the tests skip with a message, unless
// OPENIMR_REQUIRE_BROWSER=1, when they fail instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
export const CHROMIUM = process.env.OPENIMR_CHROMIUM ?? '/usr/bin/chromium';

/** Whether the browser tests run; prints why not, and throws when they are required. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const why = `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.OPENIMR_REQUIRE_BROWSER === '1') throw new Error(`${why}; OPENIMR_REQUIRE_BROWSER=1 requires them`);
  console.warn(`\n*** ${why} ***\n`);
  return false;
}

async function freePort(): Promise<number> {
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

export interface Credentials {
  username: string;
  password: string;
}

export interface RunningServer {
  url: string;
  admin: Credentials;
  /** Everything the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Reads the administrator's first-start credentials from what the server printed. */
export function readAdminCredentials(output: string): Credentials | null {
  const user = /user(?:name)?\s*[:=]\s*"?([\w.@-]+)"?/i.exec(output)?.[1];
  const password = /password\s*[:=]\s*"?([^\s"]+)"?/i.exec(output)?.[1];
  return user !== undefined && password !== undefined ? { username: user, password } : null;
}

const ADMIN_PASSWORD = `browser-test-${Math.random().toString(36).slice(2)}-Aa1!`;

export async function startServer(): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'openimr-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'openimr.js'), 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', join(dir, 'openimr.db')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NO_COLOR: '1',
        // Used when the server takes the first administrator's password from the environment.
        OPENIMR_ADMIN_PASSWORD: process.env.OPENIMR_ADMIN_PASSWORD ?? ADMIN_PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const state = { exited: null as number | null };
  child.on('exit', (code) => (state.exited = code ?? -1));
  const stop = async (): Promise<void> => {
    if (state.exited === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (state.exited !== null) {
      await stop();
      throw new Error(`openimr serve exited (${state.exited}) before answering:\n${out.slice(-3000)}`);
    }
    try {
      const res = await fetch(`${url}/api/v1/openapi.json`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`openimr serve did not answer within 90 s:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // The credentials are printed once on first start, right around the moment it starts listening.
  let admin = readAdminCredentials(out);
  for (let i = 0; admin === null && i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100));
    admin = readAdminCredentials(out);
  }
  return {
    url,
    admin: admin ?? { username: 'admin', password: process.env.OPENIMR_ADMIN_PASSWORD ?? ADMIN_PASSWORD },
    output: () => out,
    stop,
  };
}

/** A cookie session on the API from Node, for setting up users and reading state the UI does not show. */
export class ApiSession {
  #cookie = '';
  #csrf = '';
  constructor(readonly url: string) {}

  async login(c: Credentials): Promise<void> {
    const res = await fetch(`${this.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(c),
    });
    if (!res.ok) throw new Error(`login as ${c.username} failed: ${res.status} ${await res.text()}`);
    this.#cookie = res.headers.getSetCookie().map((s) => s.split(';')[0]).join('; ');
    this.#csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}/api/v1${path}`, {
      method,
      headers: {
        cookie: this.#cookie,
        'x-csrf-token': this.#csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** JavaScript dialogs (alert, confirm) the pages opened: an injected script would show up here. */
  dialogs: string[];
  /** Uncaught errors in the pages. */
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'openimr-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
  });
  context.setDefaultTimeout(15_000);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  context.on('page', (p) => {
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on('pageerror', (e) => pageErrors.push(e.message));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    dialogs,
    pageErrors,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in page and waits for the header to show the user. */
export async function signIn(page: Page, url: string, c: Credentials, next = '/queue'): Promise<void> {
  await page.goto(`${url}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(c.username);
  await page.getByLabel('Password').fill(c.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${c.username}`).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}
