// What the browser tests need: the real server (the API's startServer, as `openimr serve` runs it, on a free
// loopback port with a temporary SQLite database, or a PostgreSQL one in the postgres project, and the demo data), an API session for setting up users, and Debian's Chromium driven by
// playwright-core with a fresh user-data dir. Without Chromium the tests skip with a message, unless
// OPENIMR_REQUIRE_BROWSER=1, when they fail instead.
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { testStoreLocation } from '../support/test-store.ts';

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

export interface Credentials {
  username: string;
  password: string;
}

export interface RunningServer {
  url: string;
  admin: Credentials;
  /** Everything the server printed so far (for failure messages; request lines carry no bodies or names). */
  output: () => string;
  stop: () => Promise<void>;
}

const BUILD_LOCK = join(tmpdir(), `openimr-web-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/** Waits for the web build lock; one left by a run killed mid-build is taken over after five minutes. */
function takeBuildLock(): void {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

/**
 * Builds web/dist when it is missing or older than web/src (what `npm start` does first). The sqlite and
 * postgres projects' browser suites start at once: one builds while the other waits, then finds dist fresh
 * (two vite builds at once would empty web/dist under a running server).
 */
export function buildWebApp(): void {
  takeBuildLock();
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'web', 'build-if-stale.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`building the web app failed:\n${run.stdout}${run.stderr}`);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * The real server (the API's startServer, as `openimr serve` runs it) on a free loopback port, with a
 * temporary SQLite file (PostgreSQL database in the postgres project), the demo data and a known first
 * administrator password.
 */
export async function startServer(): Promise<RunningServer> {
  buildWebApp();
  const dir = await mkdtemp(join(tmpdir(), 'openimr-browser-'));
  let out = '';
  const admin = { username: 'admin', password: `browser-test-${randomUUID()}` };
  const api = await import('../../src/api/index.ts');
  const where = await testStoreLocation(join(dir, 'openimr.db'));
  let running: Awaited<ReturnType<typeof api.startServer>>;
  try {
    running = await api.startServer({
      port: 0,
      host: '127.0.0.1',
      dbPath: where.db,
      demo: true,
      adminPassword: admin.password,
      out: (line) => (out += `${line}\n`),
    });
  } catch (err) {
    await where.drop();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: running.url,
    admin,
    output: () => out,
    stop: async () => {
      await running.close();
      await where.drop();
      await rm(dir, { recursive: true, force: true });
    },
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
  // Generous: in CI the browser shares two cores with the rest of the suite.
  context.setDefaultTimeout(30_000);
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

/** Form controls in the page without an accessible name (a <label>, aria-label or aria-labelledby). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  const found: unknown = await page.evaluate(`(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
    .map((e) => e.id || e.name || e.outerHTML.slice(0, 80)))()`);
  return Array.isArray(found) ? found.map(String) : ['(could not check)'];
}

/** A main view: every control is labelled, then a full-page screenshot for the artifacts. */
export async function checkView(page: Page, name: string): Promise<void> {
  const missing = await unlabelledControls(page);
  if (missing.length > 0) throw new Error(`${name}: controls without a label: ${missing.join(', ')}`);
  await screenshot(page, name);
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
