import type { APIRoute } from 'astro';
import { openDataPaths, type OpenDataProps } from '../../../lib/open-data-routes.ts';
import { toCsv } from '../../../lib/open-data.ts';

export const getStaticPaths = () => openDataPaths('csv');

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as OpenDataProps).rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
