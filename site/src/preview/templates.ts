import { createServer, type EnvironmentModuleNode, type InlineConfig, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import type { PageView } from '../lib/page-views.ts';
import { PREVIEW_BANNER_CSS, type PreviewMark } from '../lib/preview-mark.ts';

// The site's templates, loaded for on-demand rendering: a Vite server in middleware mode (no
// port, no file watching) with the site's own Astro configuration compiles the site's components
// once, and renders pages through Astro's container API (render.ts). Node runs this file itself
// (the preview service imports it through @mip/site/preview); Vite runs render.ts.

const SITE_DIR = fileURLToPath(new URL('../..', import.meta.url));

export type RenderPage = (view: PageView, preview: PreviewMark, siteUrl: string) => Promise<string>;

export interface SiteTemplates {
  /** The page's whole HTML document, marked as a preview; its stylesheet inline (`preview.styles` is filled in). */
  renderPage(view: PageView, preview: Omit<PreviewMark, 'styles'>, siteUrl: string): Promise<string>;
  close(): Promise<void>;
}

export async function loadSiteTemplates(): Promise<SiteTemplates> {
  const config = await getViteConfig(
    {
      root: SITE_DIR,
      logLevel: 'warn',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    },
    // The dev toolbar would annotate every element with its source file.
    { root: SITE_DIR, logLevel: 'warn', devToolbar: { enabled: false } },
  )({ mode: 'production', command: 'serve' });
  // Astro's dev server app (routing every URL, on a port) is not wanted: only the compiler is.
  const plugins = flatten(config.plugins).filter((plugin) => (plugin as { name?: string })?.name !== 'astro:server');
  const vite: ViteDevServer = await createServer({ ...config, configFile: false, plugins } as InlineConfig);
  const module = (await vite.ssrLoadModule(ENTRY)) as { renderPage: RenderPage };
  const styles = `${await collectStyles(vite)}\n${PREVIEW_BANNER_CSS}`;
  return {
    renderPage: (view, preview, siteUrl) => module.renderPage(view, { ...preview, styles }, siteUrl),
    close: () => vite.close(),
  };
}

const flatten = (plugins: unknown): unknown[] =>
  Array.isArray(plugins) ? plugins.flatMap(flatten) : plugins ? [plugins] : [];

const ENTRY = '/src/preview/render.ts';
const CSS_REQUEST = /\.css($|\?)|[?&]lang\.css($|&)/;

/**
 * The styles the templates import (the site's stylesheet, the components' <style> blocks), in
 * import order, as CSS text: a build writes them to /_astro/ files, a preview inlines them.
 */
async function collectStyles(vite: ViteDevServer): Promise<string> {
  const graph = vite.environments.ssr!.moduleGraph;
  const urls: string[] = [];
  const seen = new Set<string>();
  const walk = (module: EnvironmentModuleNode | undefined) => {
    if (!module?.id || seen.has(module.id)) return;
    seen.add(module.id);
    if (CSS_REQUEST.test(module.url)) urls.push(module.url);
    else for (const imported of module.importedModules) walk(imported);
  };
  walk(await graph.getModuleByUrl(ENTRY));
  const texts: string[] = [];
  for (const url of urls) {
    const inline = (await vite.ssrLoadModule(`${url}${url.includes('?') ? '&' : '?'}inline`)) as { default: string };
    texts.push(inline.default);
  }
  if (!texts.length) throw new Error('The site templates import no stylesheet: the preview would be unstyled');
  return texts.join('\n');
}
