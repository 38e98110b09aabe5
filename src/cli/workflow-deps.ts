// The store and clock a workflow command runs with, opened for the command and closed after it.
import { openStoreAt, resolveStoreLocation, type WorkflowDeps } from '../app/index.ts';

export interface DbOpts {
  db?: string;
}

export const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
};

export async function withDeps<T>(opts: DbOpts, fn: (deps: WorkflowDeps) => Promise<T>): Promise<T> {
  const store = await openStoreAt(resolveStoreLocation(opts.db));
  try {
    return await fn({ store, clock: { now: () => new Date() } });
  } finally {
    await store.close();
  }
}
