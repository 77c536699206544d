import { expect, test } from '@playwright/test';
import { filterOption, frontPageLength } from './helpers.ts';

// Filters are plain links to pre-rendered pages: they must work with JavaScript off.
test.use({ javaScriptEnabled: false });

test('funding calls filter by status at a stable URL, with counts that match the list', async ({ page }) => {
  await page.goto('/lt/finansavimas/');
  const option = page.locator('[data-facet="status"] a[data-value="closing_soon"]');
  const expected = Number((await option.locator('.count').textContent())!.replace(/\D/g, ''));
  await option.click();
  await expect(page).toHaveURL(/\/lt\/finansavimas\/busena\/netrukus-baigiasi\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finansavimas: Netrukus baigiasi');
  await expect(page.locator('[data-facet="status"] a[aria-current="page"]')).toHaveAttribute(
    'data-value',
    'closing_soon',
  );
  const cards = page.locator('[data-testid="entry-list"] > li');
  await expect(cards).toHaveCount(expected);
  for (const badge of await cards.locator('.badge').allTextContents()) expect(badge).toBe('Netrukus baigiasi');
  // The English version of the same filter exists and is linked as its translation.
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', /\/en\/funding\/status\/closing-soon\/$/);
});

test('seminars split into upcoming and past; partner requests into open and closed', async ({ page }) => {
  await page.goto('/en/seminars/status/upcoming/');
  const upcoming = Number(await page.getByTestId('result-count').getAttribute('data-total'));
  await page.goto('/en/seminars/status/past/');
  const past = Number(await page.getByTestId('result-count').getAttribute('data-total'));
  await page.goto('/en/seminars/');
  expect(upcoming).toBeGreaterThan(0);
  expect(past).toBeGreaterThan(0);
  expect(upcoming + past).toBe(Number(await page.getByTestId('result-count').getAttribute('data-total')));

  await page.goto('/lt/partneriu-paieska/');
  await page.locator('[data-facet="status"] a[data-value="open"]').click();
  await expect(page).toHaveURL(/\/lt\/partneriu-paieska\/busena\/aktualios\/$/);
  await expect(page.locator('[data-testid="entry-list"] > li').first()).toBeVisible();
});

test('every facet of a listing leads to a filtered page whose entries carry that value', async ({ page }) => {
  await page.goto('/lt/naujienos/');
  for (const facet of ['area', 'group', 'municipality', 'orgType', 'year', 'kind']) {
    await page.goto('/lt/naujienos/');
    const option = await filterOption(page, facet);
    const label = (await option.textContent())!.replace(/\(\d+\)/, '').trim();
    const count = Number((await option.locator('.count').textContent())!.replace(/\D/g, ''));
    await option.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Naujienos: ${label}`);
    await expect(page.locator('[data-testid="entry-list"] > li')).toHaveCount(frontPageLength(count));
  }
  // A year filter only keeps entries of that year.
  await page.goto('/lt/naujienos/');
  const yearOption = await filterOption(page, 'year');
  const year = (await yearOption.getAttribute('data-value'))!;
  await yearOption.click();
  for (const time of await page
    .locator('.entry-meta time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))) {
    expect(time!.startsWith(year)).toBe(true);
  }
});

test('the closing-soon view is one click from the home page', async ({ page }) => {
  await page.goto('/en/');
  await page
    .getByTestId('home-closingSoon')
    .getByRole('link', { name: /All entries/ })
    .click();
  await expect(page).toHaveURL(/\/en\/funding\/status\/closing-soon\/$/);
});
