// Errors as RFC 9457 problem details. The ONE place where error codes become HTTP statuses: OpenImrError
// codes from the use-cases, and the API's own codes (sign-in, limits, idempotency).
import type { ErrorCode } from '../core/index.ts';
import { OpenImrError, toOpenImrError } from '../core/index.ts';

/** Codes only the HTTP layer produces. */
export type ApiCode =
  | 'unauthenticated'
  | 'invalid-credentials'
  | 'forbidden'
  | 'csrf-token-invalid'
  | 'rate-limited'
  | 'payload-too-large'
  | 'invalid-json'
  | 'unsupported-media-type'
  | 'idempotency-key-reused'
  | 'idempotency-key-in-progress'
  | 'route-not-found'
  | 'method-not-allowed';

export type ProblemCode = ErrorCode | ApiCode;

/** An error the HTTP layer raises itself; use-cases throw OpenImrError. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  /** The field at fault, when known (never its value). */
  field?: string;
  /** A stable reason code from a workflow guard, when given. */
  reason?: string;
}

const TITLES: Record<ProblemCode, [status: number, title: string]> = {
  'invalid-argument': [400, 'Invalid argument'],
  'invalid-input': [400, 'Invalid input'],
  'invalid-json': [400, 'Malformed JSON'],
  unauthenticated: [401, 'Sign-in required'],
  'invalid-credentials': [401, 'Wrong username or password'],
  forbidden: [403, 'Not allowed for this role'],
  'csrf-token-invalid': [403, 'Missing or wrong CSRF token'],
  'not-found': [404, 'Not found'],
  'route-not-found': [404, 'No such route'],
  'method-not-allowed': [405, 'Method not allowed'],
  conflict: [409, 'Conflict with the current state'],
  'idempotency-key-in-progress': [409, 'A request with this Idempotency-Key is still running'],
  'file-too-large': [413, 'File too large'],
  'resource-limit': [413, 'Resource limit exceeded'],
  'payload-too-large': [413, 'Request body too large'],
  'pdf-too-many-pages': [413, 'PDF has too many pages'],
  'unsupported-file-type': [415, 'Unsupported file type'],
  'unsupported-media-type': [415, 'Unsupported media type'],
  'unreadable-file': [422, 'Unreadable file'],
  'pdf-encrypted': [422, 'Encrypted PDF'],
  'pdf-malformed': [422, 'Malformed PDF'],
  'pdf-no-text': [422, 'PDF without text'],
  'encoding-error': [422, 'Text encoding not recognised'],
  'idempotency-key-reused': [422, 'Idempotency-Key reused with another request'],
  'rate-limited': [429, 'Too many requests'],
  'storage-error': [503, 'Storage unavailable'],
  'pdf-timeout': [503, 'PDF reading timed out'],
  internal: [500, 'Internal error'],
};

/** Workflow guards that mean "your role may not" rather than "the case is not ready". */
const FORBIDDEN_REASONS = new Set(['role-not-allowed', 'not-assigned-reviewer']);

export interface ProblemResponse {
  problem: Problem;
  headers: Record<string, string>;
}

/** Anything thrown, as a problem. Internal and storage details never reach the client. */
export function toProblem(err: unknown): ProblemResponse {
  if (err instanceof ApiError) {
    const [status, title] = TITLES[err.code];
    return { problem: { type: typeUri(err.code), title, status, detail: err.message, code: err.code }, headers: { ...err.headers } };
  }
  const e = err instanceof OpenImrError ? err : toOpenImrError(err);
  const forbidden = e.code === 'conflict' && e.details.reason !== undefined && FORBIDDEN_REASONS.has(e.details.reason);
  const code: ProblemCode = forbidden ? 'forbidden' : e.code;
  const [status, title] = TITLES[code];
  const hidden = code === 'internal' || code === 'storage-error';
  const problem: Problem = { type: typeUri(code), title, status, detail: hidden ? title : e.message, code };
  if (!hidden && e.details.field !== undefined) problem.field = e.details.field;
  if (!hidden && e.details.reason !== undefined) problem.reason = e.details.reason;
  return { problem, headers: {} };
}

function typeUri(code: ProblemCode): string {
  return `/api/docs#problem-${code}`;
}

export function problemCodes(): { code: ProblemCode; status: number; title: string }[] {
  return Object.entries(TITLES).map(([code, [status, title]]) => ({ code: code as ProblemCode, status, title }));
}
