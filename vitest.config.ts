import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/postgres.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'America/Los_Angeles' },
  },
});
