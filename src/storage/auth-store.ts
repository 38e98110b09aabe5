// The sign-in port: users with roles, browser sessions, API tokens and idempotency records. The store keeps
// only what it is given: secrets arrive already hashed (the API hashes passwords with scrypt and session /
// API tokens with SHA-256), so nothing here can leak a usable credential. Reached as `store.auth`.

export type UserRole = 'applicant' | 'claims-administrator' | 'intake' | 'reviewer' | 'qa' | 'admin';

export interface UserRecord {
  id: string;
  /** Unique, compared as stored (callers normalise, e.g. lower case). */
  username: string;
  /** An encoded scrypt hash with its salt and parameters; never the password. */
  passwordHash: string;
  role: UserRole;
  /** For applicants and claims administrators: the party name their cases carry. For reviewers: unused. */
  partyName: string | null;
  /** For reviewers: their id in the reviewer registry. */
  reviewerId: string | null;
  createdAt: string;
}

export interface SessionRecord {
  /** SHA-256 (hex) of the session token. */
  tokenHash: string;
  userId: string;
  /** SHA-256 (hex) of the CSRF token issued with the session. */
  csrfHash: string;
  createdAt: string;
  expiresAt: string;
}

export interface ApiTokenRecord {
  /** SHA-256 (hex) of the bearer token. */
  tokenHash: string;
  userId: string;
  label: string;
  createdAt: string;
  /** Null: no expiry. */
  expiresAt: string | null;
}

/** A response kept for an Idempotency-Key, replayed when the same user sends the same key again. */
export interface IdempotencyRecord {
  userId: string;
  key: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  requestHash: string;
  status: number;
  contentType: string;
  body: string;
  createdAt: string;
}

/** `status` of a claimed key whose request has not answered yet. */
export const IDEMPOTENCY_PENDING = 0;

/** A claim on an Idempotency-Key before its request runs (draft-ietf-httpapi-idempotency-key-header). */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  requestHash: string;
  /** ISO time of the claim; it also identifies the claim when it is completed or released. */
  claimedAt: string;
  /** A pending claim made before this ISO time belongs to a request that died: the same request may take it over. */
  staleBefore: string;
}

/**
 * What a claim found: `claimed`, the caller runs the request and then completes or releases the claim;
 * `kept`, a response to replay (or refuse, if its request hash differs); `pending`, the same user's request
 * with this key is still running elsewhere.
 */
export type IdempotencyClaimResult =
  | { outcome: 'claimed' }
  | { outcome: 'kept'; record: IdempotencyRecord }
  | { outcome: 'pending'; record: IdempotencyRecord };

/** A token bucket: `capacity` tokens at most, refilled continuously at `refillPerSecond`. */
export interface RateLimitRule {
  capacity: number;
  refillPerSecond: number;
}

export interface RateLimitTake extends RateLimitRule {
  /** What is limited ('login', 'public'): buckets of different scopes never mix. */
  scope: string;
  /** An opaque key, already hashed by the caller (SHA-256 hex of a username or address); never a password. */
  key: string;
  /** Epoch milliseconds (the caller's clock). */
  nowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Tokens left after this take (when refused: what the bucket holds, below 1). */
  tokens: number;
}

export interface AuthStore {
  /** Conflict when the id or username exists. */
  createUser(user: UserRecord): Promise<void>;
  getUserById(id: string): Promise<UserRecord | null>;
  getUserByUsername(username: string): Promise<UserRecord | null>;
  countUsers(): Promise<number>;
  /** By username. */
  listUsers(): Promise<UserRecord[]>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes sessions that expired at or before `now` (ISO); returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
  createApiToken(token: ApiTokenRecord): Promise<void>;
  getApiToken(tokenHash: string): Promise<ApiTokenRecord | null>;
  /** The record kept for that user and key, or null. */
  getIdempotency(userId: string, key: string): Promise<IdempotencyRecord | null>;
  /**
   * Claims the key for one request before it runs: one insert that at most one caller wins, on any number
   * of processes (the primary key decides). A pending claim older than `staleBefore` with the same request
   * hash is taken over by one conditional update.
   */
  claimIdempotency(claim: IdempotencyClaim): Promise<IdempotencyClaimResult>;
  /** Stores the response of the claim made at `record.createdAt`; false if that claim is no longer there. */
  completeIdempotency(record: IdempotencyRecord): Promise<boolean>;
  /** Drops the pending claim made at `claimedAt` (its request failed: the key may be used again). */
  releaseIdempotency(userId: string, key: string, claimedAt: string): Promise<void>;
  /** Deletes the records (kept or pending) claimed before `before` (ISO); returns how many. */
  pruneIdempotency(before: string): Promise<number>;
  /**
   * Takes one token from the bucket of (scope, key), refilling it first; a bucket not stored is full. Atomic
   * across processes and connections: one upsert statement (a row lock on PostgreSQL, the write lock on SQLite).
   */
  takeRateLimitToken(take: RateLimitTake): Promise<RateLimitResult>;
  /** Deletes the buckets that are full again at `nowMs` (a missing row means the same); returns how many. */
  pruneRateLimits(nowMs: number): Promise<number>;
  /**
   * Takes the named lease for `holder` until `untilMs` when nobody holds it, its holder's lease expired (at or
   * before `nowMs`), or `holder` holds it already (a renewal). True when `holder` holds it now. One statement.
   */
  acquireLease(name: string, holder: string, nowMs: number, untilMs: number): Promise<boolean>;
  /** Ends the lease if `holder` holds it. */
  releaseLease(name: string, holder: string): Promise<void>;
}
