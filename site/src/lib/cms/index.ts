import path from 'node:path';
import { cmsSettingsFromEnv, createCmsClient } from './client.ts';
import { loadContent, type Content } from './snapshot.ts';

export { CmsUnavailableError } from './client.ts';
export type * from './content.ts';
export type { Content } from './snapshot.ts';

let content: Promise<Content> | undefined;

/**
 * The published content of both languages, read from the CMS once per build and shared by every
 * page. Pages call this; they never build queries or fetch themselves. With SITE_BUILD_CACHE set
 * (a directory kept between builds; the rebuild service sets it) only what changed since the last
 * build is read, unless SITE_FULL_BUILD=true; SITE_CHANGED_MEDIA names files whose documents are
 * read again.
 */
export function loadAllContent(env: Record<string, string | undefined> = process.env): Promise<Content> {
  content ??= (async () => {
    const settings = cmsSettingsFromEnv(env);
    const started = Date.now();
    const loaded = await loadContent(createCmsClient(settings), {
      snapshotFile: env.SITE_BUILD_CACHE ? path.join(env.SITE_BUILD_CACHE, 'content.json') : undefined,
      full: env.SITE_FULL_BUILD === 'true',
      changedMedia: (env.SITE_CHANGED_MEDIA ?? '').split(',').filter(Boolean),
      cmsTime: () => cmsTime(settings.url),
    });
    console.log(`[mip-content] ${loaded.mode} read of the CMS in ${Date.now() - started} ms (${loaded.detail})`);
    return loaded.content;
  })();
  return content;
}

/** The CMS's clock, from the Date header of its health check (this machine's if it sends none). */
async function cmsTime(url: string): Promise<Date> {
  try {
    const date = (await fetch(`${url}/_health`)).headers.get('date');
    const time = date ? new Date(date) : null;
    if (time && !Number.isNaN(time.getTime())) return time;
  } catch {
    // the content queries report an unreachable CMS clearly
  }
  return new Date();
}

/** Absolute URL of an upload: the CMS's public address (CMS_PUBLIC_URL), not the build's. */
export function mediaUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  if (/^https?:\/\//.test(path)) return path;
  const base = (env.CMS_PUBLIC_URL || env.CMS_URL || `http://127.0.0.1:${env.CMS_PORT || '1337'}`).replace(/\/$/, '');
  return `${base}${path}`;
}
