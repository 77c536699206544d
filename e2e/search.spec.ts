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
