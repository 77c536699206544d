// The public site's address (SITE_URL), which the CMS's public pages link back to and redirect to.

export const siteUrl = () => (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');

/**
 * A path on the site a form says it was sent from (`?from=`), if it is one: below a language,
 * without another host, scheme, query or anything a browser would read as leaving the site.
 */
export function sitePath(from: unknown): string | null {
  if (typeof from !== 'string' || from.length > 500) return null;
  return /^\/(lt|en)\/([A-Za-z0-9._~%-]+\/)*$/.test(from) ? from : null;
}
