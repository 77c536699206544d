import { expect, test, type Locator, type Page } from '@playwright/test';
import { executableScripts } from './helpers.ts';

// The coverage matrix, partner matching and follow-up pages on the site built from the demo
// content, read the way people read them: with JavaScript off, following links.
test.use({ javaScriptEnabled: false });

const matrix = (page: Page) => page.getByTestId('coverage');
const row = (page: Page, code: string) => matrix(page).locator(`tbody tr[data-priority="${code}"]`);
const cellOf = (rowLocator: Locator, area: string) => rowLocator.locator(`td[data-area="${area}"]`);
const countIn = async (cell: Locator) => Number(await cell.getAttribute('data-count'));

test('the matrix shows the seeded priorities against the areas, with a gap and the unlinked work', async ({ page }) => {
  await page.goto('/en/priorities/coverage/');
  expect(await executableScripts(page)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priority coverage');
  // A table for screen readers: a caption, column headers for the areas, a row header per priority.
  await expect(matrix(page).locator('caption')).toContainText('Priorities (rows) and integration areas (columns)');
  await expect(matrix(page).getByRole('columnheader', { name: 'Housing' })).toBeVisible();
  await expect(matrix(page).locator('tbody th[scope="row"]')).toHaveText([
    /^1 Language and education/,
    /^2 Employment/,
    /^3 Integration services/,
    /^4 Equal opportunities/,
    /^5 Data, monitoring/,
  ]);

  // Priority 1 is about language: its cell there counts what is linked to it and its sub-priorities.
  const language = cellOf(row(page, '1'), 'language-learning');
  expect(await countIn(language)).toBeGreaterThanOrEqual(5);

  // The demo's gap: priority 4 names housing, and nothing in housing is linked to it.
  const housing = cellOf(row(page, '4'), 'housing');
  await expect(housing).toHaveAttribute('data-gap', '');
  await expect(housing).toHaveText(/0\s*\(Gap\)/);
  await expect(page.getByTestId('gaps').locator('li[data-priority="4"]')).toContainText('Housing');

  // Work linked to no priority is counted and listed on its own.
  const unlinked = Number(await page.getByTestId('unlinked-row').locator('.cell-total').getAttribute('data-total'));
  expect(unlinked).toBeGreaterThan(0);
  await page.getByTestId('unlinked').getByRole('link', { name: 'See the list' }).click();
  await expect(page).toHaveURL(/\/en\/priorities\/coverage\/unlinked\/$/);
  await expect(page.locator('main')).toContainText('Advice on residence permits');
});

test('each count links to the list behind it, with exactly that many entries, in every kind of view', async ({
  page,
}) => {
  for (const [view, code, list] of [
    [
      '/en/priorities/coverage/detailed/',
      '1.1',
      /\/en\/priorities\/coverage\/priority\/free-lithuanian-courses[^/]*\/#area-language-learning$/,
    ],
    [
      '/en/priorities/coverage/municipality/vilnius-city-municipality/',
      '1',
      /\/priority\/language-and-education\/municipality\/vilnius-city-municipality\/#area-language-learning$/,
    ],
    [
      '/en/priorities/coverage/level/national/',
      '1',
      /\/priority\/language-and-education\/level\/national\/#area-language-learning$/,
    ],
  ] as const) {
    await page.goto(view);
    const cell = cellOf(row(page, code), 'language-learning');
    const expected = await countIn(cell);
    expect(expected, view).toBeGreaterThan(0);
    await cell.getByRole('link').click();
    await expect(page).toHaveURL(list);
    await expect(page.locator('#area-language-learning ul.plain-list > li'), view).toHaveCount(expected);
  }
});

test('the filters have stable URLs without JavaScript and change the counts', async ({ page }) => {
  await page.goto('/lt/prioritetai/apreptis/');
  const everywhere = await countIn(cellOf(row(page, '1'), 'kalbos-mokymasis'));

  await page.getByTestId('coverage-filters').locator('summary', { hasText: 'Savivaldybė' }).click();
  await page.getByTestId('coverage-filters').getByRole('link', { name: 'Vilniaus miesto savivaldybė' }).click();
  await expect(page).toHaveURL(/\/lt\/prioritetai\/apreptis\/savivaldybe\/vilniaus-miesto-savivaldybe\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prioritetų aprėptis: Vilniaus miesto savivaldybė');
  const inVilnius = await countIn(cellOf(row(page, '1'), 'kalbos-mokymasis'));
  expect(inVilnius).toBeLessThan(everywhere);

  await page.goto('/lt/prioritetai/apreptis/');
  await page.getByTestId('coverage-filters').getByRole('link', { name: 'ES' }).click();
  await expect(page).toHaveURL(/\/lt\/prioritetai\/apreptis\/lygmuo\/eu\/$/);
  // Only the EU-level sub-priority remains, as a row of its own.
  await expect(matrix(page).locator('tbody tr')).toHaveCount(1);
  await expect(matrix(page).locator('tbody th[scope="row"]')).toHaveText(/^5\.2 /);

  await page.getByTestId('coverage-filters').getByRole('link', { name: '2021–2027' }).click();
  await expect(page).toHaveURL(/\/lt\/prioritetai\/apreptis\/laikotarpis\/2021-2027\/$/);
  await page.getByTestId('view-toggle').click();
  await expect(page).toHaveURL(/\/lt\/prioritetai\/apreptis\/laikotarpis\/2021-2027\/issamiai\/$/);
  await expect(matrix(page).locator('tbody tr.depth-1').first()).toBeVisible();
});

test('the matrix is readable on a phone: the table scrolls, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/priorities/coverage/');
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
  const region = page.getByRole('region', { name: /Priorities \(rows\)/ });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('the matrix data is published as JSON and CSV', async ({ request }) => {
  const json = (await (await request.get('/data/en/coverage.json')).json()) as Record<string, unknown>[];
  const gap = json.find((r) => r.priorityCode === '4' && r.areaSlug === 'housing');
  expect(gap).toMatchObject({ gap: true, total: 0, priorityCoversArea: true });
  const csv = await (await request.get('/data/lt/coverage.csv')).text();
  expect(csv.split('\r\n')[0]).toContain('priorityCode,priority,parentCode,level');
});

test('a funding call lists the open requests for it and suggests partners with reasons', async ({ page }) => {
  await page.goto('/en/funding/preventing-hate-crime-and-discrimination/');
  await expect(page.getByTestId('call-requests')).toContainText('Anti-discrimination project in schools');
  const matches = page.getByTestId('matches');
  await expect(matches.getByRole('heading')).toHaveText('Possible partners');
  const first = matches.locator('ol > li').first();
  await expect(first.locator('.reasons')).toContainText('Same areas:');
  await expect(first.locator('.reasons')).toContainText('Eligible type:');
});

test('a priority page shows what is done for it and the follow-up actions serving it', async ({ page }) => {
  await page.goto('/en/priorities/free-lithuanian-courses-up-to-b1-for-all-newcomers/');
  await expect(page.getByTestId('facts')).toContainText('Responsible institutions');
  await expect(page.getByTestId('priority-coverage')).toContainText('Organisations’ services');
  await expect(page.getByTestId('priority-follow-ups')).toContainText(
    'Prepare a shared calendar of Lithuanian courses',
  );
  await expect(page.getByTestId('related')).toContainText('Good practices');
});

test('the seminars’ follow-up actions are listed by year with status and priority', async ({ page }) => {
  await page.goto('/en/seminars/');
  await page.getByRole('link', { name: 'Seminar follow-up actions' }).click();
  await page.getByTestId('follow-up-years').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/seminars\/follow-up\/\d{4}\/$/);
  const table = page.getByTestId('follow-up');
  const action = table.locator('tr', { hasText: 'Publish residence permit data by municipality every year' });
  await expect(action.locator('td[data-status]')).toHaveText('Done');
  await expect(action.getByRole('link', { name: /^5\.1 / })).toBeVisible();
});
