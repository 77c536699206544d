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
 * write): releases keep the old bytes, the cache gets a new file. And since Astro writes a page
 * into the output before it writes the same bytes into the cache, the cache's copy is made a link
 * to the output's: a page in the cache is then the very file of the release that rendered it.
 *
 * Releases over a base (`baseDir`, the rebuild service's layered releases,
 * scripts/lib/rebuild/layers.ts): a reused page whose cache copy IS the base's file (same inode;
 * nothing ever writes into one in place) is not linked into the output at all, only recorded
 * (`reusedFromBase`): the release holds what differs from its base, which is served underneath.
 *
 * Astro 7 reaches both through `fs.promises` at call time (astro/dist/core/build/incremental.js),
 * which is what is wrapped here, for paths in the cache only. scripts/test/incremental-build.test.ts
 * checks that reused pages are links, that an earlier build keeps its bytes after a later one, and
 * that a release over a base equals a build from nothing, so an Astro upgrade that changes either
 * call fails there rather than in production.
 *
 * @param {string} cacheOutputDir Astro's cache of page output, `<cacheDir>/dist`
 * @param {{ baseDir?: string }} [options]
 */
export function linkPagesFromBuildCache(cacheOutputDir, options = {}) {
  const root = path.resolve(cacheOutputDir) + path.sep;
  /** @param {unknown} file */
  const fileName = (file) => (typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : null);
  /** @param {unknown} file @returns {string | null} the path inside the cache, or null */
  const inCache = (file) => {
    const name = fileName(file);
    if (name === null) return null;
    const resolved = path.resolve(name);
    return resolved.startsWith(root) ? resolved.slice(root.length) : null;
  };
  const { copyFile, writeFile, link, rm, stat } = fs.promises;
  const baseDir = options.baseDir ? path.resolve(options.baseDir) : null;

  /** @param {string} a @param {string} b */
  const sameFile = async (a, b) => {
    try {
      const [x, y] = await Promise.all([stat(a), stat(b)]);
      return x.ino === y.ino && x.dev === y.dev;
    } catch {
      return false;
    }
  };

  /** @type {typeof fs.promises.copyFile} */
  fs.promises.copyFile = async (source, destination, mode) => {
    const relative = inCache(source);
    if (relative !== null) {
      if (baseDir && (await sameFile(/** @type {string} */ (fileName(source)), path.join(baseDir, relative)))) {
        state.reusedFromBase.push(relative.split(path.sep).join('/'));
        return;
      }
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
    const relative = inCache(file);
    if (relative === null) return writeFile(file, data, options);
    await rm(/** @type {string | URL} */ (file), { force: true });
    const output = state.outDir ? path.join(state.outDir, relative) : null;
    if (output && Buffer.isBuffer(data)) {
      try {
        // Only if the output holds these very bytes (Astro wrote them there just before).
        const written = await stat(output);
        if (written.size === data.byteLength && (await fs.promises.readFile(output)).equals(data)) {
          return await link(output, /** @type {string} */ (fileName(file)));
        }
      } catch {
        // Not there, or no links here: write the file.
      }
    }
    return writeFile(file, data, options);
  };
}

/** What this build reused from its base, and where it writes: read by the `mip-release` integration. */
export const state = {
  /** @type {string | null} */
  outDir: null,
  /** @type {string[]} */
  reusedFromBase: [],
};
