import { expect, test } from '@playwright/test';

test('the language switcher goes to the same entry in the other language, with hreflang to match', async ({ page }) => {
  await page.goto('/lt/naujienos/');
  const first = page.locator('[data-testid="entry-list"] .entry-title a').first();
  await first.click();
  const ltUrl = page.url();
  const enHref = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
  expect(enHref).toMatch(/\/en\/news\/[a-z0-9-]+\/$/);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(enHref!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="lt"]')).toHaveAttribute('href', ltUrl);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(ltUrl);
});

test('an entry without English appears in /en/ lists marked Lithuanian only, and links to its Lithuanian page', async ({
  page,
}) => {
  await page.goto('/en/news/');
  const card = page.locator('[data-testid="entry-list"] > li').filter({ has: page.getByTestId('lt-only') });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('lt-only')).toHaveText('Lithuanian only');
  const link = card.locator('.entry-title a');
  await expect(link).toHaveAttribute('lang', 'lt');
  await link.click();
  await expect(page).toHaveURL(/\/lt\/naujienos\/[a-z0-9-]+\/$/);
  // No English version: no hreflang alternates, and the switcher goes to the English home page.
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.getByTestId('language-switch')).toHaveAttribute('href', '/en/');
});

test('dates and numbers follow the language', async ({ page }) => {
  await page.goto('/lt/naujienos/');
  await expect(page.locator('.entry-meta time').first()).toHaveText(/^\d{4} m\. [a-ząčęėįšųūž]+ \d{1,2} d\.$/);
  await page.goto('/en/news/');
  await expect(page.locator('.entry-meta time').first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});

test('organisations are sorted by the Lithuanian alphabet', async ({ page }) => {
  await page.goto('/lt/organizacijos/');
  const names = (await page.locator('[data-testid="entry-list"] .entry-title a').allTextContents()).map((n) =>
    n.trim(),
  );
  const sorted = [...names].sort(new Intl.Collator('lt', { sensitivity: 'base', numeric: true }).compare);
  expect(names).toEqual(sorted);
});
