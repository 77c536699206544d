import type { APIRoute } from 'astro';
import { openDataPaths, type OpenDataProps } from '../../../lib/open-data-routes.ts';

export const getStaticPaths = () => openDataPaths('json');

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as OpenDataProps).rows, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
