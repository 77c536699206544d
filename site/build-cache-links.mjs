// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Incremental builds reuse a page by copying it from Astro's cache (`<cacheDir>/dist/`) into the
 * new output. At 30,000 pages those copies took 20-25 s of every publish; this makes them hard
 * links, which cost a fraction of that, and lets releases share one copy of an unchanged page
 * with the cache and with each other.
 *
 * Links are only safe if nothing writes into a linked file in place: Astro writes a re-rendered
 * page's cache copy with `writeFile`, which would truncate the very file older releases (the live
 * one among them) link to. So a write into the cache replaces the file instead (unlink, then
 * write): releases keep the old bytes, the cache gets a new file.
 *
 * Astro 7 reaches both through `fs.promises` at call time (astro/dist/core/build/incremental.js),
 * which is what is wrapped here, for paths in the cache only. scripts/test/incremental-build.test.ts
 * checks that reused pages are links and that an earlier build keeps its bytes after a later one,
 * so an Astro upgrade that changes either call fails there rather than in production.
 *
 * @param {string} cacheOutputDir Astro's cache of page output, `<cacheDir>/dist`
 */
export function linkPagesFromBuildCache(cacheOutputDir) {
  const root = path.resolve(cacheOutputDir) + path.sep;
  /** @param {unknown} file */
  const inCache = (file) => {
    const name = typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : null;
    return name !== null && path.resolve(name).startsWith(root);
  };
  const { copyFile, writeFile, link, rm } = fs.promises;

  /** @type {typeof fs.promises.copyFile} */
  fs.promises.copyFile = async (source, destination, mode) => {
    if (inCache(source)) {
      try {
        return await link(source, destination);
      } catch {
        // Another file system (EXDEV) or one without links: copy as Astro would.
      }
    }
    return copyFile(source, destination, mode);
  };

  /** @type {typeof fs.promises.writeFile} */
  fs.promises.writeFile = async (file, data, options) => {
    if (inCache(file)) await rm(/** @type {string | URL} */ (file), { force: true });
    return writeFile(file, data, options);
  };
}
