import type { APIRoute } from 'astro';
import { openDataParams, openDataRows, toCsv, type OpenDataProps } from '../../../lib/open-data.ts';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = () => openDataParams();

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, collection } = props as OpenDataProps;
  const { catalogs } = await loadSite();
  return new Response(toCsv(openDataRows(catalogs[locale], collection, site!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
