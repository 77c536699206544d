import type { APIRoute } from 'astro';
import { sectionFeedParams, type SectionFeedProps } from '../../../../../lib/feed-routes.ts';
import { calendarFile } from '../../../../../lib/feeds.ts';
import { FACET_SEGMENTS } from '../../../../../lib/i18n/routes.ts';
import { loadSite } from '../../../../../lib/site.ts';

// One calendar per integration area, next to that area's filtered listing.
export const getStaticPaths = async () => {
  const { catalogs } = await loadSite();
  return sectionFeedParams(true).flatMap(({ params, props }) =>
    catalogs[props.locale].taxonomies.area.map((area) => ({
      params: { ...params, facet: FACET_SEGMENTS.area[props.locale], value: area.slug },
      props: { ...props, areaKey: area.documentId },
    })),
  );
};

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, section, areaKey } = props as SectionFeedProps & { areaKey: string };
  const { catalogs } = await loadSite();
  return new Response(calendarFile(catalogs[locale], section, site!, areaKey), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
