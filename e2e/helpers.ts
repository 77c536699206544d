import type { Page } from '@playwright/test';
import { archiveCount, LISTING_PAGE_SIZE } from '../site/src/lib/site-pages.ts';

export const LOCALES = ['lt', 'en'] as const;

export const SECTIONS = [
  { key: 'news', lt: 'naujienos', en: 'news', ltTitle: 'Naujienos', enTitle: 'News', schema: ['NewsArticle'] },
  {
    key: 'goodPractices',
    lt: 'geroji-praktika',
    en: 'good-practices',
    ltTitle: 'Geroji praktika',
    enTitle: 'Good practices',
    schema: ['CreativeWork'],
  },
  {
    key: 'research',
    lt: 'tyrimai',
    en: 'research',
    ltTitle: 'Tyrimai',
    enTitle: 'Research',
    schema: ['ScholarlyArticle', 'Report', 'Dataset', 'Thesis'],
  },
  {
    key: 'funding',
    lt: 'finansavimas',
    en: 'funding',
    ltTitle: 'Finansavimas',
    enTitle: 'Funding',
    schema: ['MonetaryGrant'],
  },
  { key: 'seminars', lt: 'renginiai', en: 'seminars', ltTitle: 'Renginiai', enTitle: 'Seminars', schema: ['Event'] },
  {
    key: 'organisations',
    lt: 'organizacijos',
    en: 'organisations',
    ltTitle: 'Organizacijos',
    enTitle: 'Organisations',
    schema: ['Organization'],
  },
  {
    key: 'partnerSearch',
    lt: 'partneriu-paieska',
    en: 'partner-search',
    ltTitle: 'Partnerių paieška',
    enTitle: 'Partner search',
    schema: ['Demand'],
  },
  {
    key: 'priorities',
    lt: 'prioritetai',
    en: 'priorities',
    ltTitle: 'Politikos prioritetai',
    enTitle: 'Policy priorities',
    schema: ['CreativeWork'],
  },
] as const;

/** Parsed schema.org JSON-LD blocks of the page. */
export async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text));
}

/** Scripts that would run in the browser (JSON-LD data blocks do not count). */
export async function executableScripts(page: Page): Promise<number> {
  return page.locator('script:not([type="application/ld+json"])').count();
}

/**
 * How many entries a list's front page shows when the list has `total`: all of a short list; of a
 * long one, the entries not yet in a full archive page and the newest full page (site-pages.ts).
 */
export const frontPageLength = (total: number) => total - archiveCount(total) * LISTING_PAGE_SIZE;

/** Href of the first listed entry written in the page's own language. */
export async function firstOwnEntry(page: Page) {
  const card = page
    .locator('[data-testid="entry-list"] > li')
    .filter({ hasNot: page.getByTestId('lt-only') })
    .first();
  const link = card.locator('.entry-title a');
  return { href: (await link.getAttribute('href'))!, title: (await link.textContent())!.trim() };
}

/** A listing filter option, after opening its group the way a reader would. */
export async function filterOption(page: Page, facet: string, nth = 0) {
  const group = page
    .getByTestId('filters')
    .locator('details')
    .filter({ has: page.locator(`[data-facet="${facet}"]`) });
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  return group.locator(`[data-facet="${facet}"] a`).nth(nth);
}

/**
 * A slow connection: the named island's code (`/_astro/<component>.<hash>.js`) arrives only when
 * the returned function is called, so a test can type into the server-rendered form first.
 */
export async function holdIslandCode(page: Page, component: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
