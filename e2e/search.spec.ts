import { expect, test } from '@playwright/test';
import { holdIslandCode } from './helpers.ts';

test('Lithuanian search finds a seeded entry, in a Lithuanian interface, and filters by section', async ({ page }) => {
  await page.goto('/lt/paieska/');
  await expect(page.getByLabel('Paieškos žodžiai')).toBeVisible();
  await page.getByLabel('Paieškos žodžiai').fill('pažangos ataskaita');
  await page.getByRole('button', { name: 'Ieškoti' }).click();
  await expect(page.getByTestId('search-status')).toHaveText(/Rasta rezultatų: \d+/);
  await expect(
    page
      .getByTestId('search-results')
      .getByRole('link', { name: 'Paskelbta integracijos veiksmų plano pažangos ataskaita' }),
  ).toBeVisible();
  // The query is in the URL, so the search can be shared.
  await expect(page).toHaveURL(/\?q=pa%C5%BEangos/);

  await page.getByLabel('Skyrius').selectOption('Renginiai');
  await page.getByRole('button', { name: 'Ieškoti' }).click();
  await expect(page.getByTestId('search-status')).not.toHaveText('Ieškoma…');
  for (const badge of await page.getByTestId('search-results').locator('.badge').allTextContents())
    expect(badge).toBe('Renginiai');
});

test('words typed before the search island is ready are kept, and searched when asked', async ({ page }) => {
  const release = await holdIslandCode(page, 'Search');
  await page.goto('/lt/paieska/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Paieškos žodžiai').fill('pažangos ataskaita');
  release();
  await page.locator('astro-island:not([ssr])').waitFor(); // hydrated
  await expect(page.getByTestId('search-status')).toHaveText('');
  await page.getByRole('button', { name: 'Ieškoti' }).click();
  await expect(page.getByTestId('search-status')).toHaveText(/Rasta rezultatų: \d+/);
  await expect(page.getByLabel('Paieškos žodžiai')).toHaveValue('pažangos ataskaita');
});

test('English search searches English pages only', async ({ page }) => {
  await page.goto('/en/search/?q=language');
  await expect(page.getByTestId('search-status')).toHaveText(/Results: \d+/);
  const hrefs = await page
    .getByTestId('search-results')
    .locator('h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
});

test('one search runs over the news index and the language index together, and each result links to its page', async ({
  page,
}) => {
  // The news and the other sections are in two indexes (site/search-index.mjs), merged in the page.
  const count = async (url: string) => {
    await page.goto(url);
    const status = page.getByTestId('search-status');
    await expect(status).toHaveText(/Rasta rezultatų: \d+/);
    return Number(/\d+/.exec((await status.textContent()) ?? '')![0]);
  };
  const all = await count('/lt/paieska/?q=integracijos');
  const href = await page.getByTestId('search-results').locator('h2 a').first().getAttribute('href');
  expect((await page.request.get(href!)).status()).toBe(200);
  const news = await count('/lt/paieska/?q=integracijos&section=Naujienos');
  expect(news).toBeGreaterThan(0);
  expect(all).toBeGreaterThan(news);
});

test('a release without a list of indexes (live with an older version of the index) finds nothing, and says so', async ({
  page,
}) => {
  await page.route('**/pagefind/indexes.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/en/search/?q=language');
  await expect(page.getByTestId('search-status')).toHaveText('No results.');
});
