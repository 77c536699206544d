import { loadAllContent, mediaUrl } from './cms/index.ts';
import type { Catalog } from './catalog.ts';
import type { Entry } from './entries.ts';
import { buildSite, listingPath, type Site } from './site-pages.ts';
import { writeFollowIndex } from './follow.ts';

export { entryPath } from './catalog.ts';
export type { Catalog } from './catalog.ts';
export type { Site, SitePage } from './site-pages.ts';

/**
 * The build's clock: every derived status (call open/closed, upcoming seminar) uses it.
 * SITE_BUILD_TIME (an ISO date) pins it, for reproducible builds.
 */
export const BUILD_TIME = buildTime(process.env.SITE_BUILD_TIME);

function buildTime(pinned: string | undefined): Date {
  if (!pinned) return new Date();
  const time = new Date(pinned);
  if (Number.isNaN(time.getTime()))
    throw new Error(`SITE_BUILD_TIME must be an ISO date such as 2026-11-26T12:00:00Z, got "${pinned}"`);
  return time;
}

let site: Promise<Site> | undefined;

/**
 * The whole site model, built once per build from both languages' content. With SITE_FOLLOW_INDEX
 * set (the rebuild service sets it) the build also writes there what each followable page lists.
 */
export function loadSite(): Promise<Site> {
  const started = performance.now();
  site ??= loadAllContent().then((content) => {
    const read = performance.now();
    const built = buildSite(content, { now: BUILD_TIME, media: (path) => mediaUrl(path) });
    // Where a build's time goes before rendering (the README's Performance); the page views and
    // their cache keys are timed where they are made ([locale]/[...path].astro).
    console.log(`Site model: content ${seconds(started, read)}, model ${seconds(read, performance.now())}`);
    if (process.env.SITE_FOLLOW_INDEX) writeFollowIndex(built, process.env.SITE_FOLLOW_INDEX);
    return built;
  });
  return site;
}

/** Time between two `performance.now()` readings, for the build's log. */
export const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;

const HOME_LIST_LENGTH = 4;

/** What the home page highlights, each with the listing that shows more of it. */
export function homeHighlights(catalog: Catalog): {
  key: 'latestNews' | 'closingSoon' | 'upcomingSeminars' | 'recentPractices';
  entries: Entry[];
  morePath: string;
}[] {
  const { locale, sections } = catalog;
  const byStatus = (section: 'funding' | 'seminars', status: string) => {
    const entries = sections[section].filter((e) => e.facets.status?.some((v) => v.key === status));
    const value = entries[0]?.facets.status?.find((v) => v.key === status);
    return {
      entries: entries.slice(0, HOME_LIST_LENGTH),
      morePath: listingPath(locale, section, value ? { key: 'status', value } : null),
    };
  };
  const recentPractices = [...sections.goodPractices].sort((a, b) => b.published.localeCompare(a.published));
  return [
    { key: 'latestNews', entries: sections.news.slice(0, HOME_LIST_LENGTH), morePath: listingPath(locale, 'news') },
    { key: 'closingSoon', ...byStatus('funding', 'closing_soon') },
    { key: 'upcomingSeminars', ...byStatus('seminars', 'upcoming') },
    {
      key: 'recentPractices',
      entries: recentPractices.slice(0, HOME_LIST_LENGTH),
      morePath: listingPath(locale, 'goodPractices'),
    },
  ];
}
