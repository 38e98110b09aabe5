// Request limits: body size (read with a running count, so a lying or missing Content-Length cannot get
// past it) and a per-client token bucket for the public routes.
import type { Context } from 'hono';
import { ApiError } from './problem.ts';
import type { Env } from './types.ts';

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

/** An in-memory token bucket per client key. Memory is bounded: the oldest keys are dropped first. */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds to wait. */
  take(key: string, nowMs: number): number {
    let b = this.#buckets.get(key);
    if (b === undefined) {
      if (this.#buckets.size >= this.maxKeys) {
        const oldest = this.#buckets.keys().next().value;
        if (oldest !== undefined) this.#buckets.delete(oldest);
      }
      b = { tokens: this.capacity, at: nowMs };
      this.#buckets.set(key, b);
    }
    b.tokens = Math.min(this.capacity, b.tokens + ((nowMs - b.at) / 1000) * this.refillPerSecond);
    b.at = nowMs;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.refillPerSecond));
  }
}

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The client's address: the socket's (or the first X-Forwarded-For hop behind a trusted proxy). */
export function clientKey(c: Context<Env>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded;
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
