// Who is signed in. The cookie is HttpOnly, so the app asks GET /auth/me once on start.
import { createContext, useContext } from 'react';
import type { Role, Session } from './api.ts';

export interface SessionState {
  session: Session | null;
  /** True until the first GET /auth/me answered. */
  checking: boolean;
  setSession: (s: Session | null) => void;
}

export const SessionContext = createContext<SessionState>({
  session: null,
  checking: true,
  setSession: () => undefined,
});

export function useSession(): SessionState {
  return useContext(SessionContext);
}

export const STAFF_ROLES: readonly Role[] = ['intake', 'reviewer', 'qa', 'admin'];

export function hasRole(session: Session | null, ...roles: Role[]): boolean {
  return session !== null && roles.includes(session.user.role);
}
