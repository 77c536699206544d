import { defineConfig } from '@playwright/test';

// End-to-end tests: the real site, built from a real seeded CMS (e2e/global-setup.ts), in
// Debian's Chromium. Never `npx playwright install`: these machines have no browser downloads.
export const E2E_PORT = Number(process.env.E2E_PORT || 4399);

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT || '../.data/test-reports/site-e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
