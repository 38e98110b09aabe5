// Exit statuses: one mapping from error codes, so scripts can tell kinds of failure apart.
import type { ErrorCode } from '../core/index.ts';

export const EXIT = {
  ok: 0,
  /** Some inputs failed (e.g. parse or ingest of a batch with unreadable files); the rest were done. */
  partial: 1,
  usage: 2,
  notFound: 3,
  badInput: 4,
  storage: 5,
  conflict: 6,
  internal: 70,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid-argument':
    case 'invalid-input':
      return EXIT.usage;
    case 'not-found':
      return EXIT.notFound;
    case 'unreadable-file':
    case 'pdf-encrypted':
    case 'pdf-malformed':
    case 'pdf-no-text':
    case 'pdf-timeout':
    case 'pdf-too-many-pages':
    case 'resource-limit':
    case 'file-too-large':
    case 'unsupported-file-type':
    case 'encoding-error':
      return EXIT.badInput;
    case 'storage-error':
      return EXIT.storage;
    case 'conflict':
      return EXIT.conflict;
    case 'internal':
      return EXIT.internal;
  }
}
