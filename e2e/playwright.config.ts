import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// End-to-end tests: the real site, built from a real seeded CMS (global-setup.ts), in the
// system's Chromium (Debian's package; CI machines cannot download Playwright's own browser).
// Without one, Playwright's own Chromium is used if `npx playwright install chromium` fetched it.
export const E2E_PORT = Number(process.env.E2E_PORT || 4399);
/** nginx with the production configuration serves the same build here (production.spec.ts). */
export const E2E_NGINX_PORT = Number(process.env.E2E_NGINX_PORT || 4398);
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT || '../.data/test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
