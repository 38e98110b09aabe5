import { defineConfig } from 'vitest/config';

// Two projects, named in every result line:
// - `sqlite`: every test but the PostgreSQL-only suites. The store-using suites open their stores through
//   test/support/test-store.ts, which gives SQLite (in memory or a temp file). Suites that compare or move
//   data between the backends (storage contract via sqlite/, transfer, crash, search parity) stay here.
// - `postgres`: the store-using suites (use-cases, HTTP API, security, CLI end to end, browser) again with
//   OPENIMR_TEST_BACKEND=postgres, so test-store.ts gives each a fresh database on the test server, and the
//   suites that only ever run on PostgreSQL (its storage contract, the job queue, several API processes).
// The root globalSetup starts one throwaway PostgreSQL server; both projects inherit what it provides.
const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Property tests use one fixed seed unless OPENIMR_FC_SEED says otherwise (see the file).
  setupFiles: ['test/setup/fast-check-seed.ts'],
};

/** Store-using suites that are SQLite-only by nature, with the reason. */
const SQLITE_ONLY = [
  // Backup and restore are VACUUM INTO copies of the embedded store, refused on PostgreSQL by design;
  // export/import on PostgreSQL is proven by src/storage's transfer suites.
  'src/app/transfer.test.ts',
];
/** Suites that run on PostgreSQL only, whatever OPENIMR_TEST_BACKEND says. */
const POSTGRES_ONLY = ['src/storage/postgres/**/*.test.ts', 'src/jobs/**/*.int.test.ts', 'test/multiprocess/**/*.test.ts'];
/** Suites in those folders that open no store: nothing to repeat. */
const STORELESS = ['src/app/cases-intake.test.ts', 'test/security/audit-check.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/setup/postgres.global.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'sqlite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: POSTGRES_ONLY,
          env: { TZ: 'America/Los_Angeles', OPENIMR_TEST_BACKEND: 'sqlite' },
        },
      },
      {
        test: {
          ...shared,
          name: 'postgres',
          include: [
            'src/app/*.test.ts',
            'src/api/*.test.ts',
            'test/security/*.test.ts',
            'test/e2e/*.test.ts',
            'test/browser/app.test.ts',
            'test/support/test-store.test.ts',
            ...POSTGRES_ONLY,
          ],
          exclude: [...SQLITE_ONLY, ...STORELESS],
          env: { TZ: 'America/Los_Angeles', OPENIMR_TEST_BACKEND: 'postgres' },
        },
      },
    ],
  },
});
