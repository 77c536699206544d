import type { Core } from '@strapi/strapi';

/** Origins whose pages may call the CMS from a browser: the site's and the CMS's own public address. */
function allowedOrigins(env: Core.Config.Shared.ConfigParams['env']): string[] {
  const origins = new Set<string>();
  for (const url of [
    env('SITE_URL', 'http://localhost:4321'),
    env('CMS_PUBLIC_URL', ''),
    ...env('CORS_ORIGINS', '').split(','),
  ]) {
    try {
      if (url.trim()) origins.add(new URL(url.trim()).origin);
    } catch {
      throw new Error(`Not a URL in SITE_URL, CMS_PUBLIC_URL or CORS_ORIGINS: "${url}"`);
    }
  }
  return [...origins];
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Strapi's default reflects any origin, with credentials. Only the platform's own pages may call
  // it from a browser (the admin is served by the CMS itself, so it needs no CORS at all).
  { name: 'strapi::cors', config: { origin: allowedOrigins(env), credentials: false } },
  'strapi::poweredBy',
  'strapi::query',
  // The public write routes: rate limit, caps and their own strict parsing, before Strapi's parser.
  'global::public-routes',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
