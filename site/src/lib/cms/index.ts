import type { Locale } from '@mip/shared-types';
import { cmsSettingsFromEnv, createCmsClient } from './client.ts';

export { CmsUnavailableError } from './client.ts';

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

export interface HomeData {
  counts: Record<Section, number>;
  latestNews: { documentId: string; title: string; slug: string; date: string }[];
}

let query: ReturnType<typeof createCmsClient> | undefined;
const cms = () => (query ??= createCmsClient(cmsSettingsFromEnv()));

export async function loadHome(locale: Locale): Promise<HomeData> {
  const counts = SECTIONS.map((s) => `${s}: ${s}_connection(locale: $locale) { pageInfo { total } }`).join('\n');
  const data = await cms()<Record<string, unknown>>(
    `query Home($locale: I18NLocaleCode!) {
      ${counts}
      latestNews: newsItems(locale: $locale, sort: "date:desc", pagination: { limit: 5 }) { documentId title slug date }
    }`,
    { locale },
  );
  return {
    counts: Object.fromEntries(SECTIONS.map((s) => [s, (data[s] as { pageInfo: { total: number } }).pageInfo.total])) as Record<Section, number>,
    latestNews: data.latestNews as HomeData['latestNews'],
  };
}
