import type { APIRoute } from 'astro';
import { sectionFeedParams, type SectionFeedProps } from '../../../lib/feed-routes.ts';
import { calendarFile } from '../../../lib/feeds.ts';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = () => sectionFeedParams(true);

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, section } = props as SectionFeedProps;
  const { catalogs } = await loadSite();
  return new Response(calendarFile(catalogs[locale], section, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
