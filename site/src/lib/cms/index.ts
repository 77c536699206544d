import type { Locale } from '@mip/shared-types';
import { cmsSettingsFromEnv, createCmsClient, type CmsQuery } from './client.ts';
import { fetchSiteContent, type NewsItem, type SiteContent } from './content.ts';

export { CmsUnavailableError } from './client.ts';
export type * from './content.ts';

let client: CmsQuery | undefined;
const contentByLocale = new Map<Locale, Promise<SiteContent>>();

/**
 * The published content of one locale, read from the CMS once per build and shared by every
 * page. Pages call this; they never build queries or fetch themselves.
 */
export function loadSiteContent(locale: Locale): Promise<SiteContent> {
  let content = contentByLocale.get(locale);
  if (!content) {
    client ??= createCmsClient(cmsSettingsFromEnv());
    contentByLocale.set(locale, (content = fetchSiteContent(client, locale)));
  }
  return content;
}

// The sections the placeholder home page counts; the full pages are being built (issue 3).
export const SECTIONS = [
  'newsItems',
  'goodPractices',
  'researchEntries',
  'fundingCalls',
  'seminars',
  'organisations',
  'partnerRequests',
  'policyPriorities',
] as const satisfies readonly (keyof SiteContent)[];
export type Section = (typeof SECTIONS)[number];

export interface HomeData {
  counts: Record<Section, number>;
  latestNews: NewsItem[];
}

export async function loadHome(locale: Locale): Promise<HomeData> {
  const content = await loadSiteContent(locale);
  return {
    counts: Object.fromEntries(SECTIONS.map((section) => [section, content[section].length])) as Record<Section, number>,
    latestNews: content.newsItems.slice(0, 5),
  };
}
