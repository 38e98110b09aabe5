// Mounts the route table on Hono: rate limit (public routes), who is calling, role check, CSRF, body and
// query validation with the route's zod schemas, idempotency keys (idempotency.ts), and the response check.
// Routes only call use-cases; everything they have in common happens here, once.
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { OpenImrError } from '../core/index.ts';
import { claimIdempotencyKey } from './idempotency.ts';
import { clientKey, readLimited } from './limits.ts';
import { checkCsrf, resolvePrincipal } from './principal.ts';
import { ApiError } from './problem.ts';
import type { ApiDeps, Env, Principal, Route } from './types.ts';

export const API_PREFIX = '/api/v1';

/** '/cases/{id}' -> '/cases/:id'. */
export function honoPath(path: string): string {
  return API_PREFIX + path.replace(/\{(\w+)\}/g, ':$1');
}

/** zod failure -> invalid-input naming the field (never echoing the value). */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = path === '' ? where : `${where}.${path}`;
  throw new OpenImrError('invalid-input', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

function authorize(route: Route, principal: Principal | null): void {
  if (route.access.includes('public')) return;
  if (principal === null) throw new ApiError('unauthenticated', 'sign in or send an API token');
  if (!route.access.includes(principal.user.role)) throw new ApiError('forbidden', `role ${principal.user.role} may not call this route`);
}

function queryObject(c: Context<Env>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(c.req.url).searchParams) out[k] = v;
  return out;
}

export function registerRoutes(app: Hono<Env>, routes: readonly Route[], deps: ApiDeps): void {
  const limiter = deps.publicLimiter;
  for (const route of routes) {
    app.on(route.method, honoPath(route.path), async (c) => {
      c.set('route', route.path);
      if (limiter !== undefined && route.access.includes('public')) {
        const wait = await limiter.take(clientKey(c, deps.config.trustProxy), deps.clock.now().getTime());
        if (wait > 0) throw new ApiError('rate-limited', `too many requests; retry in ${wait} s`, { 'Retry-After': String(wait) });
      }
      const principal = await resolvePrincipal(c, deps);
      c.set('principal', principal);
      authorize(route, principal);
      if (route.csrf !== false) checkCsrf(c, principal);

      const query = route.query === undefined ? undefined : parseWith(route.query, queryObject(c), 'query');
      let bytes: Uint8Array = new Uint8Array(0);
      let body: unknown = undefined;
      if (route.raw === true) bytes = await readLimited(c, deps.config.documentLimitBytes);
      else if (route.body !== undefined) {
        bytes = await readLimited(c, deps.config.jsonLimitBytes);
        body = parseWith(route.body, parseJsonBytes(bytes, c.req.header('content-type')), 'body');
      }

      const claim = route.creates === true ? await claimIdempotencyKey(c, deps, principal, bytes) : null;
      if (claim instanceof Response) return claim;
      let text: string;
      let status: number;
      try {
        const reply = await route.handler({ c, deps, principal, params: c.req.param(), query, body, bytes });
        if (reply instanceof Response) {
          await claim?.release();
          return reply;
        }
        status = reply.status ?? route.status ?? 200;
        if (deps.config.checkResponses && !('mediaTypes' in route.response)) {
          const r = route.response.safeParse(reply.json);
          if (!r.success) {
            throw new OpenImrError('internal', `response of ${route.method} ${route.path} does not match its schema at ${r.error.issues[0]?.path.join('.') ?? ''}`);
          }
        }
        text = JSON.stringify(reply.json);
      } catch (e) {
        // The request failed: the key may be used again. A failed release leaves a claim that goes stale.
        await claim?.release().catch(() => undefined);
        throw e;
      }
      if (claim !== null) {
        if (status >= 200 && status < 300) await claim.complete(status, text);
        else await claim.release();
      }
      // c.body keeps headers the handler set on the context (Set-Cookie).
      return c.body(text, status as 200, { 'content-type': 'application/json' });
    });
  }
}

function parseJsonBytes(bytes: Uint8Array, type: string | undefined): unknown {
  if (bytes.length === 0 && (type === undefined || type === '')) return {};
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type ?? '')) throw new ApiError('unsupported-media-type', 'send the body as application/json');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new ApiError('invalid-json', 'the request body is not valid JSON');
  }
}
