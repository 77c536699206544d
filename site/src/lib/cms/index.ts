import type { Locale } from '@mip/shared-types';
import { cmsSettingsFromEnv, createCmsClient, type CmsQuery } from './client.ts';
import { graphql } from './graphql.ts';
import { fetchAllPages } from './paginate.ts';

export { CmsUnavailableError } from './client.ts';

let client: CmsQuery | undefined;
const cms = () => (client ??= createCmsClient(cmsSettingsFromEnv()));

// The sections the placeholder home page counts; the full site has its own issue.
export const SECTIONS = [
  'newsItems',
  'goodPractices',
  'researchEntries',
  'fundingCalls',
  'seminars',
  'organisations',
  'partnerRequests',
  'policyPriorities',
] as const;
export type Section = (typeof SECTIONS)[number];

const HomeCounts = graphql(`
  query HomeCounts($locale: I18NLocaleCode!) {
    newsItems_connection(locale: $locale) { pageInfo { total } }
    goodPractices_connection(locale: $locale) { pageInfo { total } }
    researchEntries_connection(locale: $locale) { pageInfo { total } }
    fundingCalls_connection(locale: $locale) { pageInfo { total } }
    seminars_connection(locale: $locale) { pageInfo { total } }
    organisations_connection(locale: $locale) { pageInfo { total } }
    partnerRequests_connection(locale: $locale) { pageInfo { total } }
    policyPriorities_connection(locale: $locale) { pageInfo { total } }
  }
`);

const NewsPage = graphql(`
  query NewsPage($locale: I18NLocaleCode!, $page: Int, $pageSize: Int) {
    newsItems_connection(locale: $locale, sort: ["date:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId title slug date }
      pageInfo { page pageCount }
    }
  }
`);

export type NewsSummary = { documentId: string; title: string; slug: string; date: string };

export interface HomeData {
  counts: Record<Section, number>;
  latestNews: NewsSummary[];
}

/** All published news of a locale, newest first (every page of the CMS's results). */
export function loadAllNews(locale: Locale): Promise<NewsSummary[]> {
  return fetchAllPages(cms(), NewsPage, { locale }, (result) => result.newsItems_connection);
}

export async function loadHome(locale: Locale): Promise<HomeData> {
  const data = await cms()(HomeCounts, { locale });
  const total = (connection: { pageInfo: { total: number } } | null) => connection?.pageInfo.total ?? 0;
  return {
    counts: {
      newsItems: total(data.newsItems_connection),
      goodPractices: total(data.goodPractices_connection),
      researchEntries: total(data.researchEntries_connection),
      fundingCalls: total(data.fundingCalls_connection),
      seminars: total(data.seminars_connection),
      organisations: total(data.organisations_connection),
      partnerRequests: total(data.partnerRequests_connection),
      policyPriorities: total(data.policyPriorities_connection),
    },
    latestNews: (await loadAllNews(locale)).slice(0, 5),
  };
}
