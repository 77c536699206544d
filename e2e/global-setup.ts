import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { buildSeededSite } from '@mip/scripts/lib/test-platform.ts';
import { NGINX_BIN, startNginx, type RunningNginx } from '@mip/scripts/lib/nginx.ts';
import { CHROMIUM_PATH, E2E_NGINX_PORT, E2E_PORT } from './playwright.config.ts';

// Builds the site from a freshly seeded CMS and serves it for the tests. E2E_SITE_DIR reuses an
// existing build instead (handy while writing tests; the full suite always builds).
export default async function globalSetup() {
  if (!existsSync(CHROMIUM_PATH ?? chromium.executablePath())) {
    throw new Error(
      'The browser tests need Chromium: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.',
    );
  }
  const baseUrl = `http://127.0.0.1:${E2E_PORT}`;
  const reused = process.env.E2E_SITE_DIR;
  const site = reused
    ? {
        outDir: reused,
        cmsUrl: '',
        cmsToken: '',
        adminEmail: '',
        adminPassword: '',
        editorEmail: '',
        editorPassword: '',
        previewUrl: '',
        mailDir: '',
        stop: async () => {},
      }
    : await buildSeededSite(baseUrl);
  const serve = sirv(site.outDir, { dev: false, etag: true });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`Cannot serve the site on port ${E2E_PORT} (${error.message}); set E2E_PORT to a free port.`)),
    );
    server.listen(E2E_PORT, '127.0.0.1', resolve);
  });
  // The production nginx configuration in front of the same build and CMS. CI must test it; a
  // machine without nginx skips those tests (and says so).
  let nginx: RunningNginx | undefined;
  if (existsSync(NGINX_BIN) && site.cmsUrl) {
    const cms = new URL(site.cmsUrl);
    nginx = await startNginx({
      siteRoot: site.outDir,
      cmsUpstream: cms.host,
      previewUpstream: new URL(site.previewUrl).host,
      port: E2E_NGINX_PORT,
      cmsOrigin: cms.origin,
    });
    process.env.E2E_NGINX_URL = nginx.url;
  } else if (process.env.CI === 'true') {
    throw new Error(
      `CI tests the production nginx configuration: install nginx (apt-get install nginx-light libnginx-mod-http-brotli-filter) or set NGINX_BIN.`,
    );
  }
  // Read by the tests (Playwright passes the global setup's environment to its workers).
  process.env.E2E_SITE_OUT_DIR = site.outDir;
  process.env.E2E_CMS_URL = site.cmsUrl;
  process.env.E2E_CMS_TOKEN = site.cmsToken;
  process.env.E2E_ADMIN_EMAIL = site.adminEmail;
  process.env.E2E_ADMIN_PASSWORD = site.adminPassword;
  process.env.E2E_EDITOR_EMAIL = site.editorEmail;
  process.env.E2E_EDITOR_PASSWORD = site.editorPassword;
  process.env.E2E_PREVIEW_URL = site.previewUrl;
  process.env.E2E_MAIL_DIR = site.mailDir;
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await nginx?.stop();
    await site.stop();
  };
}
