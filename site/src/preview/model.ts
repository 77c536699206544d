import { CONTENT_TYPES, LOCALES, type Locale } from '@mip/shared-types';
import type { Catalog } from '../lib/catalog.ts';
import type { CollectionKey, Content, Page } from '../lib/cms/index.ts';
import { pageViewIn, type PageView } from '../lib/page-views.ts';
import { SECTION_DEFINITIONS, type SectionContext } from '../lib/sections/index.ts';
import { catalogOf, entryPage, freePage, type SitePage } from '../lib/site-pages.ts';

// What a draft's preview shows: the draft put in place of its published version (or beside the
// others, when it was never published) in the content the last build read, and the view model of
// the draft's own page, computed as a build computes every page's (page-views.ts) from the
// catalog of the page's language. Reverse links, related entries and the layout are thus those
// of the site. Only that one catalog is built, not the whole site (at 10,000 documents the two
// languages' pages take seconds): pages the draft would change besides its own (lists, the
// coverage matrix) are not previewed.

/** The previewed document as its collection's query gives it. */
export type DraftDocument = { documentId: string } & Record<string, unknown>;

/** `content` with `draft` in `locale` in place of the published version of the same document. */
export function withDraft(content: Content, key: CollectionKey, locale: Locale, draft: DraftDocument): Content {
  const list = (content[locale][key] as unknown as DraftDocument[]).filter((d) => d.documentId !== draft.documentId);
  list.push(draft);
  return { ...content, [locale]: { ...content[locale], [key]: list } } as Content;
}

/** The document's own page in a catalog's language, if it has one there. */
function ownPage(catalog: Catalog, key: CollectionKey, documentId: string): SitePage | null {
  if (key === 'pages') {
    const page = catalog.pages.find((p: Page) => p.documentId === documentId);
    return page ? freePage(catalog.locale, page) : null;
  }
  const section = (CONTENT_TYPES[key] as { section?: string }).section;
  const def = SECTION_DEFINITIONS.find((d) => d.key === section);
  if (!def) return null; // a taxonomy: its term pages are not the document's own
  const entry = catalog.entry({ section: def.key as never, documentId });
  return entry && entry.locale === catalog.locale ? entryPage(entry) : null;
}

/** Where the document's page is in the other languages (its published versions there). */
function alternatesOf(
  content: Content,
  key: CollectionKey,
  locale: Locale,
  documentId: string,
  ctx: Omit<SectionContext, 'locale'>,
): { locale: Locale; path: string }[] {
  return LOCALES.filter((other) => other !== locale).flatMap((other) => {
    const item = (content[other][key] as unknown as DraftDocument[]).find((d) => d.documentId === documentId);
    if (!item) return [];
    const section = (CONTENT_TYPES[key] as { section?: string }).section;
    const def = SECTION_DEFINITIONS.find((d) => d.key === section);
    const page = def
      ? entryPage(def.toEntry(item as never, { ...ctx, locale: other }))
      : key === 'pages'
        ? freePage(other, item as unknown as Page)
        : null;
    return page ? [{ locale: other, path: `/${other}/${page.path}` }] : [];
  });
}

/** The view model of the document's page in `locale` in `content`, or null when it has none there. */
export function previewView(
  content: Content,
  key: CollectionKey,
  locale: Locale,
  documentId: string,
  ctx: Omit<SectionContext, 'locale'>,
): PageView | null {
  if (!(CONTENT_TYPES[key] as { section?: string }).section && key !== 'pages') return null;
  const catalog = catalogOf(content, locale, ctx);
  const page = ownPage(catalog, key, documentId);
  return page ? pageViewIn(catalog, page, alternatesOf(content, key, locale, documentId, ctx)) : null;
}
