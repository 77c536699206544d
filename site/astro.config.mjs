// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkPagesFromBuildCache, state as buildCacheState } from './build-cache-links.mjs';
import { writeSearchIndex } from './search-index.mjs';
import { KEYS_FILE, keptFiles, releaseKeysOfThisBuild, startReleaseKeys, writeReleaseKeys } from './release-keys.mjs';

/**
 * Search: after the pages are written, Pagefind indexes them into dist/pagefind/ (see
 * search-index.mjs), unless SITE_SEARCH_INDEX=separate: the rebuild service then indexes each
 * release itself, after it is live.
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  return {
    name: 'mip-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SITE_SEARCH_INDEX === 'separate')
          return logger.info('Search index left to the rebuild service');
        const outDir = fileURLToPath(dir);
        const { pages, indexes } = await writeSearchIndex(outDir, `${outDir}/pagefind`);
        logger.info(`Pagefind indexed ${pages} pages in ${indexes} indexes`);
      },
    },
  };
}

/**
 * Releases over a base (SITE_RELEASE_BASE, set by the rebuild service): the output holds only what
 * differs from the base, and `.release.json` names the pages reused from it, which the service
 * turns into the release's list of what is served from the base (scripts/lib/rebuild/layers.ts).
 * A build without a base keeps its pages' keys, for the builds that will go over it (release-keys.mjs).
 * @returns {import('astro').AstroIntegration}
 */
function releaseOverBase() {
  return {
    name: 'mip-release',
    hooks: {
      'astro:config:done': ({ config }) => {
        buildCacheState.outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const releaseKeys = releaseKeysOfThisBuild();
        if (!releaseKeys) return;
        const outDir = fileURLToPath(dir);
        if (!releaseBase) return writeReleaseKeys(outDir, releaseKeys);
        const notGenerated = keptFiles(releaseKeys).reused;
        const notGeneratedPages = notGenerated.filter((file) => file.endsWith('.html')).length;
        const reused = [...notGenerated, ...buildCacheState.reusedFromBase];
        writeFileSync(
          path.join(outDir, '.release.json'),
          JSON.stringify({ base: path.resolve(releaseBase), reusedFromBase: reused.sort() }),
        );
        logger.info(
          `${reused.length} files left to the base release: ${notGeneratedPages} pages and ${notGenerated.length - notGeneratedPages} other files not generated (their keys are the base's), ${buildCacheState.reusedFromBase.length} reused by Astro`,
        );
        if (!releaseKeys.base) logger.info(`The base release has no page keys made with this code (${KEYS_FILE})`);
      },
    },
  };
}

// Builds that keep a cache (the rebuild service sets SITE_BUILD_CACHE) are incremental: a page
// whose cache key (src/lib/page-keys.ts) and code are unchanged is linked from the last build
// (build-cache-links.mjs) instead of rendered. Without it, every build renders everything.
const buildCache = process.env.SITE_BUILD_CACHE;
const releaseBase = buildCache ? process.env.SITE_RELEASE_BASE : undefined;
if (buildCache) linkPagesFromBuildCache(`${buildCache}/astro/dist`, { baseDir: releaseBase });
if (buildCache) startReleaseKeys(releaseBase);

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  // Pages are generated several at a time: an incremental build reuses most pages (a few file
  // system calls each, README "Performance"), and one at a time those calls left the process
  // waiting; rendering itself stays on one thread.
  build: { format: 'directory', concurrency: 4 },
  // Islands are rendered with renderToString: React 18's streaming renderer can leave NUL bytes
  // where a multi-byte letter (ų, „) meets its 2 KB buffer's end (facebook/react#26228, fixed only
  // in React 19); a static build gains nothing from streaming anyway.
  integrations: [react({ experimentalDisableStreaming: true }), pagefindIndex(), releaseOverBase()],
  redirects: { '/': '/lt/' },
  ...(buildCache ? { cacheDir: `${buildCache}/astro`, experimental: { incrementalBuild: true } } : {}),
});
