import { defineConfig } from 'vitest/config';
import { shuffledFileOrder } from '@mip/testing/test-order';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The platform tests start whole processes (CMS, site build); run files one at a time.
    fileParallelism: false,
    sequence: shuffledFileOrder('scripts'),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
