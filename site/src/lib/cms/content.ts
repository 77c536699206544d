import type { ContentTypeKey, Locale } from '@mip/shared-types';
import type { ResultOf, TadaDocumentNode } from 'gql.tada';
import type { CmsQuery } from './client.ts';
import { fetchAllPages } from './paginate.ts';
import {
  FundingCallsQuery,
  GoodPracticesQuery,
  IntegrationAreasQuery,
  MunicipalitiesQuery,
  NewsItemsQuery,
  OrganisationsQuery,
  PagesQuery,
  PartnerRequestsQuery,
  PolicyPrioritiesQuery,
  ResearchEntriesQuery,
  SeminarsQuery,
  TargetGroupsQuery,
} from './queries.ts';

type Nodes<Q, K extends keyof ResultOf<Q>> =
  NonNullable<ResultOf<Q>[K]> extends { nodes: readonly (infer N)[] } ? N : never;

export type NewsItem = Nodes<typeof NewsItemsQuery, 'newsItems_connection'>;
export type GoodPractice = Nodes<typeof GoodPracticesQuery, 'goodPractices_connection'>;
export type ResearchEntry = Nodes<typeof ResearchEntriesQuery, 'researchEntries_connection'>;
export type FundingCall = Nodes<typeof FundingCallsQuery, 'fundingCalls_connection'>;
export type Seminar = Nodes<typeof SeminarsQuery, 'seminars_connection'>;
export type Organisation = Nodes<typeof OrganisationsQuery, 'organisations_connection'>;
export type PartnerRequest = Nodes<typeof PartnerRequestsQuery, 'partnerRequests_connection'>;
export type PolicyPriority = Nodes<typeof PolicyPrioritiesQuery, 'policyPriorities_connection'>;
export type IntegrationArea = Nodes<typeof IntegrationAreasQuery, 'integrationAreas_connection'>;
export type TargetGroup = Nodes<typeof TargetGroupsQuery, 'targetGroups_connection'>;
export type Municipality = Nodes<typeof MunicipalitiesQuery, 'municipalities_connection'>;
export type Page = Nodes<typeof PagesQuery, 'pages_connection'>;

/** Everything published in one locale: what one language of the site is built from. */
export interface SiteContent {
  locale: Locale;
  newsItems: NewsItem[];
  goodPractices: GoodPractice[];
  researchEntries: ResearchEntry[];
  fundingCalls: FundingCall[];
  seminars: Seminar[];
  organisations: Organisation[];
  partnerRequests: PartnerRequest[];
  policyPriorities: PolicyPriority[];
  integrationAreas: IntegrationArea[];
  targetGroups: TargetGroup[];
  municipalities: Municipality[];
  pages: Page[];
}

/** The content collections, each with its query and where the query's result holds it. */
export const COLLECTIONS = {
  newsItems: { document: NewsItemsQuery, pick: (r: ResultOf<typeof NewsItemsQuery>) => r.newsItems_connection },
  goodPractices: {
    document: GoodPracticesQuery,
    pick: (r: ResultOf<typeof GoodPracticesQuery>) => r.goodPractices_connection,
  },
  researchEntries: {
    document: ResearchEntriesQuery,
    pick: (r: ResultOf<typeof ResearchEntriesQuery>) => r.researchEntries_connection,
  },
  fundingCalls: {
    document: FundingCallsQuery,
    pick: (r: ResultOf<typeof FundingCallsQuery>) => r.fundingCalls_connection,
  },
  seminars: { document: SeminarsQuery, pick: (r: ResultOf<typeof SeminarsQuery>) => r.seminars_connection },
  organisations: {
    document: OrganisationsQuery,
    pick: (r: ResultOf<typeof OrganisationsQuery>) => r.organisations_connection,
  },
  partnerRequests: {
    document: PartnerRequestsQuery,
    pick: (r: ResultOf<typeof PartnerRequestsQuery>) => r.partnerRequests_connection,
  },
  policyPriorities: {
    document: PolicyPrioritiesQuery,
    pick: (r: ResultOf<typeof PolicyPrioritiesQuery>) => r.policyPriorities_connection,
  },
  integrationAreas: {
    document: IntegrationAreasQuery,
    pick: (r: ResultOf<typeof IntegrationAreasQuery>) => r.integrationAreas_connection,
  },
  targetGroups: {
    document: TargetGroupsQuery,
    pick: (r: ResultOf<typeof TargetGroupsQuery>) => r.targetGroups_connection,
  },
  municipalities: {
    document: MunicipalitiesQuery,
    pick: (r: ResultOf<typeof MunicipalitiesQuery>) => r.municipalities_connection,
  },
  pages: { document: PagesQuery, pick: (r: ResultOf<typeof PagesQuery>) => r.pages_connection },
} as const satisfies Record<ContentTypeKey, unknown>; // one per type of the manifest (shared-types)

export type CollectionKey = keyof typeof COLLECTIONS;
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as CollectionKey[];

/** One collection's published entries in a locale (optionally only those `filters` select), in document id order. */
export function fetchCollection<K extends CollectionKey>(
  query: CmsQuery,
  key: K,
  locale: Locale,
  filters?: Record<string, unknown>,
): Promise<SiteContent[K]> {
  const { document, pick } = COLLECTIONS[key] as unknown as {
    document: TadaDocumentNode<
      unknown,
      { locale: string; page?: number | null; pageSize?: number | null; filters?: unknown }
    >;
    pick: (result: unknown) => { nodes: readonly unknown[]; pageInfo: { page: number; pageCount: number } } | null;
  };
  return fetchAllPages(query, document, { locale, filters }, pick) as Promise<SiteContent[K]>;
}

/** Reads every published entry of every collection in a locale, following all result pages. */
export async function fetchSiteContent(query: CmsQuery, locale: Locale): Promise<SiteContent> {
  const content = { locale } as SiteContent;
  // Collections one after another: a gentle, predictable load on the CMS during a build.
  for (const key of COLLECTION_KEYS)
    (content as unknown as Record<CollectionKey, unknown>)[key] = await fetchCollection(query, key, locale);
  return content;
}
