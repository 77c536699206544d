import { createHash } from 'node:crypto';
import { LOCALES } from '@mip/shared-types';
import type { PageView } from './page-views.ts';
import type { Site, SitePage } from './site-pages.ts';

// Incremental builds (Astro's experimental.incrementalBuild): a page is rendered again only when
// its cache key changes; otherwise last build's HTML is reused. The key is the digest of the
// page's view model (page-views.ts), which is all its view and the layout are given: what the
// page shows is what its key covers. Entries are reduced to a digest of their data (and their
// JSON-LD), computed once. Astro adds the page's code to the key itself. The rebuild service
// still builds everything afresh on its schedule.

/** Bump when something a page shows starts to depend on data these keys do not cover. */
const KEY_VERSION = 2;

export const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Serialised values longer than this are replaced by their digest and remembered per object. */
const MEMO_LENGTH = 128;

export function pageCacheKeys(site: Site, views: PageView[]): Map<SitePage, string> {
  // Pages share much of their data (an entry appears in many lists, a section's filters on all
  // its listing pages, coverage items in many cells): each object is serialised once, and a
  // large one stands in its digest wherever it appears again.
  const memo = new WeakMap<object, string>();
  const serialise = (value: unknown): string => {
    if (value === null || value === undefined || typeof value === 'function') return 'null';
    if (typeof value !== 'object') return JSON.stringify(value);
    const known = memo.get(value);
    if (known !== undefined) return known;
    let text: string;
    if (value instanceof Map || value instanceof Set) text = serialise([...value]);
    else if (Array.isArray(value)) text = `[${value.map(serialise).join(',')}]`;
    else {
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key in record) {
        const v = record[key];
        if (v !== undefined && typeof v !== 'function') parts.push(`${JSON.stringify(key)}:${serialise(v)}`);
      }
      text = `{${parts.join(',')}}`;
    }
    if (text.length > MEMO_LENGTH) {
      text = `#${digest(text)}`;
      memo.set(value, text);
    }
    return text;
  };
  for (const locale of LOCALES) {
    for (const entries of Object.values(site.catalogs[locale].sections)) {
      for (const entry of entries) {
        // The JSON-LD comes from a function of the raw CMS data: its output is part of the entry.
        if (!memo.has(entry)) memo.set(entry, `#${digest(JSON.stringify([entry, entry.schema('')]))}`);
      }
    }
  }

  const keys = new Map<SitePage, string>();
  for (const view of views) keys.set(view.page, digest(`${KEY_VERSION}|${serialise(view)}`));
  return keys;
}
