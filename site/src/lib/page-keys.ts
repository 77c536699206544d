import { createHash } from 'node:crypto';
import { LOCALES } from '@mip/shared-types';
import type { Catalog } from './catalog.ts';
import { coverageFilters } from './coverage-pages.ts';
import { detailContext } from './detail.ts';
import { partnerRequestFields, practiceFields } from './forms.ts';
import type { Entry, FactValue } from './entries.ts';
import type { Site, SitePage } from './site-pages.ts';
import { homeHighlights } from './site.ts';

// Incremental builds (Astro's experimental.incrementalBuild): a page is rendered again only when
// its cache key changes; otherwise last build's HTML is reused. So a key must cover everything
// the page shows: the page's own data, what its view takes from the rest of the site (reverse
// links, suggested partners, coverage), the layout (the other language's address, the footer's
// pages) and each linked entry's data. Entries are reduced to a digest of their data, computed
// once. Pages that summarise a whole language (the taxonomy indexes, open data) are keyed by all
// of that language's content. Astro adds the page's code to the key itself.
// The rebuild service still builds everything afresh on its schedule.

/** Bump when something a page shows starts to depend on data these keys do not cover. */
const KEY_VERSION = 1;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Serialised values longer than this are replaced by their digest and remembered per object. */
const MEMO_LENGTH = 128;

export function pageCacheKeys(site: Site): Map<SitePage, string> {
  // Pages share much of their data (an entry appears in many lists, a section's filters on all
  // its listing pages, coverage items in many cells): each object is serialised once, and a
  // large one stands in its digest wherever it appears again.
  const memo = new WeakMap<object, string>();
  const serialise = (value: unknown): string => {
    if (value === null || value === undefined || typeof value === 'function') return 'null';
    if (typeof value !== 'object') return JSON.stringify(value);
    const known = memo.get(value);
    if (known !== undefined) return known;
    let text: string;
    if (value instanceof Map || value instanceof Set) text = serialise([...value]);
    else if (Array.isArray(value)) text = `[${value.map(serialise).join(',')}]`;
    else {
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key in record) {
        const v = record[key];
        if (v !== undefined && typeof v !== 'function') parts.push(`${JSON.stringify(key)}:${serialise(v)}`);
      }
      text = `{${parts.join(',')}}`;
    }
    if (text.length > MEMO_LENGTH) {
      text = `#${digest(text)}`;
      memo.set(value, text);
    }
    return text;
  };
  for (const locale of LOCALES) {
    for (const entries of Object.values(site.catalogs[locale].sections)) {
      for (const entry of entries) {
        // The JSON-LD comes from a function of the raw CMS data: its output is part of the entry.
        if (!memo.has(entry)) memo.set(entry, `#${digest(JSON.stringify([entry, entry.schema('')]))}`);
      }
    }
  }

  const keys = new Map<SitePage, string>();
  for (const locale of LOCALES) {
    const catalog = site.catalogs[locale];
    const layout = serialise(catalog.pages.map((p) => [p.title, p.slug]));
    let wholeLanguage: string | undefined;
    const everything = () =>
      (wholeLanguage ??= serialise({
        sections: catalog.sections,
        taxonomies: catalog.taxonomies,
        pages: catalog.pages,
      }));
    for (const page of site.pages[locale]) {
      const data = viewData(catalog, page);
      const shows = data === undefined ? everything() : serialise(data);
      keys.set(
        page,
        digest(`${KEY_VERSION}|${layout}|${serialise(site.alternates(page))}|${serialise(page)}|${shows}`),
      );
    }
  }
  return keys;
}

/** What a page's view takes from the site beyond the page itself; undefined: it may show anything in its language. */
function viewData(catalog: Catalog, page: SitePage): unknown {
  switch (page.kind) {
    case 'listing':
      return null; // the page holds its entries and filters
    case 'detail':
      return { context: detailContext(catalog, page.entry), linked: linkedEntries(catalog, page.entry) };
    case 'home':
      return {
        highlights: homeHighlights(catalog),
        counts: Object.values(catalog.sections).map((entries) => entries.length),
      };
    case 'term':
      return catalog.withTerm(page.taxonomy, page.term.documentId);
    case 'coverage':
      return coverageFilters(catalog); // the view holds the matrix
    case 'followUps': // the page holds its actions; their organisations and priorities are links
      return page.years.flatMap((year) =>
        year.actions.map(({ action }) =>
          [action.responsible, action.priority].map(
            (id, i) => id && catalog.resolve({ section: i ? 'priorities' : 'organisations', documentId: id }),
          ),
        ),
      );
    case 'form':
      return page.form === 'goodPractice' ? practiceFields(catalog) : partnerRequestFields(catalog);
    case 'coverageList':
      return catalog.taxonomies.area; // the list holds its items, grouped here by area
    case 'page':
    case 'search':
      return null; // their own text, or none from the CMS
    default:
      return undefined;
  }
}

/** The entries an entry's facts and tables link to, as its page shows them (title, address). */
function linkedEntries(catalog: Catalog, entry: Entry) {
  const values: FactValue[] = [
    ...entry.facts.map((f) => f.value),
    ...entry.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [])),
  ];
  return values.flatMap((value) =>
    typeof value === 'object' && 'entries' in value ? value.entries.map((ref) => catalog.resolve(ref)) : [],
  );
}
