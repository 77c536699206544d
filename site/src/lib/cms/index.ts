import type { Locale } from '@mip/shared-types';
import { cmsSettingsFromEnv, createCmsClient, type CmsQuery } from './client.ts';
import { fetchSiteContent, type SiteContent } from './content.ts';

export { CmsUnavailableError } from './client.ts';
export type * from './content.ts';

let client: CmsQuery | undefined;
const contentByLocale = new Map<Locale, Promise<SiteContent>>();

/**
 * The published content of one locale, read from the CMS once per build and shared by every
 * page. Pages call this; they never build queries or fetch themselves.
 */
export function loadSiteContent(locale: Locale): Promise<SiteContent> {
  let content = contentByLocale.get(locale);
  if (!content) {
    client ??= createCmsClient(cmsSettingsFromEnv());
    contentByLocale.set(locale, (content = fetchSiteContent(client, locale)));
  }
  return content;
}

/** Absolute URL of an upload: the CMS's public address (CMS_PUBLIC_URL), not the build's. */
export function mediaUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  if (/^https?:\/\//.test(path)) return path;
  const base = (env.CMS_PUBLIC_URL || env.CMS_URL || `http://127.0.0.1:${env.CMS_PORT || '1337'}`).replace(/\/$/, '');
  return `${base}${path}`;
}
