// Database failures become OpenImrError('storage-error'). The message names the operation and the
// driver's error code (SQLITE_* or a PostgreSQL SQLSTATE) and constraint, never the driver's message:
// those can quote row values ("Key (x)=(...)", 'invalid input syntax: "..."'), and letters are medical
// records. The original error stays in details.cause for a debugger; do not log it.
import { OpenImrError } from '../core/index.ts';

function field(err: unknown, name: string): string | undefined {
  if (typeof err !== 'object' || err === null || !(name in err)) return undefined;
  const v: unknown = (err as Record<string, unknown>)[name];
  return typeof v === 'string' && /^[\w.-]{1,64}$/.test(v) ? v : undefined;
}

export function storageFailure(operation: string, err: unknown): OpenImrError {
  if (err instanceof OpenImrError) return err;
  const code = field(err, 'code');
  // pg sets .constraint; SQLite names it at the end of its message ("CHECK constraint failed: name").
  const sqliteConstraint = err instanceof Error ? /constraint failed: ([\w.]{1,64})$/.exec(err.message)?.[1] : undefined;
  const constraint = field(err, 'constraint') ?? sqliteConstraint;
  const parts = [code ?? (err instanceof Error ? err.name : 'unknown error'), constraint].filter((s) => s !== undefined);
  return new OpenImrError('storage-error', `storage: ${operation} failed (${parts.join(', ')})`, { cause: err });
}

/** Runs a database operation, turning any failure into a storage-error. */
export async function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw storageFailure(operation, err);
  }
}
