// Request limits: body size (read with a running count, so a lying or missing Content-Length cannot get
// past it) and token buckets: per client address on the public routes, per username on sign-in. A bucket
// lives in this process's memory (MemoryLimiter) or in the store, shared by every API process on the
// database (StoreLimiter); app.ts picks one per use (decision 0010).
import type { Context } from 'hono';
import type { Store } from '../app/index.ts';
import { sha256Hex } from './crypto.ts';
import { ApiError } from './problem.ts';
import type { ApiConfig, Env, Limiter, RateLimitRule } from './types.ts';

export async function readLimited(c: Context<Env>, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (body === null) return new Uint8Array(0);
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError('payload-too-large', `the request body is larger than ${maxBytes} bytes`);
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Seconds to wait until a bucket holding `tokens` (below 1) has one token again (at least 1, for Retry-After). */
export function waitSeconds(tokens: number, refillPerSecond: number): number {
  return Math.max(1, Math.ceil((1 - tokens) / refillPerSecond));
}

/** A token bucket per client key in this process's memory. Bounded: the oldest keys are dropped first. */
export class MemoryLimiter implements Limiter {
  readonly #buckets = new Map<string, Bucket>();
  constructor(
    private readonly rule: RateLimitRule,
    private readonly maxKeys = 50_000,
  ) {}

  take(key: string, nowMs: number): Promise<number> {
    const { capacity, refillPerSecond } = this.rule;
    let b = this.#buckets.get(key);
    if (b === undefined) {
      if (this.#buckets.size >= this.maxKeys) {
        const oldest = this.#buckets.keys().next().value;
        if (oldest !== undefined) this.#buckets.delete(oldest);
      }
      b = { tokens: capacity, at: nowMs };
      this.#buckets.set(key, b);
    }
    b.tokens = Math.min(capacity, b.tokens + (Math.max(0, nowMs - b.at) / 1000) * refillPerSecond);
    b.at = Math.max(b.at, nowMs);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return Promise.resolve(0);
    }
    return Promise.resolve(waitSeconds(b.tokens, refillPerSecond));
  }
}

/** How often (at most) one process deletes the stored buckets that are full again. */
export const PRUNE_EVERY_MS = 60_000;

/**
 * A token bucket per key in the store (`store.auth`), shared by every API process on the database. Keys are
 * stored as SHA-256 of scope and key (a username or an address), so the table names nobody in the clear; a
 * bucket's row lives until the bucket is full again and is then pruned (at most once a minute per process).
 */
export class StoreLimiter implements Limiter {
  #lastPrune = Number.NEGATIVE_INFINITY;
  constructor(
    private readonly auth: Store['auth'],
    private readonly scope: string,
    private readonly rule: RateLimitRule,
    private readonly pruneEveryMs = PRUNE_EVERY_MS,
  ) {}

  async take(key: string, nowMs: number): Promise<number> {
    if (nowMs - this.#lastPrune >= this.pruneEveryMs || nowMs < this.#lastPrune) {
      this.#lastPrune = nowMs;
      await this.auth.pruneRateLimits(nowMs);
    }
    const r = await this.auth.takeRateLimitToken({ scope: this.scope, key: sha256Hex(`${this.scope}\n${key}`), ...this.rule, nowMs });
    return r.allowed ? 0 : waitSeconds(r.tokens, this.rule.refillPerSecond);
  }
}

/** Where the per-address bucket of public routes lives: `auto` is the store on PostgreSQL, memory on SQLite. */
export function publicLimiterPlace(config: Pick<ApiConfig, 'rateLimitStore'>, backend: Store['backend']): 'memory' | 'store' {
  if (config.rateLimitStore !== 'auto') return config.rateLimitStore;
  return backend === 'postgres' ? 'store' : 'memory';
}

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address: the socket's, or behind `trustedProxies` proxies that each append to X-Forwarded-For,
 * the hop the outermost of them appended (`trustedProxies` from the end). The hops before it are whatever the
 * client sent, so trusting more hops than there are proxies would let a client pick its own bucket; a header
 * with fewer hops than that (a request that bypassed a proxy) gives its first one.
 */
export function clientKey(c: Context<Env>, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const hops = c.req.header('x-forwarded-for')?.split(',').map((h) => h.trim()) ?? [];
    const forwarded = hops[Math.max(0, hops.length - trustedProxies)];
    if (forwarded !== undefined && forwarded !== '') return forwarded;
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
