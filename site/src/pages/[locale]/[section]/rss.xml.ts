import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sectionFeedParams, type SectionFeedProps } from '../../../lib/feed-routes.ts';
import { rssItems } from '../../../lib/feeds.ts';
import { UI } from '../../../lib/i18n/ui.ts';
import { sectionDefinition } from '../../../lib/sections/index.ts';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = () => sectionFeedParams();

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, section } = props as SectionFeedProps;
  const { catalogs } = await loadSite();
  const def = sectionDefinition(section);
  return rss({
    title: `${def.title[locale]} | ${UI[locale].siteShortName}`,
    description: def.intro[locale],
    site: site!,
    items: rssItems(catalogs[locale], section, site!),
    customData: `<language>${locale}</language>`,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
  });
};
