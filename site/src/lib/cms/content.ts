import type { Locale } from '@mip/shared-types';
import type { ResultOf, TadaDocumentNode } from 'gql.tada';
import type { CmsQuery } from './client.ts';
import { fetchAllPages } from './paginate.ts';
import { COLLECTION_QUERIES } from './queries.ts';

type Queries = typeof COLLECTION_QUERIES;
export type CollectionKey = keyof Queries;

type Nodes<Q, K extends keyof ResultOf<Q>> =
  NonNullable<ResultOf<Q>[K]> extends { nodes: readonly (infer N)[] } ? N : never;

/** One entry of a collection, as its query gives it. */
export type CollectionItem<K extends CollectionKey> = Nodes<Queries[K], `${K}_connection` & keyof ResultOf<Queries[K]>>;

// The taxonomies' and the free pages' entries by name (a section's: `CollectionItem<key>`).
export type IntegrationArea = CollectionItem<'integrationAreas'>;
export type TargetGroup = CollectionItem<'targetGroups'>;
export type Municipality = CollectionItem<'municipalities'>;
export type Page = CollectionItem<'pages'>;

/** Everything published in one locale: what one language of the site is built from. */
export type SiteContent = { locale: Locale } & { [K in CollectionKey]: CollectionItem<K>[] };

export const COLLECTION_KEYS = Object.keys(COLLECTION_QUERIES) as CollectionKey[];

/**
 * One collection's published entries in a locale (optionally only those `filters` select), in
 * document id order; with `status: 'DRAFT'` their drafts (only the preview service's token may).
 */
export function fetchCollection<K extends CollectionKey>(
  query: CmsQuery,
  key: K,
  locale: Locale,
  filters?: Record<string, unknown>,
  status?: 'DRAFT',
): Promise<SiteContent[K]> {
  const document = COLLECTION_QUERIES[key] as unknown as TadaDocumentNode<
    unknown,
    { locale: string; page?: number | null; pageSize?: number | null; filters?: unknown; status?: 'DRAFT' }
  >;
  // The query's result holds the entries at `<key>_connection`.
  const pick = (result: unknown) =>
    (result as Record<string, { nodes: readonly unknown[]; pageInfo: { page: number; pageCount: number } } | null>)[
      `${key}_connection`
    ] ?? null;
  return fetchAllPages(query, document, { locale, filters, ...(status ? { status } : {}) }, pick) as Promise<
    SiteContent[K]
  >;
}

/** Reads every published entry of every collection in a locale, following all result pages. */
export async function fetchSiteContent(query: CmsQuery, locale: Locale): Promise<SiteContent> {
  const content = { locale } as SiteContent;
  // Collections one after another: a gentle, predictable load on the CMS during a build.
  for (const key of COLLECTION_KEYS)
    (content as unknown as Record<CollectionKey, unknown>)[key] = await fetchCollection(query, key, locale);
  return content;
}
