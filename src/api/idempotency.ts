// Idempotency-Key on the routes that create something (draft-ietf-httpapi-idempotency-key-header): the
// key is claimed in the store before the handler runs, so two requests with the same new key, on one
// process or several, never both run. The first runs; one that arrives while it runs gets 409
// idempotency-key-in-progress (Retry-After: 1); one that arrives after gets the kept response; the same
// key with another request gets 422. A failed request (an error, or no 2xx) releases its claim so the key
// may be retried; a claim left by a killed process is taken over after CLAIM_STALE_MS by the same request.
// Answers are kept for KEEP_MS (24 hours), then pruned: a key is for retrying a request, not a record.
import type { Context } from 'hono';
import { OpenImrError } from '../core/index.ts';
import { sha256Hex } from './crypto.ts';
import { ApiError } from './problem.ts';
import type { ApiDeps, Env, Principal } from './types.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** How long a request may hold its claim before the same request may take it over. */
export const CLAIM_STALE_MS = 120_000;

/** How long an answer is kept for its key (the OpenAPI description says so); older records are pruned. */
export const KEEP_MS = 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;
/** When this process last pruned (each process prunes on its own; a prune is one delete on a small table). */
let lastPrunedMs = 0;

/** A claim this request holds: store its response, or give the key back. */
export interface HeldClaim {
  complete(status: number, body: string): Promise<void>;
  release(): Promise<void>;
}

/**
 * Claims the request's Idempotency-Key, if it sent one: null (no key: run as usual), a Response to send
 * instead of running (a kept response replayed), or the claim this request now holds.
 */
export async function claimIdempotencyKey(
  c: Context<Env>,
  deps: ApiDeps,
  principal: Principal | null,
  bytes: Uint8Array,
): Promise<HeldClaim | Response | null> {
  const key = c.req.header('idempotency-key');
  if (key === undefined || principal === null) return null;
  if (!IDEMPOTENCY_KEY.test(key)) throw new OpenImrError('invalid-argument', 'Idempotency-Key must be 1-200 visible ASCII characters', { field: 'Idempotency-Key' });
  const userId = principal.user.id;
  const requestHash = sha256Hex(`${c.req.method} ${c.req.path}\n${sha256Hex(bytes)}`);
  const now = deps.clock.now();
  if (Math.abs(now.getTime() - lastPrunedMs) >= PRUNE_EVERY_MS) {
    lastPrunedMs = now.getTime();
    await deps.store.auth.pruneIdempotency(new Date(now.getTime() - KEEP_MS).toISOString());
  }
  const claimedAt = now.toISOString();
  const found = await deps.store.auth.claimIdempotency({
    userId,
    key,
    requestHash,
    claimedAt,
    staleBefore: new Date(now.getTime() - CLAIM_STALE_MS).toISOString(),
  });
  if (found.outcome !== 'claimed') {
    if (found.record.requestHash !== requestHash) throw new ApiError('idempotency-key-reused', 'this Idempotency-Key was used with another request');
    if (found.outcome === 'pending') {
      throw new ApiError('idempotency-key-in-progress', 'a request with this Idempotency-Key is still running; retry shortly', { 'Retry-After': '1' });
    }
    const kept = found.record;
    return new Response(kept.body, { status: kept.status, headers: { 'content-type': kept.contentType, 'idempotency-replayed': 'true' } });
  }
  return {
    complete: async (status, body) => {
      await deps.store.auth.completeIdempotency({ userId, key, requestHash, status, contentType: 'application/json', body, createdAt: claimedAt });
    },
    release: () => deps.store.auth.releaseIdempotency(userId, key, claimedAt),
  };
}
