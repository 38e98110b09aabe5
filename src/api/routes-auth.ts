// Sign-in routes: password login to a cookie session (with its CSRF token), logout, who am I, API tokens
// and user accounts (administrators).
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { z } from 'zod';
import { OpenImrError } from '../core/index.ts';
import { csrfTokenFor, dummyPasswordHash, hashPassword, randomToken, sha256Hex, verifyPassword } from './crypto.ts';
import { SESSION_COOKIE } from './principal.ts';
import { ApiError } from './problem.ts';
import { EVERYONE } from './routes-corpus.ts';
import { LoginBody, LoginReply, MeReply, Ok, Paging, PublicUser, TokenBody, TokenReply, UserBody, pageOf, pageSchema } from './schemas.ts';
import { route, USER_ROLES, type ApiDeps, type Env, type Route, type UserRecord } from './types.ts';

export function publicUser(u: UserRecord): z.infer<typeof PublicUser> {
  return { id: u.id, username: u.username, role: u.role, partyName: u.partyName, reviewerId: u.reviewerId };
}

function must<T>(value: T | null): T {
  if (value === null) throw new ApiError('unauthenticated', 'sign in or send an API token');
  return value;
}

/** Creates a user with a scrypt hash of the password. */
export async function createUser(deps: ApiDeps, input: z.infer<typeof UserBody>): Promise<UserRecord> {
  const user: UserRecord = {
    id: `U-${randomUUID()}`,
    username: input.username,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    partyName: input.partyName ?? null,
    reviewerId: input.reviewerId ?? null,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.store.auth.createUser(user);
  return user;
}

function setSessionCookie(c: Context<Env>, deps: ApiDeps, token: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.config.secureCookies,
    maxAge: maxAgeSeconds,
  });
}

export const authRoutes: readonly Route[] = [
  route<undefined, z.infer<typeof LoginBody>>({
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with a username and password: sets an HttpOnly session cookie and returns the CSRF token',
    tag: 'auth',
    access: EVERYONE,
    body: LoginBody,
    response: LoginReply,
    csrf: false,
    async handler({ c, deps, body }) {
      const username = body.username.trim().toLowerCase();
      const wait = (await deps.loginLimiter?.take(username, deps.clock.now().getTime())) ?? 0;
      if (wait > 0) throw new ApiError('rate-limited', `too many sign-in attempts for this user; retry in ${wait} s`, { 'Retry-After': String(wait) });
      const user = await deps.store.auth.getUserByUsername(username);
      // Unknown users cost one scrypt too, so timing does not tell which usernames exist.
      const ok = await verifyPassword(body.password, user?.passwordHash ?? (await dummyPasswordHash()));
      if (user === null || !ok) throw new ApiError('invalid-credentials', 'wrong username or password');
      // A new random session on every sign-in; the one the browser presented (if any) ends here, so a
      // planted or earlier session id never outlives a sign-in (session fixation, shared computers).
      const presented = getCookie(c, SESSION_COOKIE);
      if (presented !== undefined && /^[A-Za-z0-9_-]{20,200}$/.test(presented)) await deps.store.auth.deleteSession(sha256Hex(presented));
      const token = randomToken();
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + deps.config.sessionTtlMs).toISOString();
      const csrfToken = csrfTokenFor(token);
      await deps.store.auth.deleteExpiredSessions(now.toISOString());
      await deps.store.auth.createSession({ tokenHash: sha256Hex(token), userId: user.id, csrfHash: sha256Hex(csrfToken), createdAt: now.toISOString(), expiresAt });
      setSessionCookie(c, deps, token, Math.floor(deps.config.sessionTtlMs / 1000));
      return { json: { user: publicUser(user), csrfToken, expiresAt } };
    },
  }),
  route({
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the session (the cookie is cleared and the session deleted)',
    tag: 'auth',
    access: USER_ROLES,
    response: Ok,
    async handler({ c, deps, principal }) {
      const p = must(principal);
      if (p.sessionToken !== undefined) {
        await deps.store.auth.deleteSession(sha256Hex(p.sessionToken));
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
      }
      return { json: { ok: true } };
    },
  }),
  route({
    method: 'GET',
    path: '/auth/me',
    summary: 'The signed-in user, and the CSRF token of a cookie session',
    tag: 'auth',
    access: USER_ROLES,
    response: MeReply,
    handler({ principal }) {
      const p = must(principal);
      return Promise.resolve({ json: { user: publicUser(p.user), csrfToken: p.sessionToken === undefined ? null : csrfTokenFor(p.sessionToken), via: p.via } });
    },
  }),
  route<undefined, z.infer<typeof TokenBody>>({
    method: 'POST',
    path: '/tokens',
    summary: 'An API token for a user (shown once; send it as Authorization: Bearer <token>)',
    tag: 'auth',
    access: ['admin'],
    body: TokenBody,
    response: TokenReply,
    status: 201,
    async handler({ deps, body }) {
      const user = await deps.store.auth.getUserByUsername(body.username.trim().toLowerCase());
      if (user === null) throw new OpenImrError('not-found', 'no such user', { field: 'username' });
      const token = randomToken();
      const now = deps.clock.now();
      const expiresAt = body.expiresInDays === undefined ? null : new Date(now.getTime() + body.expiresInDays * 86_400_000).toISOString();
      await deps.store.auth.createApiToken({ tokenHash: sha256Hex(token), userId: user.id, label: body.label, createdAt: now.toISOString(), expiresAt });
      return { json: { token, userId: user.id, label: body.label, expiresAt } };
    },
  }),
  route<z.infer<typeof Paging>>({
    method: 'GET',
    path: '/users',
    summary: 'User accounts (no password hashes)',
    tag: 'auth',
    access: ['admin'],
    query: Paging,
    response: pageSchema(PublicUser),
    async handler({ deps, query }) {
      return { json: pageOf((await deps.store.auth.listUsers()).map(publicUser), query) };
    },
  }),
  route<undefined, z.infer<typeof UserBody>>({
    method: 'POST',
    path: '/users',
    summary: 'Create a user account with a role (applicants and claims administrators need a partyName, reviewers a reviewerId)',
    tag: 'auth',
    access: ['admin'],
    body: UserBody,
    response: PublicUser,
    status: 201,
    creates: true,
    async handler({ deps, body }) {
      return { json: publicUser(await createUser(deps, body)) };
    },
  }),
];
