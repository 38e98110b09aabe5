// Who is calling: a bearer API token or a session cookie, both looked up by SHA-256. An expired or unknown
// credential means an anonymous caller (public routes still answer; others say 401).
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrfTokenFor, sameHex, sha256Hex } from './crypto.ts';
import { ApiError } from './problem.ts';
import type { ApiDeps, Env, Principal } from './types.ts';

export const SESSION_COOKIE = 'openimr_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function resolvePrincipal(c: Context<Env>, deps: ApiDeps): Promise<Principal | null> {
  const auth = c.req.header('authorization');
  const now = deps.clock.now().toISOString();
  if (auth !== undefined) {
    const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(auth);
    if (m === null) throw new ApiError('unauthenticated', 'the Authorization header must be "Bearer <token>"');
    const token = await deps.store.auth.getApiToken(sha256Hex(m[1] ?? ''));
    if (token === null || (token.expiresAt !== null && token.expiresAt <= now)) {
      throw new ApiError('unauthenticated', 'unknown or expired API token');
    }
    const user = await deps.store.auth.getUserById(token.userId);
    if (user === null) throw new ApiError('unauthenticated', 'unknown or expired API token');
    return { user, via: 'token' };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie === undefined || !/^[A-Za-z0-9_-]{20,200}$/.test(cookie)) return null;
  const hash = sha256Hex(cookie);
  const session = await deps.store.auth.getSession(hash);
  if (session === null) return null;
  if (session.expiresAt <= now) {
    await deps.store.auth.deleteSession(hash);
    return null;
  }
  const user = await deps.store.auth.getUserById(session.userId);
  return user === null ? null : { user, via: 'session', sessionToken: cookie };
}

/** Cookie sessions must prove, on unsafe methods, that the page itself sent the request. */
export function checkCsrf(c: Context<Env>, principal: Principal | null): void {
  if (principal?.via !== 'session' || principal.sessionToken === undefined || !UNSAFE.has(c.req.method)) return;
  const sent = c.req.header('x-csrf-token') ?? '';
  const expected = csrfTokenFor(principal.sessionToken);
  // Compared as SHA-256 digests in constant time: equal lengths, so neither the content nor the length of
  // the expected token shows in the timing.
  if (!sameHex(sha256Hex(sent), sha256Hex(expected))) {
    throw new ApiError('csrf-token-invalid', 'send the X-CSRF-Token header given at sign-in');
  }
}
