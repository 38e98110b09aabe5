// graphile-worker's log, reduced to warnings and errors on stderr. Job errors carry our codes and messages,
// which never hold case text (see src/core errors); payloads (paths and hashes) are never printed.
import { Logger } from 'graphile-worker';

// LogLevel is a declared (type-only at run time) enum in graphile-worker: compare its string values.
const SHOWN: ReadonlySet<string> = new Set(['error', 'warning']);

export const quietLogger = new Logger(() => (level: string, message) => {
  if (SHOWN.has(level)) process.stderr.write(`openimr jobs: ${level}: ${message.split('\n')[0] ?? ''}\n`);
});
