import type { Locale, TaxonomyName } from '@mip/shared-types';
import type { IntegrationArea, Municipality, Page, SiteContent, TargetGroup } from './cms/index.ts';
import type { Entry, EntryRef, FacetValue } from './entries.ts';
import { compareText } from './format.ts';
import {
  indexResponses,
  NO_RESPONSES,
  responseTargetOf,
  type EntryResponses,
  type ResponseIndex,
} from './responses.ts';
import { sectionPath, type SectionKey } from './i18n/routes.ts';
import { SECTION_DEFINITIONS, type ContentSectionKey, type SectionContext } from './sections/index.ts';

// Everything one language of the site shows, as Entries: sorted section lists (an English list
// also carries the entries that exist only in Lithuanian), lookups by reference and the reverse
// links ("the practices of this organisation") derived from the forward relations.

/** The taxonomies, by their names in the manifest (shared-types). */
export type TaxonomyKey = TaxonomyName;
export type Term = (IntegrationArea | TargetGroup | Municipality) & { documentId: string; name: string; slug: string };

export interface ResolvedRef {
  title: string;
  href: string;
  /** Set when the linked entry is in another language than the page. */
  lang?: Locale;
}

export interface Catalog {
  locale: Locale;
  sections: Record<ContentSectionKey, Entry[]>;
  taxonomies: Record<TaxonomyKey, Term[]>;
  pages: Page[];
  entry(ref: EntryRef): Entry | undefined;
  resolve(ref: EntryRef): ResolvedRef | null;
  /** Entries that link to this one, grouped by section in navigation order. */
  linkedFrom(entry: Entry): Map<ContentSectionKey, Entry[]>;
  /** Entries linked to a taxonomy term, grouped by section. */
  withTerm(taxonomy: TaxonomyKey, termKey: string): Map<ContentSectionKey, Entry[]>;
  /** The public's published responses to an entry (none for a section that takes none). */
  responsesTo(entry: Entry): EntryResponses;
}

const refKey = (ref: EntryRef) => `${ref.section}:${ref.documentId}`;

export function entryPath(entry: Pick<Entry, 'section' | 'locale' | 'slug'>): string {
  return sectionPath(entry.section, entry.locale, entry.slug);
}

/** Orders entries by their section's sort key, strings in the reader's alphabet. */
export function compareEntries(locale: Locale, a: Entry, b: Entry): number {
  for (let i = 0; i < Math.max(a.order.length, b.order.length); i++) {
    const x = a.order[i];
    const y = b.order[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const diff = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(locale, String(x), String(y));
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Editors order areas and groups (`order`); equal or missing ones alphabetically. */
const byOrder =
  (locale: Locale) => (a: { order?: number | null; name: string }, b: { order?: number | null; name: string }) =>
    (a.order ?? Infinity) - (b.order ?? Infinity) || compareText(locale, a.name, b.name);

/**
 * Builds the catalog of one language. `fallback` is the Lithuanian content when building the
 * English site: its entries without an English version are listed, marked, and link to the
 * Lithuanian page.
 */
export function buildCatalog(
  content: SiteContent,
  ctx: Omit<SectionContext, 'locale'>,
  fallback?: SiteContent,
  responses: ResponseIndex = indexResponses({
    [content.locale]: content,
    ...(fallback && { [fallback.locale]: fallback }),
  }),
): Catalog {
  const locale = content.locale;
  const taxonomies: Record<TaxonomyKey, Term[]> = {
    area: [...content.integrationAreas].sort(byOrder(locale)) as Term[],
    group: [...content.targetGroups].sort(byOrder(locale)) as Term[],
    municipality: [...content.municipalities].sort((a, b) =>
      a.scope === b.scope ? compareText(locale, a.name, b.name) : a.scope === 'national' ? -1 : 1,
    ) as Term[],
  };
  const termsByKey = new Map<string, Term>();
  for (const [taxonomy, terms] of Object.entries(taxonomies))
    for (const t of terms) termsByKey.set(`${taxonomy}:${t.documentId}`, t);

  // A fallback entry's terms are shown with this language's names and URLs where they exist.
  const localiseTerms = (entry: Entry): Entry => {
    const facets = { ...entry.facets };
    for (const taxonomy of ['area', 'group', 'municipality'] as const) {
      facets[taxonomy] = facets[taxonomy]?.map((value): FacetValue => {
        const term = termsByKey.get(`${taxonomy}:${value.key}`);
        return term ? { key: value.key, slug: term.slug, label: term.name } : value;
      });
    }
    const facts = entry.facts.map((fact) =>
      typeof fact.value === 'object' && 'facet' in fact.value
        ? { ...fact, value: { ...fact.value, values: facets[fact.value.facet] ?? [] } }
        : fact,
    );
    return { ...entry, facets, facts };
  };

  const sections = {} as Record<ContentSectionKey, Entry[]>;
  const byKey = new Map<string, Entry>();
  for (const def of SECTION_DEFINITIONS) {
    const own = (content[def.collection] as readonly unknown[]).map((item) =>
      def.toEntry(item as never, { ...ctx, locale }),
    );
    const ownIds = new Set(own.map((e) => e.documentId));
    const borrowed = fallback
      ? (fallback[def.collection] as readonly { documentId: string }[])
          .filter((item) => !ownIds.has(item.documentId))
          // Labels in the page's language, text and link in the entry's own.
          .map((item) => localiseTerms({ ...def.toEntry(item as never, { ...ctx, locale }), locale: fallback.locale }))
      : [];
    const list = [...own, ...borrowed].sort((a, b) => compareEntries(locale, a, b));
    // Lists show how many responses each entry has.
    for (const entry of list) {
      const target = responseTargetOf(entry);
      const count = target ? responses.of(target, entry.documentId).count : 0;
      if (count) entry.responseCount = count;
    }
    sections[def.key as ContentSectionKey] = list;
    for (const entry of list) byKey.set(refKey(entry), entry);
  }

  // Both indexes are built once here; pages only look them up.
  const add = (index: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  const incoming = new Map<string, Entry[]>();
  const byTerm = new Map<string, Entry[]>();
  for (const entry of byKey.values()) {
    for (const ref of new Set(entry.links.map(refKey))) if (ref !== refKey(entry)) add(incoming, ref, entry);
    for (const taxonomy of ['area', 'group', 'municipality'] as const) {
      for (const value of entry.facets[taxonomy] ?? []) add(byTerm, `${taxonomy}:${value.key}`, entry);
    }
  }

  const grouped = (entries: Iterable<Entry>) => {
    const groups = new Map<ContentSectionKey, Entry[]>();
    for (const def of SECTION_DEFINITIONS) {
      const list = [...entries].filter((e) => e.section === def.key).sort((a, b) => compareEntries(locale, a, b));
      if (list.length) groups.set(def.key as ContentSectionKey, list);
    }
    return groups;
  };

  return {
    locale,
    sections,
    taxonomies,
    pages: [...content.pages].sort((a, b) => compareText(locale, a.title, b.title)),
    entry: (ref) => byKey.get(refKey(ref)),
    resolve(ref) {
      const entry = byKey.get(refKey(ref));
      if (!entry) return null;
      return { title: entry.title, href: entryPath(entry), ...(entry.locale !== locale ? { lang: entry.locale } : {}) };
    },
    linkedFrom: (entry) => grouped(incoming.get(refKey(entry)) ?? []),
    withTerm: (taxonomy, termKey) => grouped(byTerm.get(`${taxonomy}:${termKey}`) ?? []),
    responsesTo(entry) {
      const target = responseTargetOf(entry);
      return target ? responses.of(target, entry.documentId) : NO_RESPONSES;
    },
  };
}

export type { SectionKey };
