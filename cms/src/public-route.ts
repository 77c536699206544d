import type { Core } from '@strapi/strapi';
import ipaddr from 'ipaddr.js';
import { match } from 'path-to-regexp';

// The routes anyone may call without signing in. Each API declares its own with `publicRoute()`;
// the global `public-routes` middleware finds them all (every content-API route with
// `auth: false`) and puts the same guard in front of each: a rate limit, caps on what is read,
// and a strict body parser. Nothing else is public: reading goes through the static site.

export interface PublicRouteOptions {
  /** How many files a multipart post may carry (0: none). */
  files?: number;
  /** Whether a multipart post without files is read (RFC 8058's one-click unsubscribe may send one). */
  multipart?: boolean;
  /**
   * Which rate limit it counts against: `form` (the default) for what anyone may send (a
   * submission, a subscription), `link` for the pages behind a signed link from a mail
   * (confirming, unsubscribing, managing subscriptions), which a person uses several times in a
   * row and which need a valid signature to do anything.
   */
  limit?: 'form' | 'link';
}

interface PublicRouteConfig {
  auth: false;
  public: Required<PublicRouteOptions>;
}

/** A route config for a public route (see above). */
export function publicRoute(method: 'GET' | 'POST', path: string, handler: string, options: PublicRouteOptions = {}) {
  const config: PublicRouteConfig = {
    auth: false,
    public: {
      files: options.files ?? 0,
      multipart: options.multipart ?? (options.files ?? 0) > 0,
      limit: options.limit ?? 'form',
    },
  };
  return { method, path, handler, config };
}

export interface PublicRouteMatch extends Required<PublicRouteOptions> {
  method: string;
  path: string;
  matches(path: string): boolean;
}

type RouteLike = {
  method: string;
  path: string;
  config?: { auth?: unknown; public?: Partial<PublicRouteOptions> };
};

/** Every public route of the app's own APIs, with the full path it answers on (`/api/...`). */
export function publicRoutes(strapi: Core.Strapi): PublicRouteMatch[] {
  const prefix = (strapi.config.get('api.rest.prefix', '/api') as string).replace(/\/$/, '');
  const found: PublicRouteMatch[] = [];
  for (const api of Object.values(strapi.apis)) {
    for (const router of Object.values(
      (api as { routes?: Record<string, { type?: string; routes?: RouteLike[] }> }).routes ?? {},
    )) {
      if (router.type && router.type !== 'content-api') continue;
      for (const route of router.routes ?? []) {
        if (route.config?.auth !== false) continue;
        const path = `${prefix}${route.path}`;
        const test = match(path, { decode: decodeURIComponent });
        const files = route.config.public?.files ?? 0;
        found.push({
          method: route.method,
          path,
          files,
          multipart: route.config.public?.multipart ?? files > 0,
          limit: route.config.public?.limit ?? 'form',
          matches: (p) => test(p) !== false,
        });
      }
    }
  }
  return found;
}

/**
 * The rate-limit key of a client address: an IPv4 address as it is, an IPv6 address by its
 * network of `ipv6Prefix` bits (one /64 is one customer: a single attacker has 2^64 addresses in
 * it), an IPv4 address written as IPv6 (`::ffff:1.2.3.4`) as IPv4.
 */
export function clientKey(address: string, ipv6Prefix = 64): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/${ipv6Prefix}`);
  return `${network.toString()}/${ipv6Prefix}`;
}
