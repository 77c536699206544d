// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

/**
 * Full-text search: after the pages are written, Pagefind indexes them (one index per language,
 * from <html lang>) into dist/pagefind/. Only page bodies marked data-pagefind-body are indexed.
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  return {
    name: 'mip-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}

// Builds that keep a cache (the rebuild service sets SITE_BUILD_CACHE) are incremental: a page
// whose cache key (src/lib/page-keys.ts) and code are unchanged is copied from the last build
// instead of rendered. Without it, every build renders everything.
const buildCache = process.env.SITE_BUILD_CACHE;

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react(), pagefindIndex()],
  redirects: { '/': '/lt/' },
  ...(buildCache ? { cacheDir: `${buildCache}/astro`, experimental: { incrementalBuild: true } } : {}),
});
