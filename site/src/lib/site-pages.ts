import { LOCALES, NOTICE_PAGES, NOTICE_SEGMENT, type Locale, type NoticeKey } from '@mip/shared-types';
import type { Page } from './cms/index.ts';
import { indexResponses } from './responses.ts';
import { buildCatalog, type Catalog, type TaxonomyKey, type Term } from './catalog.ts';
import type { Entry, FacetKey, FacetValue } from './entries.ts';
import { compareText } from './format.ts';
import { UI } from './i18n/ui.ts';
import { NOTICE_TEXTS } from './i18n/notices.ts';
import { FORM_PATHS } from './form-paths.ts';
import { FACET_SEGMENTS, OTHER_SEGMENTS, SECTION_SEGMENTS, TAXONOMY_SEGMENTS } from './i18n/routes.ts';
import {
  SECTION_DEFINITIONS,
  type ContentSectionKey,
  type SectionContext,
  type SectionDefinition,
} from './sections/index.ts';
import type { SiteContent } from './cms/index.ts';
import {
  coverageViews,
  followUpPath,
  followUpYears,
  type CoverageList,
  type CoverageView,
  type FollowUpYear,
} from './coverage-pages.ts';
import { COVERAGE_UI, filterLabel } from './i18n/coverage-ui.ts';

// Every HTML page of the site, in both languages, with the page each one corresponds to in the
// other language (for hreflang and the language switcher). The one catch-all route renders these.

export const LISTING_PAGE_SIZE = 20;

export const FORM_TITLES = {
  goodPractice: { lt: 'Pasidalykite gerąja praktika', en: 'Share a good practice' },
  partnerRequest: { lt: 'Naujas partnerių paieškos skelbimas', en: 'Post a partner search request' },
} as const;

export interface FacetOption {
  value: FacetValue;
  /** Absent where the page does not show counts. */
  count?: number;
  path: string;
}

/**
 * A list page's links to the others: 'front' is the list's own URL, a number an archive page.
 * `window` runs from the newest to the oldest, null marking a gap.
 */
export interface ListNavigation {
  newer: 'front' | number | null;
  older: number | null;
  window: ('front' | number | null)[];
}

export interface ActiveFacet {
  key: FacetKey;
  value: FacetValue;
}

interface PageBase {
  /** Same across languages for the "same" page: pairs translations. */
  identity: string;
  /** Path below the locale, without leading slash, with trailing slash ('' for home). */
  path: string;
  locale: Locale;
  title: string;
}

export type SitePage = PageBase &
  (
    | { kind: 'home' }
    | ({
        kind: 'listing';
        section: ContentSectionKey;
        facet: ActiveFacet | null;
        entries: Entry[];
        /** Path of the list's front page (its newest entries), without a page number. */
        basePath: string;
        /** The filters; their counts only on the section's unfiltered front page (see listingPages). */
        facetOptions: { key: FacetKey; options: FacetOption[] }[];
        /** The links between the list's pages. */
        pages: ListNavigation;
      } & (
        | { front: true; total: number; archives: number }
        /** An archive page, numbered from the end of the list: 1 holds its last 20 entries. */
        | { front: false; pageNumber: number; first: number; last: number }
      ))
    | { kind: 'detail'; entry: Entry }
    | { kind: 'terms'; taxonomy: TaxonomyKey }
    | { kind: 'term'; taxonomy: TaxonomyKey; term: Term }
    | { kind: 'page'; page: Page }
    | { kind: 'search' }
    | { kind: 'form'; form: 'goodPractice' | 'partnerRequest' }
    | { kind: 'openData' }
    | { kind: 'coverage'; view: CoverageView }
    | { kind: 'coverageList'; list: CoverageList }
    | { kind: 'followUps'; year: FollowUpYear | null; years: FollowUpYear[] }
    /** What happens next after a form posted without JavaScript (the CMS redirects here). */
    | { kind: 'notice'; notice: NoticeKey }
  );

export interface Site {
  catalogs: Record<Locale, Catalog>;
  pages: Record<Locale, SitePage[]>;
  /** The other-language versions of a page that exist, as absolute paths. */
  alternates(page: SitePage): { locale: Locale; path: string }[];
}

const join = (...parts: string[]) =>
  `${parts
    .filter(Boolean)
    .map((p) => p.replace(/\/$/, ''))
    .join('/')}/`;

export function listingPath(
  locale: Locale,
  section: ContentSectionKey,
  facet?: ActiveFacet | null,
  /** An archive page's number; none for the list's front page. */
  pageNumber?: number,
): string {
  return join(
    SECTION_SEGMENTS[section][locale],
    facet ? join(FACET_SEGMENTS[facet.key][locale], facet.value.slug) : '',
    pageNumber !== undefined ? join(OTHER_SEGMENTS.page[locale], String(pageNumber)) : '',
  );
}

/**
 * How many archive pages a list of `count` entries has. Only full pages are archived, and the
 * front page keeps the newest full page too, so it always holds between one and two pages' worth
 * (fewer only when the whole list is shorter).
 */
export const archiveCount = (count: number) => Math.max(0, Math.floor(count / LISTING_PAGE_SIZE) - 1);

/**
 * The links of a list's page (`current`: an archive page's number, or null for the front page)
 * when the list has `archives` archive pages: the front page, the oldest page (1), and `around`
 * on either side of the current one; null marks a gap, and a gap of a single page shows that
 * page instead. From the newest to the oldest: a list of 75 pages thus offers a handful of links
 * rather than 75 (in a screen reader's list of links, on a phone). An archive page's links depend
 * on how long the list is only when it is within `around + 1` of the newest archive page, so
 * adding entries at the top changes the front page and at most three archive pages.
 */
export function listNavigation(current: number | null, archives: number, around = 2): ListNavigation {
  const position = current ?? archives + 1; // the front page comes after the newest archive page
  const shown = new Set<number>(archives > 0 ? [1] : []);
  for (let n = position - around; n <= position + around; n++) if (n >= 1 && n <= archives) shown.add(n);
  const numbers = [...shown].sort((a, b) => b - a);
  // The front page is not numbered: a gap after it is a gap whatever its size.
  const window: ('front' | number | null)[] = numbers[0] < archives ? ['front', null] : ['front'];
  numbers.forEach((n, i) => {
    const newer = numbers[i - 1];
    if (newer !== undefined && newer - n === 2) window.push(n + 1);
    else if (newer !== undefined && newer - n > 2) window.push(null);
    window.push(n);
  });
  return {
    newer: current === null ? null : current < archives ? current + 1 : 'front',
    older: position > 1 && archives > 0 ? position - 1 : null,
    window,
  };
}

export const termPath = (locale: Locale, taxonomy: TaxonomyKey, slug?: string) =>
  join(TAXONOMY_SEGMENTS[taxonomy][locale], slug ?? '');

/** Values of one facet across a section's entries, with counts, in a sensible order. */
export function facetOptions(
  locale: Locale,
  section: ContentSectionKey,
  key: FacetKey,
  entries: Entry[],
  enumOrder: string[] = [],
): FacetOption[] {
  const counts = new Map<string, { value: FacetValue; count: number }>();
  for (const entry of entries) {
    for (const value of entry.facets[key] ?? []) {
      const found = counts.get(value.key);
      if (found) found.count++;
      else counts.set(value.key, { value, count: 1 });
    }
  }
  const options = [...counts.values()].map(({ value, count }) => ({
    value,
    count,
    path: listingPath(locale, section, { key, value }),
  }));
  if (key === 'year') return options.sort((a, b) => Number(b.value.key) - Number(a.value.key));
  if (enumOrder.length) return options.sort((a, b) => enumOrder.indexOf(a.value.key) - enumOrder.indexOf(b.value.key));
  return options.sort((a, b) => compareText(locale, a.value.label, b.value.label));
}

/**
 * A list's pages (the section's, or one filter value's). Readers land on the front page, the
 * list's own URL: its newest entries. The rest are archive pages numbered from the end of the
 * list: page 1 holds its last 20 entries (the oldest in a list by date), page 2 the 20 before
 * them, and so on. An entry added at the top thus changes the front page and leaves every
 * archive page as it was: their URLs keep their entries, and a publish renders again only the
 * pages whose content changed rather than every page of every list it is in (a 10,000-document
 * site has thousands). For the same reason an archive page shows no totals: its heading says
 * which entries it holds, and the filters show their counts on the section's front page only
 * (a filtered page's counts would be the section's anyway, not the filter's).
 */
function listingPages(catalog: Catalog, def: SectionDefinition): SitePage[] {
  const locale = catalog.locale;
  const section = def.key as ContentSectionKey;
  const all = catalog.sections[section];
  const title = def.title[locale];
  const counted = def.facets.map((key) => ({ key, options: facetOptions(locale, section, key, all, def.statusOrder) }));
  // One uncounted copy shared by all the other pages: their keys digest it once.
  const uncounted = counted.map(({ key, options }) => ({
    key,
    options: options.map(({ value, path }) => ({ value, path })),
  }));

  const paginate = (facet: ActiveFacet | null, entries: Entry[]): SitePage[] => {
    const archives = archiveCount(entries.length);
    const identity = `listing:${section}:${facet ? `${facet.key}:${facet.value.key}` : ''}:`;
    const basePath = listingPath(locale, section, facet);
    const common = {
      kind: 'listing' as const,
      basePath,
      locale,
      title: facet ? `${title}: ${facet.value.label}` : title,
      section,
      facet,
    };
    const front: SitePage = {
      ...common,
      identity,
      path: basePath,
      entries: entries.slice(0, entries.length - archives * LISTING_PAGE_SIZE),
      facetOptions: facet ? uncounted : counted,
      pages: listNavigation(null, archives),
      front: true,
      total: entries.length,
      archives,
    };
    const archive = Array.from({ length: archives }, (_, i): SitePage => {
      const end = entries.length - i * LISTING_PAGE_SIZE;
      return {
        ...common,
        identity: `${identity}${i + 1}`,
        path: listingPath(locale, section, facet, i + 1),
        entries: entries.slice(end - LISTING_PAGE_SIZE, end),
        facetOptions: uncounted,
        pages: listNavigation(i + 1, archives),
        front: false,
        pageNumber: i + 1,
        first: i * LISTING_PAGE_SIZE + 1,
        last: (i + 1) * LISTING_PAGE_SIZE,
      };
    });
    return [front, ...archive.reverse()];
  };

  return [
    ...paginate(null, all),
    ...counted.flatMap(({ key, options }) =>
      options.flatMap(({ value }) =>
        paginate(
          { key, value },
          all.filter((e) => e.facets[key]?.some((v) => v.key === value.key)),
        ),
      ),
    ),
  ];
}

/** An entry's own page (in its own language). */
export function entryPage(entry: Entry): SitePage & { kind: 'detail' } {
  return {
    kind: 'detail',
    identity: `detail:${entry.section}:${entry.documentId}`,
    path: join(SECTION_SEGMENTS[entry.section][entry.locale], entry.slug),
    locale: entry.locale,
    title: entry.title,
    entry,
  };
}

/** One of the editors' free pages. */
export function freePage(locale: Locale, page: Page): SitePage & { kind: 'page' } {
  return { kind: 'page', identity: `page:${page.documentId}`, path: join(page.slug), locale, title: page.title, page };
}

function pagesOf(catalog: Catalog): SitePage[] {
  const locale = catalog.locale;
  const pages: SitePage[] = [{ kind: 'home', identity: 'home', path: '', locale, title: '' }];
  for (const def of SECTION_DEFINITIONS) {
    pages.push(...listingPages(catalog, def));
    for (const entry of catalog.sections[def.key as ContentSectionKey]) {
      if (entry.locale !== locale) continue; // shown in this language's lists, page in its own
      pages.push(entryPage(entry));
    }
  }
  for (const taxonomy of ['area', 'group', 'municipality'] as const) {
    pages.push({
      kind: 'terms',
      identity: `terms:${taxonomy}`,
      path: termPath(locale, taxonomy),
      locale,
      title: UI[locale].taxonomies[taxonomy],
      taxonomy,
    });
    for (const term of catalog.taxonomies[taxonomy]) {
      pages.push({
        kind: 'term',
        identity: `term:${taxonomy}:${term.documentId}`,
        path: termPath(locale, taxonomy, term.slug),
        locale,
        title: term.name,
        taxonomy,
        term,
      });
    }
  }
  for (const page of catalog.pages) pages.push(freePage(locale, page));
  for (const form of ['goodPractice', 'partnerRequest'] as const)
    pages.push({
      kind: 'form',
      form,
      identity: `form:${form}`,
      path: FORM_PATHS[form][locale],
      locale,
      title: FORM_TITLES[form][locale],
    });
  pages.push({
    kind: 'search',
    identity: 'search',
    path: join(SECTION_SEGMENTS.search[locale]),
    locale,
    title: UI[locale].search,
  });
  pages.push({
    kind: 'openData',
    identity: 'openData',
    path: join(OTHER_SEGMENTS.openData[locale]),
    locale,
    title: UI[locale].openData,
  });
  pages.push(...coveragePages(catalog));
  for (const notice of Object.keys(NOTICE_PAGES) as NoticeKey[])
    pages.push({
      kind: 'notice',
      notice,
      identity: `notice:${notice}`,
      path: join(NOTICE_SEGMENT[locale], NOTICE_PAGES[notice][locale]),
      locale,
      title: NOTICE_TEXTS[notice][locale].title,
    });

  // Two pages on one URL would silently drop one of them: an editor's page slug can clash.
  const seen = new Map<string, string>();
  for (const page of pages) {
    const other = seen.get(page.path);
    if (other)
      throw new Error(
        `Two pages would be built at /${locale}/${page.path}: ${other} and ${page.identity}. Change one of the slugs in the CMS.`,
      );
    seen.set(page.path, page.identity);
  }
  return pages;
}

function coveragePages(catalog: Catalog): SitePage[] {
  const locale = catalog.locale;
  const c = COVERAGE_UI[locale];
  const { views, lists } = coverageViews(catalog);
  const suffix = (filter: CoverageView['filter']) => (filter ? `: ${filterLabel(locale, filter)}` : '');
  const years = followUpYears(catalog);
  return [
    ...views.map(
      (view): SitePage => ({
        kind: 'coverage',
        identity: view.identity,
        path: view.path,
        locale,
        title: `${c.title}${suffix(view.filter)}`,
        view,
      }),
    ),
    ...lists.map(
      (list): SitePage => ({
        kind: 'coverageList',
        identity: list.identity,
        path: list.path,
        locale,
        title: `${list.subject ? c.listTitle(list.subject.title) : c.unlinkedListTitle}${suffix(list.filter)}`,
        list,
      }),
    ),
    {
      kind: 'followUps',
      identity: 'follow-up',
      path: followUpPath(locale),
      locale,
      title: c.followUpTitle,
      year: null,
      years,
    },
    ...years.map(
      (year): SitePage => ({
        kind: 'followUps',
        identity: `follow-up:${year.year}`,
        path: followUpPath(locale, year.year),
        locale,
        title: c.followUpYearTitle(year.year),
        year,
        years,
      }),
    ),
  ];
}

/** One language's catalog: the English one also lists the entries that exist only in Lithuanian. */
export function catalogOf(
  content: Record<Locale, SiteContent>,
  locale: Locale,
  ctx: Omit<SectionContext, 'locale'>,
): Catalog {
  // Responses are one for both languages; a follow-up action is found by its text in either.
  const responses = indexResponses(content);
  return locale === 'en'
    ? buildCatalog(content.en, ctx, content.lt, responses)
    : buildCatalog(content.lt, ctx, undefined, responses);
}

export function buildSite(content: Record<Locale, SiteContent>, ctx: Omit<SectionContext, 'locale'>): Site {
  const catalogs = { lt: catalogOf(content, 'lt', ctx), en: catalogOf(content, 'en', ctx) };
  const pages = { lt: pagesOf(catalogs.lt), en: pagesOf(catalogs.en) };
  const byIdentity = Object.fromEntries(
    LOCALES.map((l) => [l, new Map(pages[l].map((p) => [p.identity, p]))]),
  ) as Record<Locale, Map<string, SitePage>>;
  return {
    catalogs,
    pages,
    alternates: (page) =>
      LOCALES.filter((l) => l !== page.locale)
        .map((l) => byIdentity[l].get(page.identity))
        .filter((p): p is SitePage => !!p)
        .map((p) => ({ locale: p.locale, path: `/${p.locale}/${p.path}` })),
  };
}
