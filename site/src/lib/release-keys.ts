import type { ReleaseKeys } from '../../release-keys.mjs';
import type { PageView } from './page-views.ts';
import type { SitePage } from './site-pages.ts';

/** The file a page is written to (`build.format: 'directory'`). */
export const pageFile = (page: SitePage) => `${page.locale}/${page.path}index.html`;

/**
 * The pages Astro is to generate. In a build that keeps keys, every page's key is recorded (for the
 * builds over this one, should it become a base); over a base, a page whose key is the one its base
 * file was rendered with is left to the base and recorded as such (site/release-keys.mjs).
 */
export function pagesToGenerate(views: PageView[], keys: Map<SitePage, string>): PageView[] {
  // Set up by the build's configuration (site/release-keys.mjs `SHARED`) when the build keeps page keys.
  const state = (globalThis as Record<symbol, ReleaseKeys | undefined>)[Symbol.for('mip.release-keys')];
  if (!state) return views;
  const own: PageView[] = [];
  const reused: string[] = [];
  const recorded: Record<string, string> = {};
  for (const view of views) {
    const file = pageFile(view.page);
    const key = keys.get(view.page)!;
    recorded[file] = key;
    if (state.base?.get(file) === key) reused.push(file);
    else own.push(view);
  }
  state.keys = recorded;
  state.reused = reused;
  return own;
}
