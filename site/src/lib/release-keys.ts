import type { ReleaseKeys } from '../../release-keys.mjs';
import type { PageView } from './page-views.ts';
import type { SitePage } from './site-pages.ts';

/** The file a page is written to (`build.format: 'directory'`). */
export const pageFile = (page: SitePage) => `${page.locale}/${page.path}index.html`;

/**
 * The files of a route Astro is to generate. In a build that keeps keys, every file's key is
 * recorded under its route (for the builds over this one, should it become a base); over a base, a
 * file whose key is the one its base file was made with is left to the base and recorded as such
 * (site/release-keys.mjs). Asked again (Astro may), a route's record is replaced, not added to.
 */
export function filesToGenerate<T>(
  route: string,
  items: T[],
  fileOf: (item: T) => string,
  keyOf: (item: T) => string,
): T[] {
  // Set up by the build's configuration (site/release-keys.mjs `SHARED`) when the build keeps keys.
  const state = (globalThis as Record<symbol, ReleaseKeys | undefined>)[Symbol.for('mip.release-keys')];
  if (!state) return items;
  const own: T[] = [];
  const reused: string[] = [];
  const keys: Record<string, string> = {};
  for (const item of items) {
    const file = fileOf(item);
    const key = keyOf(item);
    keys[file] = key;
    if (state.base?.get(file) === key) reused.push(file);
    else own.push(item);
  }
  state.routes[route] = { keys, reused };
  return own;
}

/** The HTML pages Astro is to generate (`filesToGenerate`), each keyed by its view (lib/page-keys.ts). */
export const pagesToGenerate = (views: PageView[], keys: Map<SitePage, string>): PageView[] =>
  filesToGenerate(
    'pages',
    views,
    (view) => pageFile(view.page),
    (view) => keys.get(view.page)!,
  );
