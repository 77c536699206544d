import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import SitePage from '../components/SitePage.astro';
import type { PageView } from '../lib/page-views.ts';
import type { PreviewMark } from '../lib/preview-mark.ts';

// The preview renderer's view of the site's templates: one page, from its view model, through the
// same component the static build renders every page with (components/SitePage.astro), by Astro's
// container API. The page's styles come inline (`preview.styles`, templates.ts), where a build
// links its /_astro/ files. Vite runs this module, with the site's own Astro configuration
// (templates.ts).

let container: Promise<experimental_AstroContainer> | undefined;

export async function renderPage(view: PageView, preview: PreviewMark, siteUrl: string): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers, astroConfig: { site: siteUrl } }),
  );
  const path = `/${view.page.locale}/${view.page.path}`;
  const html = await (await container).renderToString(SitePage, {
    props: { view, preview },
    request: new Request(new URL(path, siteUrl)),
    // The whole document, with its doctype, as a build writes it.
    partial: false,
  });
  return withoutHydration(html);
}

/**
 * A preview shows islands (the contact form) as the server renders them, as a reader without
 * JavaScript sees them: a build's islands load their code from /_astro/, which a preview has not.
 * Astro's inline hydration scripts go (the preview's policy would refuse them anyway), and so do
 * the islands' module addresses, which here are paths on the server.
 */
function withoutHydration(html: string): string {
  return html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<astro-island\b[^>]*>/g, (tag) => tag.replace(/\s(component|renderer)-url="[^"]*"/g, ''));
}
