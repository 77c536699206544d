import { defineConfig } from 'vitest/config';
import { shuffledFileOrder } from '@mip/testing/test-order';

// Integration tests against a real Strapi: one instance per test file, each on its own temporary
// SQLite database, files one after another (two cores, and each Strapi takes ~250 MB).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    sequence: shuffledFileOrder(process.env.TEST_DATABASE === 'postgres' ? 'cms (postgres)' : 'cms'),
    maxWorkers: 1,
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
