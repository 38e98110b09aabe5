// One error type for the whole system: a stable code, a message, and where it happened.
// Delivery layers (CLI, API) map codes to exit statuses / HTTP statuses in one place each.

export type ErrorCode =
  | 'invalid-argument'
  | 'invalid-input'
  | 'not-found'
  | 'unreadable-file'
  | 'pdf-encrypted'
  | 'pdf-malformed'
  | 'pdf-no-text'
  | 'pdf-timeout'
  | 'pdf-too-many-pages'
  | 'resource-limit'
  | 'file-too-large'
  | 'unsupported-file-type'
  | 'encoding-error'
  | 'storage-error'
  | 'conflict'
  | 'internal';

export class OpenImrError extends Error {
  override readonly name = 'OpenImrError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      readonly path?: string;
      readonly field?: string;
      readonly cause?: unknown;
      /** A stable reason code (e.g. a workflow guard's) for callers to branch on instead of the message. */
      readonly reason?: string;
    } = {},
  ) {
    super(message);
  }
}

/** Normalises anything thrown into an OpenImrError (used once, at the edges). */
export function toOpenImrError(err: unknown): OpenImrError {
  if (err instanceof OpenImrError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new OpenImrError('internal', message, { cause: err });
}

/** A result per item for batch work: one failure never stops the rest. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: OpenImrError };
