// The HTTP application: createApi({ store, clock, config }) returns a Hono app that can be served
// (server.ts) or called in-process with app.request(). One request log line per request (method, route
// pattern, status, duration: never bodies, query text, tokens or names), security headers on every answer,
// errors as problem+json from problem.ts.
import { Hono } from 'hono';
import { buildOpenApi, docsPage, DOCS_CSS } from './openapi.ts';
import { toProblem } from './problem.ts';
import { API_PREFIX, registerRoutes } from './register.ts';
import { authRoutes } from './routes-auth.ts';
import { caseRoutes } from './routes-cases.ts';
import { corpusRoutes, EVERYONE } from './routes-corpus.ts';
import { hasWebApp, serveWeb } from './static.ts';
import { DEFAULT_CONFIG, route, type ApiConfig, type ApiDeps, type Clock, type Env, type Route } from './types.ts';
import { ApiError } from './problem.ts';
import { MemoryLimiter, publicLimiterPlace, StoreLimiter } from './limits.ts';
import { z } from 'zod';
import type { Store } from '../app/index.ts';

export interface CreateApiOptions {
  store: Store;
  clock?: Clock;
  config?: Partial<ApiConfig>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const metaRoutes = (all: () => readonly Route[]): Route[] => [
  route({
    method: 'GET',
    path: '/openapi.json',
    summary: 'This API as OpenAPI 3.1',
    tag: 'meta',
    access: EVERYONE,
    response: z.record(z.string(), z.unknown()),
    handler: () => Promise.resolve({ json: buildOpenApi(all()) }),
  }),
  route({
    method: 'GET',
    path: '/health',
    summary: 'Liveness: the store answers',
    tag: 'meta',
    access: EVERYONE,
    response: z.object({ ok: z.literal(true), backend: z.string() }),
    async handler({ deps }) {
      await deps.store.auth.countUsers();
      return { json: { ok: true as const, backend: deps.store.backend } };
    },
  }),
];

/** Every route, in matching order (static paths before parameters). */
export function routeTable(): readonly Route[] {
  const table: Route[] = [];
  table.push(...metaRoutes(() => table), ...authRoutes, ...corpusRoutes, ...caseRoutes);
  return table;
}

export type ApiApp = Hono<Env>;

export function createApi(options: CreateApiOptions): ApiApp {
  const config: ApiConfig = { ...DEFAULT_CONFIG, ...options.config };
  const { store } = options;
  const login = config.loginRateLimit;
  const open = config.rateLimit;
  // Sign-in attempts always count in the store: every process on the database sees the same buckets, so
  // running N processes does not give N times the password guesses (decision 0010).
  const deps: ApiDeps = {
    store,
    clock: options.clock ?? { now: () => new Date() },
    config,
    ...(login === null ? {} : { loginLimiter: new StoreLimiter(store.auth, 'login', login) }),
    ...(open === null
      ? {}
      : { publicLimiter: publicLimiterPlace(config, store.backend) === 'store' ? new StoreLimiter(store.auth, 'public', open) : new MemoryLimiter(open) }),
  };
  const routes = routeTable();
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
      // A route may set its own CSP and framing rule (the letter page is framed by the web app).
      if ((k === 'content-security-policy' || k === 'x-frame-options') && c.res.headers.has(k)) continue;
      c.res.headers.set(k, v);
    }
    // Served over https (secureCookies): browsers keep to https for a year (RFC 6797).
    if (config.secureCookies) c.res.headers.set('strict-transport-security', 'max-age=31536000');
    const ms = (performance.now() - started).toFixed(1);
    const pattern = c.get('route');
    config.log(`${c.req.method} ${pattern ?? (c.req.path.startsWith('/api/') ? '(no route)' : '(web)')} ${c.res.status} ${ms}ms`);
  });

  registerRoutes(app, routes, deps);
  const docs = docsPage(routes);
  app.get('/api/docs', (c) => {
    c.set('route', '/api/docs');
    return c.html(docs);
  });
  app.get('/api/docs.css', (c) => {
    c.set('route', '/api/docs.css');
    return c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' });
  });

  const webRoot = hasWebApp(config.webRoot) ? config.webRoot : null;
  app.notFound(async (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') {
      const known = routes.some((r) => new RegExp(`^${API_PREFIX}${r.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path));
      return problemResponse(new ApiError(known ? 'method-not-allowed' : 'route-not-found', known ? `${c.req.method} is not allowed here` : 'no such API route'));
    }
    if (webRoot !== null && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const res = await serveWeb(webRoot, path);
      if (res !== null) return res;
    }
    if (path === '/' && c.req.method === 'GET') {
      return c.html('<!doctype html><meta charset="utf-8"><title>OpenIMR</title><p>OpenIMR is running. The web app is not built; see <a href="/api/docs">the API reference</a>.</p>');
    }
    return problemResponse(new ApiError('route-not-found', 'not found'));
  });
  app.onError((err) => problemResponse(err));
  return app;
}

export function problemResponse(err: unknown): Response {
  const { problem, headers } = toProblem(err);
  return new Response(JSON.stringify(problem), { status: problem.status, headers: { 'content-type': 'application/problem+json', ...headers } });
}
