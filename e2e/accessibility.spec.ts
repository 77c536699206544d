import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadSiteTemplates } from '@mip/site/preview';
import { pageViews } from '../site/src/lib/page-views.ts';
import { news, twoLanguageSite } from '../site/test/fixtures.ts';
import { firstOwnEntry, LOCALES, SECTIONS } from './helpers.ts';
import { nuCheck, validator } from './html-checks.ts';

// One page of every template in both languages: axe (WCAG 2.2 A/AA rules), html-validate and the
// W3C Nu HTML Checker (html-checks.ts).

async function templates(locale: 'lt' | 'en', page: import('@playwright/test').Page) {
  const seg = (key: string) => SECTIONS.find((s) => s.key === key)![locale];
  const paths = [
    `/${locale}/`,
    `/${locale}/${seg('funding')}/`,
    `/${locale}/${seg('funding')}/${locale === 'lt' ? 'busena/atviras' : 'status/open'}/`,
    `/${locale}/${locale === 'lt' ? 'sritys' : 'areas'}/`,
    `/${locale}/${locale === 'lt' ? 'paieska' : 'search'}/`,
    `/${locale}/${locale === 'lt' ? 'atviri-duomenys' : 'open-data'}/`,
    `/${locale}/${locale === 'lt' ? 'apie-platforma' : 'about-the-platform'}/`,
    `/${locale}/${locale === 'lt' ? 'pateikti-praktika' : 'submit-practice'}/`,
    `/${locale}/${locale === 'lt' ? 'partneriu-paieska/nauja' : 'partner-search/new'}/`,
    // The coverage matrix (summary and detailed), a list behind it and the follow-up actions.
    `/${locale}/${locale === 'lt' ? 'prioritetai/apreptis' : 'priorities/coverage'}/`,
    `/${locale}/${locale === 'lt' ? 'prioritetai/apreptis/issamiai' : 'priorities/coverage/detailed'}/`,
    `/${locale}/${locale === 'lt' ? 'prioritetai/apreptis/nesusieta' : 'priorities/coverage/unlinked'}/`,
    `/${locale}/${locale === 'lt' ? 'renginiai/tolesni-veiksmai' : 'seminars/follow-up'}/`,
    // A past seminar with its public list of participants.
    `/${locale}/${locale === 'lt' ? 'renginiai/integracijos-forumas-rudens-sesija' : 'seminars/integration-forum-autumn-session'}/`,
    // What a form posted without JavaScript leads to.
    `/${locale}/${locale === 'lt' ? 'pranesimai/patikrinkite-pasta' : 'notices/check-your-email'}/`,
    // The bilingual "not found" page (Lithuanian, with an English part).
    ...(locale === 'lt' ? ['/404.html'] : []),
  ];
  // One detail page per section, and a taxonomy term page.
  for (const section of SECTIONS) {
    await page.goto(`/${locale}/${section[locale]}/`);
    paths.push((await firstOwnEntry(page)).href);
  }
  await page.goto(`/${locale}/${locale === 'lt' ? 'renginiai/tolesni-veiksmai' : 'seminars/follow-up'}/`);
  paths.push((await page.getByTestId('follow-up-years').locator('a').first().getAttribute('href'))!);
  await page.goto(paths[3]);
  paths.push((await page.getByTestId('terms').locator('a').first().getAttribute('href'))!);
  return paths;
}

/**
 * axe on the page the browser shows, html-validate on `served` (the page as the server sends it)
 * and the heading order; returns the page for the Nu checker, which runs once over a batch.
 */
async function checkPage(page: import('@playwright/test').Page, path: string, served: string) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
  // Astro writes its islands' one-line style (`astro-island{display:contents}`) beside the first
  // island in the body, where the HTML standard does not list <style>; browsers accept it and it
  // is not our markup, so it is left out of the validation.
  const html = served.replace(/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g, '');
  const report = await validator.validateString(html);
  expect(report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.ruleId} ${m.message}`))).toEqual([]);
  // Headings start at h1 and never skip a level.
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0], path).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]!, `${path} heading order`).toBeLessThanOrEqual(1);
  });
  return { path, html };
}

for (const locale of LOCALES) {
  test(`every template passes axe and the HTML validators (${locale})`, async ({ page }) => {
    // About two minutes on a CI machine now, and every section adds its templates: room to grow.
    test.setTimeout(360_000);
    const checked: { path: string; html: string }[] = [];
    for (const path of await templates(locale, page)) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
      // "Get email alerts" is folded: opened, its form is checked too.
      await page.locator('details.follow').evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
      checked.push(await checkPage(page, path, await (await fetch(new URL(path, page.url()))).text()));
    }
    expect(nuCheck(checked)).toEqual([]);
  });
}

test('keyboard: the skip link comes first and moves focus to the content; focus is visible', async ({ page }) => {
  await page.goto('/lt/naujienos/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Pereiti prie turinio' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('the page prints without navigation and is usable on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/funding/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByTestId('filters')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// The demo's lists are short (a dozen entries each): a long list's pages, its front page with the
// newest entries and the archive pages numbered from the end (site-pages.ts), come from the site's
// own templates through the preview renderer (the one component every page is rendered with),
// for a list of 85 news items in each language.
test('a long list: its front page and archive pages pass axe and the HTML validators in both languages', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const month = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const items = (locale: 'lt' | 'en') => Array.from({ length: 85 }, (_, i) => news(locale, `long-${i}`, month(i)));
  const site = twoLanguageSite({ lt: { newsItems: items('lt') }, en: { newsItems: items('en') } });
  const lists = pageViews(site).filter(
    (view) => view.page.kind === 'listing' && view.page.section === 'news' && !view.page.facet,
  );
  // A front page (25 entries: 5 not yet in a full archive page, and the newest full page) and three archive pages, per language.
  expect(lists.map((view) => view.page.path)).toEqual([
    ...['naujienos/', 'naujienos/puslapis/3/', 'naujienos/puslapis/2/', 'naujienos/puslapis/1/'],
    ...['news/', 'news/page/3/', 'news/page/2/', 'news/page/1/'],
  ]);
  const templates = await loadSiteTemplates();
  try {
    const checked: { path: string; html: string }[] = [];
    for (const view of lists) {
      const path = `/${view.page.locale}/${view.page.path}`;
      const html = await templates.renderPage(
        view,
        { lang: view.page.locale, adminOrigins: [], nonce: 'e2e' },
        'https://mip.example/',
      );
      await page.setContent(html);
      await expect(
        page.getByRole('navigation', { name: view.page.locale === 'lt' ? 'Puslapiai' : 'Pages' }),
      ).toBeVisible();
      checked.push(await checkPage(page, path, html));
    }
    expect(nuCheck(checked)).toEqual([]);
  } finally {
    await templates.close();
  }
});
