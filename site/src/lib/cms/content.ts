import type { Locale } from '@mip/shared-types';
import type { ResultOf } from 'gql.tada';
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

type Nodes<Q, K extends keyof ResultOf<Q>> = NonNullable<ResultOf<Q>[K]> extends { nodes: readonly (infer N)[] } ? N : never;

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

/** Reads every published entry of every collection in a locale, following all result pages. */
export async function fetchSiteContent(query: CmsQuery, locale: Locale): Promise<SiteContent> {
  const vars = { locale };
  // Collections one after another: a gentle, predictable load on the CMS during a build.
  return {
    locale,
    newsItems: await fetchAllPages(query, NewsItemsQuery, vars, (r) => r.newsItems_connection),
    goodPractices: await fetchAllPages(query, GoodPracticesQuery, vars, (r) => r.goodPractices_connection),
    researchEntries: await fetchAllPages(query, ResearchEntriesQuery, vars, (r) => r.researchEntries_connection),
    fundingCalls: await fetchAllPages(query, FundingCallsQuery, vars, (r) => r.fundingCalls_connection),
    seminars: await fetchAllPages(query, SeminarsQuery, vars, (r) => r.seminars_connection),
    organisations: await fetchAllPages(query, OrganisationsQuery, vars, (r) => r.organisations_connection),
    partnerRequests: await fetchAllPages(query, PartnerRequestsQuery, vars, (r) => r.partnerRequests_connection),
    policyPriorities: await fetchAllPages(query, PolicyPrioritiesQuery, vars, (r) => r.policyPriorities_connection),
    integrationAreas: await fetchAllPages(query, IntegrationAreasQuery, vars, (r) => r.integrationAreas_connection),
    targetGroups: await fetchAllPages(query, TargetGroupsQuery, vars, (r) => r.targetGroups_connection),
    municipalities: await fetchAllPages(query, MunicipalitiesQuery, vars, (r) => r.municipalities_connection),
    pages: await fetchAllPages(query, PagesQuery, vars, (r) => r.pages_connection),
  };
}
