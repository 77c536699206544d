import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { filterOption, LOCALES, SECTIONS } from './helpers.ts';

const xml = new XMLParser({ ignoreAttributes: false });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

for (const locale of LOCALES) {
  test(`RSS feeds of every section parse (${locale})`, async ({ request }) => {
    for (const section of SECTIONS) {
      const response = await request.get(`/${locale}/${section[locale]}/rss.xml`);
      expect(response.ok()).toBe(true);
      const text = await response.text();
      expect(XMLValidator.validate(text)).toBe(true);
      const channel = xml.parse(text).rss.channel;
      expect(channel.language).toBe(locale);
      const items = asArray(channel.item);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(new URL(item.link).pathname).toMatch(/^\/(lt|en)\//);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    }
  });

  test(`iCalendar feeds of deadlines and seminars parse, also per integration area (${locale})`, async ({
    request,
    page,
  }) => {
    for (const section of SECTIONS.filter((s) => s.key === 'funding' || s.key === 'seminars')) {
      const all = await request.get(`/${locale}/${section[locale]}/calendar.ics`);
      expect(all.headers()['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await all.text()));
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.summary).toBeTruthy();
        expect(event.uid).toBeTruthy();
        expect(event.startDate.toJSDate().getTime()).toBeLessThanOrEqual(event.endDate.toJSDate().getTime());
      }

      // The area calendar is linked from the area's filtered listing and holds a subset.
      await page.goto(`/${locale}/${section[locale]}/`);
      await (await filterOption(page, 'area')).click();
      const areaCalendar = page.locator('.feeds a[type="text/calendar"]').last();
      const href = (await areaCalendar.getAttribute('href'))!;
      expect(href).toMatch(/\/calendar\.ics$/);
      const listed = Number(await page.getByTestId('result-count').getAttribute('data-total'));
      const area = new ICAL.Component(ICAL.parse(await (await request.get(href)).text()));
      expect(area.getAllSubcomponents('vevent')).toHaveLength(listed);
      expect(listed).toBeLessThanOrEqual(events.length);
    }
  });
}

test('the sitemap lists every language version with hreflang only to translations that exist', async ({ request }) => {
  const text = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(text)).toBe(true);
  const urls = asArray(xml.parse(text).urlset.url) as { loc: string; 'xhtml:link'?: unknown }[];
  const locs = urls.map((u) => new URL(u.loc).pathname);
  expect(locs).toContain('/lt/');
  expect(locs).toContain('/en/news/');
  // The Lithuanian-only news item is in the sitemap without alternates.
  const ltOnly = urls.filter(
    (u) => u.loc.includes('/lt/naujienos/') && !u['xhtml:link'] && !u.loc.endsWith('/naujienos/'),
  );
  expect(ltOnly.length).toBeGreaterThan(0);
  const translated = urls.find((u) => u.loc.endsWith('/en/news/'))!;
  const links = asArray(translated['xhtml:link'] as { '@_hreflang': string; '@_href': string }[]);
  expect(links.map((l) => l['@_hreflang']).sort()).toEqual(['en', 'lt']);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
});

test('open data: every collection as JSON and CSV per language, listed on the open-data page', async ({
  page,
  request,
}) => {
  for (const [path, title] of [
    ['/lt/atviri-duomenys/', 'Atviri duomenys'],
    ['/en/open-data/', 'Open data'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const rows = page.getByTestId('open-data').locator('tbody tr');
    expect(await rows.count()).toBe(SECTIONS.length + 3 + 1); // the sections, 3 taxonomies and the coverage matrix
    for (const row of await rows.all()) {
      const count = Number((await row.locator('td').first().textContent())!.replace(/\D/g, ''));
      const [jsonHref, csvHref] = await row
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const json = await (await request.get(jsonHref)).json();
      expect(json).toHaveLength(count);
      const csv = await (await request.get(csvHref)).text();
      expect(csv.startsWith('\uFEFF')).toBe(true);
      // Header plus one record per entry (quoted fields may hold line breaks, so count records by URL).
      expect(csv.match(/http:\/\/127\.0\.0\.1:\d+\/(lt|en)\//g)!.length).toBe(count);
    }
  }
  const news = await (await request.get('/data/lt/news.json')).json();
  expect(news[0]).toMatchObject({
    documentId: expect.any(String),
    title: expect.any(String),
    url: expect.stringContaining('/lt/naujienos/'),
  });
  // Private fields never reach the build.
  const all = JSON.stringify(await (await request.get('/data/lt/good-practices.json')).json());
  expect(all).not.toMatch(/submitterEmail|moderationStatus|contactEmail/);
});
