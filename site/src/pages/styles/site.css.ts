import type { APIRoute } from 'astro';
import stylesheet from '../../styles/site.css?raw';

// The site's stylesheet at an address that does not change between builds: the pages the CMS
// answers the public with (a form's errors, an alert confirmation, a subscriber's subscriptions)
// link it, so they look like the site without a copy of its styles. Pages link their hashed copy.
export const GET: APIRoute = () => new Response(stylesheet, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
