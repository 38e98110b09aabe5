// Test and benchmark support: an in-memory store with the demo cases, one user and API token per role, and
// a clock the tests can move. Every person in the demo is invented.
import { openTestStore } from '../../test/support/test-store.ts';
import { listCases, seedDemo, type CaseRecord, type Store } from '../app/index.ts';
import { createApi, type ApiApp } from './app.ts';
import { hashPassword, randomToken, sha256Hex } from './crypto.ts';
import { DEFAULT_CONFIG, USER_ROLES, type ApiConfig, type UserRole } from './types.ts';

export const PASSWORD = 'correct horse battery staple';

export class TestClock {
  constructor(public ms = Date.parse('2026-03-02T17:00:00Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface World {
  store: Store;
  clock: TestClock;
  app: ApiApp;
  /** Bearer token per role. */
  tokens: Record<UserRole, string>;
  /** A case in review, visible to every role's user (the parties match it, the reviewer is assigned). */
  inReview: CaseRecord;
  issued: CaseRecord | undefined;
  logs: string[];
  make(config?: Partial<ApiConfig>): ApiApp;
}

export async function makeWorld(config: Partial<ApiConfig> = {}): Promise<World> {
  const store = await openTestStore();
  const clock = new TestClock();
  await seedDemo({ store, clock });
  const cases = (await listCases({ store, clock }, { limit: 500 })).cases;
  const inReview = cases.find((c) => c.state === 'in-review');
  if (inReview?.assignment == null) throw new Error('the demo has no case in review');
  const issued = cases.find((c) => c.state === 'issued');
  const hash = await hashPassword(PASSWORD);
  const tokens = {} as Record<UserRole, string>;
  for (const role of USER_ROLES) {
    const id = `U-${role}`;
    await store.auth.createUser({
      id,
      username: role,
      passwordHash: hash,
      role,
      partyName: role === 'applicant' ? inReview.application.employee.name : role === 'claims-administrator' ? inReview.application.claimsAdministrator.name : null,
      reviewerId: role === 'reviewer' ? inReview.assignment.reviewerId : null,
      createdAt: clock.now().toISOString(),
    });
    const token = randomToken();
    await store.auth.createApiToken({ tokenHash: sha256Hex(token), userId: id, label: 'test', createdAt: clock.now().toISOString(), expiresAt: null });
    tokens[role] = token;
  }
  const logs: string[] = [];
  const make = (over: Partial<ApiConfig> = {}): ApiApp =>
    createApi({ store, clock, config: { ...DEFAULT_CONFIG, rateLimit: null, checkResponses: true, log: (l) => logs.push(l), ...config, ...over } });
  return { store, clock, app: make(), tokens, inReview, issued, logs, make };
}
