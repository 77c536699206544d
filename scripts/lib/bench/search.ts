import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { NGINX_BIN, startNginx } from '../nginx.ts';
import { freePort } from '../test-platform.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// As these machines need them: no sandbox as root, and no background connections to the closed network.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * What a browser downloads from the search index for one query on the search page: bytes on the
 * wire (compressed as the production nginx setup sends them; without nginx, as stored).
 */
export async function searchQueryBytes(dist: string, query: string): Promise<{ bytes: number; requests: number }> {
  const port = await freePort();
  let stop: () => Promise<void>;
  let base: string;
  if (existsSync(NGINX_BIN)) {
    const nginx = await startNginx({ siteRoot: dist, cmsUpstream: `127.0.0.1:${await freePort()}`, port });
    [base, stop] = [nginx.url, () => nginx.stop()];
  } else {
    const serve = sirv(dist, { dev: false });
    const server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 404;
        res.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    [base, stop] = [`http://127.0.0.1:${port}`, async () => void server.close()];
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      );
    });
    await page.goto(`${base}/lt/paieska/`);
    await page.locator('astro-island:not([ssr])').waitFor(); // the island has hydrated
    await page.getByLabel('Paieškos žodžiai').fill(query);
    await page.getByRole('button', { name: 'Ieškoti' }).click();
    // Done when the status shows a result count or "nothing found" (not empty, not "searching…").
    await page.waitForFunction(
      () => {
        const text =
          (
            globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }
          ).document.querySelector('[data-testid="search-status"]')?.textContent ?? '';
        return text !== '' && !text.includes('…');
      },
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
  } finally {
    await browser.close();
    await stop();
  }
}
