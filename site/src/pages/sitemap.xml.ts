import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Every HTML page, each with hreflang links to the translations that exist (and only those).
export const GET: APIRoute = async ({ site }) => {
  const model = await loadSite();
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const urls = Object.values(model.pages)
    .flat()
    // The notices after a form was sent are for the people who sent one, not for search engines.
    .filter((page) => page.kind !== 'notice')
    .map((page) => {
      const self = `/${page.locale}/${page.path}`;
      const alternates = model.alternates(page);
      const links = alternates.length
        ? [{ locale: page.locale, path: self }, ...alternates]
            .map((a) => `<xhtml:link rel="alternate" hreflang="${a.locale}" href="${abs(a.path)}"/>`)
            .join('')
        : '';
      const lastmod =
        page.kind === 'detail' && page.entry.updatedAt ? `<lastmod>${page.entry.updatedAt}</lastmod>` : '';
      return `<url><loc>${abs(self)}</loc>${lastmod}${links}</url>`;
    });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
