import { LOCALES, type Locale } from '@mip/shared-types';
import type { Catalog, ResolvedRef, TaxonomyKey, Term } from './catalog.ts';
import type { Page } from './cms/index.ts';
import { coverageFilters } from './coverage-pages.ts';
import type { CoverageFilter } from './coverage.ts';
import { detailContext, type DetailContext } from './detail.ts';
import type { Entry, EntryRef, FactValue } from './entries.ts';
import type { FormField } from '../components/submission/model.ts';
import { partnerRequestFields, practiceFields } from './forms.ts';
import { OPEN_DATA_FILES, openDataRows, type OpenDataCollection } from './open-data.ts';
import { SECTION_DEFINITIONS, type ContentSectionKey } from './sections/index.ts';
import { homeHighlights } from './site.ts';
import type { Site, SitePage } from './site-pages.ts';

// Each page's complete view model: everything its view and the layout show, computed here from the
// site model. The views get only this (never the catalog), and the page's cache key is the digest
// of it (page-keys.ts), so a page cannot show data its key does not cover.

/** What the layout shows besides the page: the page in the other language, the footer's pages. */
export interface LayoutView {
  alternates: { locale: Locale; path: string }[];
  staticPages: { title: string; slug: string }[];
  /** The privacy policy (the editors' page with the key `privacy`), which forms that keep an address link to. */
  privacy: { title: string; path: string } | null;
}

/** Linked entries as a page shows them (title, address), by `section:documentId`. */
export type LinkIndex = Record<string, ResolvedRef | null>;
export const linkKey = (ref: EntryRef) => `${ref.section}:${ref.documentId}`;

export type MainView =
  | { kind: 'home'; counts: Record<ContentSectionKey, number>; highlights: ReturnType<typeof homeHighlights> }
  | { kind: 'listing' }
  | { kind: 'detail'; context: DetailContext; links: LinkIndex }
  | { kind: 'terms'; terms: { term: Term; count: number }[] }
  | { kind: 'term'; groups: Map<ContentSectionKey, Entry[]> }
  | { kind: 'page' }
  | { kind: 'search' }
  | { kind: 'form'; fields: FormField[] }
  | { kind: 'openData'; counts: Record<OpenDataCollection, number> }
  | { kind: 'coverage'; filters: CoverageFilter[] }
  | { kind: 'coverageList'; areas: Term[] }
  | { kind: 'followUps'; links: LinkIndex }
  | { kind: 'notice' };

export interface PageView {
  page: SitePage;
  layout: LayoutView;
  main: MainView;
}

// Open data is counted here, not linked: any origin serves.
const COUNTING_ONLY = new URL('http://localhost/');

function links(catalog: Catalog, refs: EntryRef[]): LinkIndex {
  return Object.fromEntries(refs.map((ref) => [linkKey(ref), catalog.resolve(ref)]));
}

/** The entries an entry's facts and tables link to. */
function linkedRefs(entry: Entry): EntryRef[] {
  const values: FactValue[] = [
    ...entry.facts.map((f) => f.value),
    ...entry.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [])),
  ];
  return values.flatMap((value) => (typeof value === 'object' && 'entries' in value ? value.entries : []));
}

function mainView(catalog: Catalog, page: SitePage): MainView {
  switch (page.kind) {
    case 'home':
      return {
        kind: 'home',
        counts: Object.fromEntries(
          SECTION_DEFINITIONS.map((def) => [def.key, catalog.sections[def.key as ContentSectionKey].length]),
        ) as Record<ContentSectionKey, number>,
        highlights: homeHighlights(catalog),
      };
    case 'detail':
      return {
        kind: 'detail',
        context: detailContext(catalog, page.entry),
        links: links(catalog, linkedRefs(page.entry)),
      };
    case 'terms':
      return {
        kind: 'terms',
        terms: catalog.taxonomies[page.taxonomy].map((term) => ({
          term,
          count: termCount(catalog, page.taxonomy, term.documentId),
        })),
      };
    case 'term':
      return { kind: 'term', groups: catalog.withTerm(page.taxonomy, page.term.documentId) };
    case 'form':
      return {
        kind: 'form',
        fields: page.form === 'goodPractice' ? practiceFields(catalog) : partnerRequestFields(catalog),
      };
    case 'openData':
      return {
        kind: 'openData',
        counts: Object.fromEntries(
          (Object.keys(OPEN_DATA_FILES) as OpenDataCollection[]).map((c) => [
            c,
            openDataRows(catalog, c, COUNTING_ONLY).length,
          ]),
        ) as Record<OpenDataCollection, number>,
      };
    case 'coverage':
      return { kind: 'coverage', filters: coverageFilters(catalog) };
    case 'coverageList':
      return { kind: 'coverageList', areas: catalog.taxonomies.area };
    case 'followUps':
      return {
        kind: 'followUps',
        links: links(
          catalog,
          page.years.flatMap((year) =>
            year.actions.flatMap(({ action }) => [
              ...(action.responsible ? [{ section: 'organisations' as const, documentId: action.responsible }] : []),
              ...(action.priority ? [{ section: 'priorities' as const, documentId: action.priority }] : []),
            ]),
          ),
        ),
      };
    case 'listing':
    case 'page':
    case 'search':
    case 'notice':
      return { kind: page.kind }; // the page holds all it shows
  }
}

function termCount(catalog: Catalog, taxonomy: TaxonomyKey, key: string): number {
  return [...catalog.withTerm(taxonomy, key).values()].reduce((n, list) => n + list.length, 0);
}

/** The view model of every page of the site, in the order of `site.pages`. */
export function pageViews(site: Site): PageView[] {
  return LOCALES.flatMap((locale) => {
    const layout = layoutOf(site, locale);
    return site.pages[locale].map((page) => ({
      page,
      layout: layout(page),
      main: mainView(site.catalogs[locale], page),
    }));
  });
}

/**
 * The view model of one page from its language's catalog and its other-language versions,
 * without the rest of the site (the preview renderer's: it renders a single page).
 */
export function pageViewIn(catalog: Catalog, page: SitePage, alternates: LayoutView['alternates']): PageView {
  return {
    page,
    layout: { alternates, staticPages: staticPagesOf(catalog), privacy: privacyOf(catalog) },
    main: mainView(catalog, page),
  };
}

const staticPagesOf = (catalog: Catalog) => catalog.pages.map((p: Page) => ({ title: p.title, slug: p.slug }));
function privacyOf(catalog: Catalog): LayoutView['privacy'] {
  const page = catalog.pages.find((p: Page) => p.key === 'privacy');
  return page ? { title: page.title, path: `/${catalog.locale}/${page.slug}/` } : null;
}

function layoutOf(site: Site, locale: Locale): (page: SitePage) => LayoutView {
  const staticPages = staticPagesOf(site.catalogs[locale]);
  const privacy = privacyOf(site.catalogs[locale]);
  return (page) => ({ alternates: site.alternates(page), staticPages, privacy });
}
