import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile, rssItems } from '../src/lib/feeds.ts';
import { openDataRows, toCsv } from '../src/lib/open-data.ts';
import { facetOptions, LISTING_PAGE_SIZE, listingPath, listNavigation, type SitePage } from '../src/lib/site-pages.ts';
import { contactFields, partnerRequestFields, practiceFields } from '../src/lib/forms.ts';
import { pageCacheKeys } from '../src/lib/page-keys.ts';
import { pageViews } from '../src/lib/page-views.ts';
import type { FormField } from '../src/components/submission/model.ts';
import { call, days, news, org, seminar, SITE, twoLanguageSite } from './fixtures.ts';

// The site model from small hand-made CMS results: derived statuses, Lithuanian-only entries in
// English lists, filters, pagination, reverse links, translations and the feeds built from them.

describe('derived statuses', () => {
  it('derives the call status from its dates at build time and lists closing-soon calls first', () => {
    const site = twoLanguageSite({
      lt: {
        fundingCalls: [
          call('lt', 'c-closed', days(-60), days(-1)),
          call('lt', 'c-open', days(-10), days(40)),
          call('lt', 'c-soon', days(-10), days(5)),
          call('lt', 'c-future', days(3), days(60)),
        ],
      },
    });
    const calls = site.catalogs.lt.sections.funding;
    expect(calls.map((c) => [c.documentId, c.facets.status?.[0].key])).toEqual([
      ['c-soon', 'closing_soon'],
      ['c-open', 'open'],
      ['c-future', 'forthcoming'],
      ['c-closed', 'closed'],
    ]);
    expect(calls[0].badges).toEqual(['Netrukus baigiasi']);
    // The deadline is shown in Lithuanian time.
    expect(calls[0].date?.text).toMatch(/\d{2}:\d{2}.*(EET|GMT\+2)/);
  });

  it('splits seminars into upcoming (soonest first) and past (latest first)', () => {
    const site = twoLanguageSite({
      lt: {
        seminars: [
          seminar('lt', 's-past-old', days(-30)),
          seminar('lt', 's-later', days(20)),
          seminar('lt', 's-past', days(-2)),
          seminar('lt', 's-soon', days(2)),
        ],
      },
    });
    const list = site.catalogs.lt.sections.seminars;
    expect(list.map((s) => [s.documentId, s.facets.status?.[0].key])).toEqual([
      ['s-soon', 'upcoming'],
      ['s-later', 'upcoming'],
      ['s-past', 'past'],
      ['s-past-old', 'past'],
    ]);
  });
});

describe('languages', () => {
  const site = twoLanguageSite({
    lt: { newsItems: [news('lt', 'n1', '2026-11-20'), news('lt', 'n2', '2026-11-21', 'Tik lietuviškai')] },
    en: { newsItems: [news('en', 'n1', '2026-11-20')] },
  });

  it('lists Lithuanian-only entries in English lists, marked, with English term names', () => {
    const [first, second] = site.catalogs.en.sections.news;
    expect(first).toMatchObject({ documentId: 'n2', locale: 'lt', title: 'Tik lietuviškai' });
    expect(first.facets.area).toEqual([{ key: 'area-1', slug: 'work', label: 'Work' }]);
    expect(second).toMatchObject({ documentId: 'n1', locale: 'en' });
    expect(site.catalogs.en.resolve({ section: 'news', documentId: 'n2' })).toEqual({
      title: 'Tik lietuviškai',
      href: '/lt/naujienos/lt-n2/',
      lang: 'lt',
    });
  });

  it('pairs each page with its translation only where one exists', () => {
    const detail = (locale: 'lt' | 'en', id: string) =>
      site.pages[locale].find((p) => p.kind === 'detail' && p.entry.documentId === id)!;
    expect(site.alternates(detail('lt', 'n1'))).toEqual([{ locale: 'en', path: '/en/news/en-n1/' }]);
    expect(site.alternates(detail('lt', 'n2'))).toEqual([]);
    expect(site.pages.en.some((p) => p.kind === 'detail' && p.entry.documentId === 'n2')).toBe(false);
    const listing = site.pages.lt.find((p) => p.path === 'naujienos/sritis/darbas/')!;
    expect(site.alternates(listing)).toEqual([{ locale: 'en', path: '/en/news/area/work/' }]);
  });

  it('builds no page twice: a CMS page slug that clashes with a section stops the build', () => {
    const clash = {
      documentId: 'p1',
      key: 'about',
      title: 'Naujienos',
      slug: 'naujienos',
      summary: null,
      body: '',
      updatedAt: null,
      localizations: [],
    };
    expect(() => twoLanguageSite({ lt: { pages: [clash] } })).toThrow(/Two pages would be built at \/lt\/naujienos\//);
  });
});

describe('listings', () => {
  const many = Array.from({ length: 45 }, (_, i) =>
    news('lt', `n${i}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-01`),
  );
  const site = twoLanguageSite({ lt: { newsItems: many } });

  const newsPages = (s: typeof site) =>
    s.pages.lt.filter(
      (p): p is SitePage & { kind: 'listing' } => p.kind === 'listing' && p.section === 'news' && !p.facet,
    );

  it('keeps the newest entries on the front page and numbers archive pages from the end of the list', () => {
    const pages = newsPages(site);
    expect(pages.map((p) => [p.path, p.entries.length])).toEqual([
      ['naujienos/', 25],
      ['naujienos/puslapis/1/', 20],
    ]);
    const all = site.catalogs.lt.sections.news;
    expect(pages[0].entries).toEqual(all.slice(0, 25));
    expect(pages[1].entries).toEqual(all.slice(25));
    expect(pages[0]).toMatchObject({ front: true, total: 45, archives: 1 });
    expect(pages[1]).toMatchObject({ front: false, pageNumber: 1, first: 1, last: 20 });
  });

  it('leaves every archive page as it was when entries are added at the top', () => {
    // One a day, all in one year (a new year would be a new filter value on every page).
    const dated = (i: number) => news('lt', `m${i}`, new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const list = (n: number) => twoLanguageSite({ lt: { newsItems: Array.from({ length: n }, (_, i) => dated(i)) } });
    const before = newsPages(list(130));
    // Six archive pages (20 each, from the oldest), the front page the remaining 10 and the newest full page.
    expect(before.map((p) => p.entries.length)).toEqual([30, 20, 20, 20, 20, 20]);
    for (const added of [1, 9, 10, 25]) {
      const after = newsPages(list(130 + added));
      const archive = (pages: typeof before) => new Map(pages.filter((p) => !p.front).map((p) => [p.path, p]));
      const [old, now] = [archive(before), archive(after)];
      for (const [path, page] of old) {
        const next = now.get(path)!;
        expect(
          next.entries.map((e) => e.documentId),
          `${path} after ${added} more`,
        ).toEqual(page.entries.map((e) => e.documentId));
        // Only the newest archive pages' links may change (they link up to their newer neighbours).
        if (page.pageNumber <= old.size - 3) expect(next.pages, `${path} after ${added} more`).toEqual(page.pages);
        expect(next.facetOptions).toEqual(page.facetOptions);
      }
      // Nothing is lost or shown twice: the pages, newest first, hold the list once, in its order.
      const ids = after.flatMap((p) => p.entries.map((e) => e.documentId));
      expect(ids).toEqual(
        site.catalogs.lt.sections.news.length
          ? list(130 + added).catalogs.lt.sections.news.map((e) => e.documentId)
          : [],
      );
      expect(new Set(ids).size).toBe(130 + added);
    }
  });

  it("holds a short list on one page, and one to two pages of entries on a long list's front page", () => {
    for (const [n, front, archives] of [
      [0, 0, 0],
      [19, 19, 0],
      [39, 39, 0],
      [40, 20, 1],
      [59, 39, 1],
      [60, 20, 2],
    ]) {
      const pages = newsPages(
        twoLanguageSite({ lt: { newsItems: Array.from({ length: n }, (_, i) => news('lt', `k${i}`, '2026-01-01')) } }),
      );
      expect(
        pages.map((p) => p.entries.length),
        `${n} entries`,
      ).toEqual([front, ...Array(archives).fill(LISTING_PAGE_SIZE)]);
    }
  });

  it('links a page to the front page, the oldest page and its neighbours, newest first, with gaps', () => {
    expect(listNavigation(null, 0)).toEqual({ newer: null, older: null, window: ['front'] });
    expect(listNavigation(null, 2)).toEqual({ newer: null, older: 2, window: ['front', 2, 1] });
    expect(listNavigation(null, 75)).toEqual({ newer: null, older: 75, window: ['front', 75, 74, null, 1] });
    expect(listNavigation(75, 75)).toEqual({ newer: 'front', older: 74, window: ['front', 75, 74, 73, null, 1] });
    expect(listNavigation(10, 75)).toEqual({ newer: 11, older: 9, window: ['front', null, 12, 11, 10, 9, 8, null, 1] });
    expect(listNavigation(1, 75)).toEqual({ newer: 2, older: null, window: ['front', null, 3, 2, 1] });
    // A gap of one page shows the page.
    expect(listNavigation(5, 9)).toEqual({ newer: 6, older: 4, window: ['front', null, 7, 6, 5, 4, 3, 2, 1] });
    expect(listNavigation(7, 9).window).toEqual(['front', 9, 8, 7, 6, 5, null, 1]);
    expect(listNavigation(4, 75).window).toEqual(['front', null, 6, 5, 4, 3, 2, 1]);
  });

  it('counts each filter value and pre-renders one page per value', () => {
    const options = facetOptions('lt', 'news', 'year', site.catalogs.lt.sections.news);
    expect(options).toEqual([
      { value: { key: '2026', slug: '2026', label: '2026' }, count: 45, path: 'naujienos/metai/2026/' },
    ]);
    const orgType = facetOptions('lt', 'news', 'orgType', site.catalogs.lt.sections.news);
    expect(orgType[0]).toMatchObject({ value: { key: 'ngo', label: 'NVO', slug: 'nvo' }, count: 45 });
    expect(site.pages.lt.some((p) => p.path === 'naujienos/organizacijos-tipas/nvo/puslapis/1/')).toBe(true);
    expect(
      listingPath('en', 'funding', {
        key: 'status',
        value: { key: 'closing_soon', slug: 'closing-soon', label: 'Closing soon' },
      }),
    ).toBe('funding/status/closing-soon/');
  });

  it('derives reverse links: an organisation lists the news it is the source of', () => {
    const organisation = site.catalogs.lt.sections.organisations[0];
    expect(site.catalogs.lt.linkedFrom(organisation).get('news')).toHaveLength(45);
  });
});

describe('feeds and open data', () => {
  const site = twoLanguageSite({
    lt: {
      fundingCalls: [call('lt', 'c-open', days(-10), days(40)), call('lt', 'c-soon', days(-10), days(5))],
      newsItems: [news('lt', 'n1', '2026-11-20'), news('lt', 'n2', '2026-11-24', 'Kabutės "ir", kableliai')],
    },
    en: { newsItems: [news('en', 'n1', '2026-11-20')] },
  });

  it('writes a calendar of call deadlines, whole and per integration area', () => {
    const parse = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const all = parse(calendarFile(site.catalogs.lt, 'funding', SITE));
    expect(all.map((e) => e.summary).sort()).toEqual(['Terminas: Kvietimas c-open', 'Terminas: Kvietimas c-soon']);
    expect(
      all
        .find((e) => e.summary.endsWith('c-soon'))!
        .startDate.toJSDate()
        .toISOString(),
    ).toBe(days(5));
    const areaOnly = parse(calendarFile(site.catalogs.lt, 'funding', SITE, 'area-1'));
    expect(areaOnly.map((e) => e.summary)).toEqual(['Terminas: Kvietimas c-open']);
  });

  it('lists RSS items newest first with absolute links', () => {
    const items = rssItems(site.catalogs.lt, 'news', SITE);
    expect(items.map((i) => i.link)).toEqual([
      'https://mip.example/lt/naujienos/lt-n2/',
      'https://mip.example/lt/naujienos/lt-n1/',
    ]);
  });

  it('exports each language’s own entries; CSV is quoted and readable by spreadsheets', () => {
    expect(openDataRows(site.catalogs.en, 'news', SITE).map((r) => r.documentId)).toEqual(['n1']);
    const csv = toCsv(openDataRows(site.catalogs.lt, 'news', SITE));
    expect(csv.startsWith('\uFEFFdocumentId,slug,title,')).toBe(true);
    expect(csv).toContain('"Kabutės ""ir"", kableliai"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('images', () => {
  const cover = {
    url: '/uploads/cover.jpg',
    width: 1600,
    height: 900,
    formats: {
      large: { url: '/uploads/large_cover.jpg', width: 1000, height: 563 },
      thumbnail: { url: '/uploads/thumbnail_cover.jpg', width: 245, height: 138 },
      small: { url: '/uploads/small_cover.jpg', width: 500, height: 281 },
    },
  };
  const site = twoLanguageSite({
    lt: {
      newsItems: [
        { ...news('lt', 'n1', '2026-11-20'), cover, coverAlt: ' Mėlyni apskritimai ' },
        { ...news('lt', 'n2', '2026-11-21'), cover, coverAlt: '' },
      ],
      organisations: [org('lt', { logo: { url: '/uploads/logo.png', width: 200, height: 80, formats: null } })],
    },
    en: {
      newsItems: [
        {
          ...news('en', 'n1', '2026-11-20'),
          cover: { url: '/uploads/notes.pdf', width: null, height: null, formats: null },
          coverAlt: 'Blue circles',
        },
      ],
    },
  });
  const lt = (id: string) => site.catalogs.lt.sections.news.find((e) => e.documentId === id)!;
  const media = (file: string) => `https://cms.example/uploads/${file}`;

  it('offers a news cover in every size the CMS made (a mid-size one by default), described in the page language', () => {
    expect(lt('n1').image).toEqual({
      kind: 'cover',
      src: media('large_cover.jpg'),
      srcset: [
        `${media('thumbnail_cover.jpg')} 245w`,
        `${media('small_cover.jpg')} 500w`,
        `${media('large_cover.jpg')} 1000w`,
        `${media('cover.jpg')} 1600w`,
      ].join(', '),
      width: 1600,
      height: 900,
      alt: 'Mėlyni apskritimai',
    });
    expect(lt('n1').schema('https://mip.example/x/').image).toBe(media('cover.jpg'));
    expect(lt('n1').openData.coverImage).toBe(media('cover.jpg'));
  });

  it('treats an undescribed cover and a logo beside its name as decorative, and shows no image for a file without dimensions', () => {
    expect(lt('n2').image?.alt).toBe('');
    expect(site.catalogs.lt.sections.organisations[0]!.image).toEqual({
      kind: 'logo',
      src: media('logo.png'),
      srcset: null,
      width: 200,
      height: 80,
      alt: '',
    });
    expect(site.catalogs.en.sections.news.find((e) => e.documentId === 'n1')!.image).toBeUndefined();
  });
});

describe('public forms', () => {
  const catalog = twoLanguageSite({}).catalogs.lt;
  const byName = (fields: { name: string }[]) =>
    Object.fromEntries(fields.map((f) => [f.name, f])) as Record<string, FormField>;

  it('take which fields are required and how long they may be from the CMS’s submission schemas', () => {
    const practice = byName(practiceFields(catalog));
    expect(practice.title).toMatchObject({ required: true, maxLength: 300 });
    expect(practice.summary).toMatchObject({ required: true, maxLength: 600 });
    expect(practice.submitterPhone).toMatchObject({ maxLength: 50 });
    expect(practice.submitterPhone!.required).toBeUndefined();
    expect(practice.integrationAreas!.required).toBe(true);
    expect(practice.targetGroups!.required).toBeUndefined();
    // A funding source needs its funder, as the schema says; at most ten of them.
    expect(practice.fundingSources).toMatchObject({
      max: 10,
      fields: [{ name: 'funder', required: true, maxLength: 300 }, { name: 'programme' }, { name: 'amountEur' }],
    });
    expect(practice.files).toBeDefined();
    const request = byName(partnerRequestFields(catalog));
    expect(request.projectIdea).toMatchObject({ required: true, maxLength: 10_000 });
    expect(request.rolesSought!.required).toBe(true);
    expect(byName(contactFields('en')).message).toMatchObject({ required: true, maxLength: 5000 });
  });
});

describe('page cache keys', () => {
  // The key is the digest of the page's view model: what a page shows of another entry is in it.
  const keysWithOrganisationNamed = (name: string) => {
    const site = twoLanguageSite({
      lt: {
        organisations: [org('lt', { name })],
        newsItems: [news('lt', 'n1', '2026-11-20'), { ...news('lt', 'n2', '2026-11-21'), sourceOrganisation: null }],
      },
    });
    const keys = pageCacheKeys(site, pageViews(site));
    return new Map([...keys].map(([page, key]) => [`/${page.locale}/${page.path}`, key]));
  };

  it('change when an entry a page links to is renamed, and stay when the page shows nothing of it', () => {
    const before = keysWithOrganisationNamed('Asociacija');
    const after = keysWithOrganisationNamed('Bendrija');
    expect(after.get('/lt/naujienos/lt-n1/')).toBeDefined();
    expect(after.get('/lt/naujienos/lt-n1/')).not.toBe(before.get('/lt/naujienos/lt-n1/'));
    expect(after.get('/lt/naujienos/lt-n2/')).toBe(before.get('/lt/naujienos/lt-n2/'));
    expect(after.get('/lt/organizacijos/asociacija/')).not.toBe(before.get('/lt/organizacijos/asociacija/'));
  });
});
