// The API's shared types: configuration, dependencies, who is calling, and what a route declares.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor, Store, WorkflowDeps } from '../app/index.ts';

export type UserRecord = Awaited<ReturnType<Store['auth']['getUserById']>> & {};
export type UserRole = UserRecord['role'];
/** Who may call a route: 'public' means anonymous callers too. */
export type Access = 'public' | UserRole;
export type Clock = WorkflowDeps['clock'];

export const USER_ROLES: readonly UserRole[] = ['applicant', 'claims-administrator', 'intake', 'reviewer', 'qa', 'admin'];
export const STAFF: readonly UserRole[] = ['intake', 'reviewer', 'qa', 'admin'];

/** A token bucket: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface RateLimitRule {
  capacity: number;
  refillPerSecond: number;
}

/** Takes one token for a key: resolves 0 when allowed, else the seconds to wait (for Retry-After). */
export interface Limiter {
  take(key: string, nowMs: number): Promise<number>;
}

export interface ApiConfig {
  /** Mark the session cookie Secure (the server is reached over https). */
  secureCookies: boolean;
  sessionTtlMs: number;
  /** Per-IP token bucket on public routes; null turns it off (benchmarks). */
  rateLimit: RateLimitRule | null;
  /**
   * Where the per-IP buckets live: 'memory' (this process), 'store' (shared by every API process on the
   * database), 'auto' (the store on PostgreSQL, where several processes are expected; memory on SQLite).
   */
  rateLimitStore: 'auto' | 'memory' | 'store';
  /** Sign-in attempts per username, always in the store (shared by every process); null turns it off. */
  loginRateLimit: RateLimitRule | null;
  jsonLimitBytes: number;
  documentLimitBytes: number;
  /** Check every JSON response against its route's schema (tests); a mismatch is a 500. */
  checkResponses: boolean;
  /** One line per request: method, route pattern, status, duration. */
  log: (line: string) => void;
  /** The built web app (index.html, assets/); null or a missing folder: no web app. */
  webRoot: string | null;
  /**
   * How many proxies in front of the API append to X-Forwarded-For (0: none, use the socket's address); the
   * client address is the hop that many places from the end (limits.ts clientKey).
   */
  trustProxy: number;
}

export const DEFAULT_CONFIG: ApiConfig = {
  secureCookies: false,
  sessionTtlMs: 8 * 60 * 60 * 1000,
  rateLimit: { capacity: 120, refillPerSecond: 20 },
  rateLimitStore: 'auto',
  // 10 attempts at once, then one every 30 s: slows password guessing spread over many addresses.
  loginRateLimit: { capacity: 10, refillPerSecond: 1 / 30 },
  jsonLimitBytes: 1024 * 1024,
  documentLimitBytes: 60 * 1024 * 1024,
  checkResponses: false,
  log: () => undefined,
  webRoot: null,
  trustProxy: 0,
};

export interface ApiDeps {
  store: Store;
  clock: Clock;
  config: ApiConfig;
  /** Per client address on public routes (absent: no limit). */
  publicLimiter?: Limiter;
  /** Sign-in attempts per username (on top of the per-IP limit of public routes). */
  loginLimiter?: Limiter;
}

export interface Principal {
  user: UserRecord;
  via: 'session' | 'token';
  /** The session token (cookie) when via is 'session'; used to derive the CSRF token. */
  sessionToken?: string;
}

export interface Env {
  Variables: { route: string | undefined; principal: Principal | null };
}

export interface HandlerContext<Q, B> {
  c: Context<Env>;
  deps: ApiDeps;
  principal: Principal | null;
  params: Record<string, string>;
  query: Q;
  body: B;
  /** Raw bytes for routes that take a file. */
  bytes: Uint8Array;
}

/** A JSON answer (checked against the route's response schema) or any Response (files, letters, SVG). */
export type Reply = { status?: number; json: unknown } | Response;

export interface RouteDef<Q, B> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI style, under /api/v1: '/cases/{id}'. */
  path: string;
  summary: string;
  tag: string;
  access: readonly Access[];
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Takes the body as bytes (documents), up to documentLimitBytes. */
  raw?: true;
  /** The JSON response schema, or the media types of a non-JSON answer. */
  response: z.ZodType | { mediaTypes: readonly string[] };
  /** Success status (200 by default). */
  status?: number;
  /** Creates something: honours Idempotency-Key. */
  creates?: boolean;
  /** Cookie sessions must send X-CSRF-Token (default for unsafe methods); false only for sign-in. */
  csrf?: false;
  handler: (ctx: HandlerContext<Q, B>) => Promise<Reply>;
}

export type Route = RouteDef<unknown, unknown>;

/** Declares a route with its own query and body types; the table holds them type-erased. */
export function route<Q = undefined, B = undefined>(def: RouteDef<Q, B>): Route {
  return def as unknown as Route;
}

export type { Actor };
