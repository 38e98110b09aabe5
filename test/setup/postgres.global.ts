// vitest globalSetup: gives tests a PostgreSQL superuser URL, or null with the reason it is missing.
// - OPENIMR_TEST_DATABASE_URL set: that server is used (the role must be allowed to CREATE DATABASE).
// - Otherwise a throwaway server is started from Debian's binaries (see postgres-server.ts) and stopped
//   at teardown.
// - No binaries: with OPENIMR_REQUIRE_POSTGRES=1 or CI set this fails the run; otherwise the postgres
//   suites skip and say so.
// Each test file then makes its own database (test/setup/postgres-database.ts), so files run in parallel.
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startTestPostgres, stopQuietly, type TestPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of a PostgreSQL server for tests, or null when there is none. */
    openimrPostgresUrl: string | null;
    /** Why there is no server (shown when suites skip). */
    openimrPostgresMissing: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env['OPENIMR_TEST_DATABASE_URL'];
  if (given !== undefined && given !== '') {
    project.provide('openimrPostgresUrl', given);
    project.provide('openimrPostgresMissing', null);
    return () => undefined;
  }
  const required = process.env['OPENIMR_REQUIRE_POSTGRES'] === '1' || (process.env['CI'] ?? '') !== '';
  const bin = findPostgresBin();
  if (bin === null) {
    const why = 'no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql) and OPENIMR_TEST_DATABASE_URL is not set';
    if (required) throw new Error(`PostgreSQL is required for tests (OPENIMR_REQUIRE_POSTGRES=1 or CI): ${why}`);
    console.warn(`[openimr] ${why}: PostgreSQL storage tests will be skipped`);
    project.provide('openimrPostgresUrl', null);
    project.provide('openimrPostgresMissing', why);
    return () => undefined;
  }
  const server: TestPostgres = await startTestPostgres(bin);
  // If the run dies before teardown, do not leave a server behind.
  const onExit = (): void => {
    stopQuietly(server);
  };
  process.once('exit', onExit);
  project.provide('openimrPostgresUrl', server.url);
  project.provide('openimrPostgresMissing', null);
  return () => {
    process.removeListener('exit', onExit);
    server.stop();
  };
}
