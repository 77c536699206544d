import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { allowedHashes, inlineCode } from '@mip/scripts/lib/csp.ts';
import { NGINX_DIR } from '@mip/scripts/lib/nginx.ts';

// The production nginx configuration (deploy/nginx) in front of the built site and the CMS:
// headers, caching, compression, the proxy to the CMS, and pages that work under the strict
// Content-Security-Policy in Chromium.

const base = process.env.E2E_NGINX_URL!;
test.skip(!base, 'nginx is not installed here (CI runs these)');

async function head(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + url, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return response;
}

test('pages carry the security headers and a strict policy; HTML is revalidated, hashed assets cached for a year', async () => {
  const page = await head('/en/');
  expect(page.status).toBe(200);
  const csp = page.headers.get('content-security-policy')!;
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(page.headers.get('permissions-policy')).toContain('camera=()');
  expect(page.headers.get('x-frame-options')).toBe('DENY');
  expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  expect(page.headers.get('server')).toBe('nginx');

  const html = readFileSync(path.join(process.env.E2E_SITE_OUT_DIR!, 'en', 'index.html'), 'utf8');
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1];
  const asset = await head(css);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(asset.headers.get('content-security-policy')).toBe(csp);

  expect((await head('/')).headers.get('location')).toMatch(/\/lt\/$/);
  const missing = await fetch(`${base}/en/no-such-page/`);
  expect(missing.status).toBe(404);
  const text = await missing.text();
  expect(text).toContain('Puslapis nerastas');
  expect(text).toContain('Page not found');
  expect(missing.headers.get('content-security-policy')).toBe(csp);
});

test("previews of drafts are the preview service's, framed by the admin only, never cached or indexed", async () => {
  // Unsigned: the service's own refusal, through nginx (the signed path is e2e/admin.spec.ts's).
  const response = await fetch(`${base}/preview/?uid=api::news-item.news-item`, { redirect: 'manual' });
  expect(response.status).toBe(401);
  expect(await response.text()).toContain('Peržiūrai reikia nuorodos');
  // Two policies, both enforced: the service's, and nginx's framing rule beside it.
  const policies = response.headers.get('content-security-policy')!;
  expect(policies).toContain("default-src 'none'");
  expect(policies).toContain(`frame-ancestors ${new URL(process.env.E2E_CMS_URL!).origin}`);
  expect(policies).toMatch(/, frame-ancestors 'self' http:\/\/127\.0\.0\.1:\d+$/);
  expect(policies).not.toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-frame-options')).toBeNull();
  expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  // The site's pages are still never framed.
  expect((await head('/lt/')).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
});

test('text is compressed with brotli, or gzip for clients without it', async () => {
  expect((await head('/lt/', { 'accept-encoding': 'br, gzip' })).headers.get('content-encoding')).toBe('br');
  expect((await head('/lt/', { 'accept-encoding': 'gzip' })).headers.get('content-encoding')).toBe('gzip');
  expect((await head('/data/lt/news.json', { 'accept-encoding': 'gzip' })).headers.get('content-encoding')).toBe(
    'gzip',
  );
});

test('the CMS is reached through the same host: API, GraphQL and uploads, with its own headers', async () => {
  expect((await head('/_health')).status).toBe(204);
  const api = await head('/api/news-items');
  expect(api.status).toBe(401); // the public gets nothing, as when asking the CMS directly
  expect(api.headers.get('content-security-policy')).not.toContain('sha256-');
  const graphql = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ __typename }"}',
  });
  expect([200, 401]).toContain(graphql.status);
  // The platform's admin routes (the edit view's panel, email alerts) reach the CMS, which wants a
  // signed-in admin; the public forms' routes too.
  expect((await head('/mip/entry-status')).status).toBe(401);
  expect((await head('/mip/alerts/topics')).status).toBe(401);
  expect((await head('/api/alerts/subscriptions?token=x')).status).toBe(403);
  // The rebuild service is never exposed, and neither is the CMS's route for it.
  expect((await head('/hooks/strapi')).status).toBe(404);
  const internal = await fetch(`${base}/internal/alerts/release`, { method: 'POST', body: '{}' });
  expect([404, 405]).toContain(internal.status);
  expect(await internal.text()).not.toContain('release notice');
});

test('the committed policy allows every inline script and style of this build, and nothing else is inline', () => {
  const code = inlineCode(process.env.E2E_SITE_OUT_DIR!);
  const allowed = allowedHashes(readFileSync(path.join(NGINX_DIR, 'csp.conf'), 'utf8'));
  const missing = [...code.scripts, ...code.styles].filter((hash) => !allowed.has(hash));
  expect(missing, 'run `npm run csp -- <built site>` to update deploy/nginx/csp.conf').toEqual([]);
  expect(code.forbidden).toEqual([]);
});

/** Collects CSP violations the page reports, from the moment it starts loading. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('pages, the search and the forms work under the policy in Chromium, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const url of ['/lt/', '/en/news/', '/en/priorities/coverage/', '/en/organisations/']) {
    await page.goto(base + url);
    await expect(page.locator('h1')).toBeVisible();
  }
  // An entry page with images and a download, and the contact form island.
  await page.goto(`${base}/en/organisations/`);
  await page.getByRole('link', { name: 'Bridges Integration Centre' }).click();
  const logo = page.locator('img.entry-logo');
  await expect(logo).toHaveAttribute('alt', ''); // beside the name it shows
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.getByTestId('contact').scrollIntoViewIfNeeded(); // the island hydrates when visible
  await page.locator('[data-testid="contact"] astro-island:not([ssr]) form').waitFor();

  // A news cover, from the CMS's address (img-src).
  await page.goto(`${base}/en/news/`);
  await page.getByRole('link', { name: 'Progress report on the integration action plan published' }).click();
  const cover = page.locator('img.entry-cover');
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // The search island loads Pagefind (WebAssembly) and finds something.
  await page.goto(`${base}/en/search/?q=language`);
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible({ timeout: 20_000 });

  // The practice form hydrates and validates in the browser.
  await page.goto(`${base}/en/submit-practice/`);
  await page.locator('astro-island:not([ssr]) form').waitFor();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();

  expect(violations).toEqual([]);
});
