import type { APIRoute } from 'astro';
import { openDataParams, openDataRows, type OpenDataProps } from '../../../lib/open-data.ts';
import { loadSite } from '../../../lib/site.ts';

export const getStaticPaths = () => openDataParams();

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, collection } = props as OpenDataProps;
  const { catalogs } = await loadSite();
  return new Response(JSON.stringify(openDataRows(catalogs[locale], collection, site!), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
