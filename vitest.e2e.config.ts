import { defineConfig } from 'vitest/config';

// Real-browser suite (`npm run test:e2e`): tests/e2e/**/*.e2e.test.ts against the built extension in .output/
// (built by `npm test` before this suite; the suite builds nothing). One file at a time in one worker: each file
// starts real browsers, and this machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
