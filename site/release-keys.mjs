// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pages left to the base without going through Astro. A release over a base (the rebuild service's
 * layered releases, scripts/lib/rebuild/layers.ts) needs only the pages that differ from the base.
 * Astro's incremental build would still visit all of them, one by one, to find each unchanged
 * (about 16 s at 30,000 pages); so a whole release also keeps the cache key each of its pages was
 * rendered with (`.page-keys.json`), and a build over it hands Astro only the pages whose key
 * differs (src/lib/release-keys.ts, in the pages' `getStaticPaths`). The others are recorded as
 * served by the base, as build-cache-links.mjs records the pages Astro reuses from it. The open
 * data files go the same way, keyed by their rows (src/lib/open-data-routes.ts): at 10,000
 * documents they are 50 MB, of which a publish changes one or two collections.
 *
 * A key covers what a page shows, not the code that shows it; Astro adds a hash of each route's
 * code to its own keys. Here the code is the digest of everything that renders pages (the site's
 * sources, the shared types, the lock file of the packages, the environment the pages read): a
 * base built with other code is not used, and every page goes through Astro (and its own checks).
 */

export const KEYS_FILE = '.page-keys.json';

const SITE_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = path.dirname(SITE_DIR);

/** The sources whose code renders pages: directories (walked) and files, from the repository's root. */
export const CODE_SOURCES = [
  'site/src',
  'site/astro.config.mjs',
  'site/build-cache-links.mjs',
  'site/release-keys.mjs',
  'site/package.json',
  'shared-types/src',
  'shared-types/package.json',
  'package-lock.json',
];

/**
 * The environment pages are rendered with (read by the site's code or its configuration). The
 * other variables the site reads steer the build (site/test/release-keys.test.ts holds both lists
 * to what the code reads).
 */
export const RENDER_ENV = ['SITE_URL', 'CMS_URL', 'CMS_PUBLIC_URL', 'CMS_PORT', 'SUBMISSION_MAX_FILE_MB'];
export const BUILD_ENV = [
  'CMS_TOKEN',
  'SITE_BUILD_CACHE',
  'SITE_BUILD_TIME',
  'SITE_FULL_BUILD',
  'SITE_CHANGED_MEDIA',
  'SITE_SEARCH_INDEX',
  'SITE_RELEASE_BASE',
  'SITE_FOLLOW_INDEX',
];

/**
 * Digest of the code that renders pages, and of the environment it renders with.
 * @param {NodeJS.ProcessEnv} env
 */
export function codeDigest(env = process.env) {
  const hash = createHash('sha256');
  /** @param {string} relative */
  const add = (relative) => {
    const full = path.join(ROOT_DIR, relative);
    let entries;
    try {
      entries = readdirSync(full, { withFileTypes: true });
    } catch {
      let bytes;
      try {
        bytes = readFileSync(full);
      } catch {
        bytes = 'missing'; // (a deployment without it): the same on every build there
      }
      hash.update(`${relative}\0`).update(bytes).update('\0');
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      add(`${relative}/${entry.name}`);
    }
  };
  for (const source of CODE_SOURCES) add(source);
  for (const name of RENDER_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('base64url');
}

/**
 * What a build knows and learns of its files' keys, shared with the routes' modules (which Vite
 * bundles apart from this configuration, so through a global; src/lib/release-keys.ts reads it):
 * per route (the HTML pages, the open data files), the key of each file and the files left to the base.
 * @typedef {{ keys: Record<string, string>, reused: string[] }} RouteKeys
 * @typedef {{ code: string, base: Map<string, string> | null, routes: Record<string, RouteKeys> }} ReleaseKeys
 */
export const SHARED = Symbol.for('mip.release-keys');

/**
 * A release's saved page keys and the code digest they were made with, or null when it has none.
 * @param {string} dir
 * @returns {{ code: string, pages: Record<string, string> } | null}
 */
function savedKeys(dir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, KEYS_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The code digest a release's page keys were made with, or null when it has none.
 * @param {string} dir
 * @returns {string | null}
 */
export const keysCodeOf = (dir) => savedKeys(dir)?.code ?? null;

/**
 * Sets up a build that keeps keys (the rebuild service's): with `baseDir`, the base's keys, if
 * they were made with the same code.
 * @param {string | undefined} baseDir
 * @returns {ReleaseKeys}
 */
export function startReleaseKeys(baseDir) {
  const code = codeDigest();
  // A base without keys (made before them) or made by other code: every page goes through Astro.
  const saved = baseDir ? savedKeys(baseDir) : null;
  const base = saved?.code === code ? new Map(Object.entries(saved.pages)) : null;
  /** @type {ReleaseKeys} */
  const state = { code, base, routes: {} };
  /** @type {Record<symbol, unknown>} */ (globalThis)[SHARED] = state;
  return state;
}

/** This build's keys, if it keeps them (set up by `startReleaseKeys`). @returns {ReleaseKeys | undefined} */
export const releaseKeysOfThisBuild = () => /** @type {any} */ (globalThis)[SHARED];

/**
 * Every route's keys and files left to the base, together.
 * @param {ReleaseKeys} state
 * @returns {RouteKeys}
 */
export function keptFiles(state) {
  const routes = Object.values(state.routes);
  return { keys: Object.assign({}, ...routes.map((r) => r.keys)), reused: routes.flatMap((r) => r.reused) };
}

/**
 * Writes the keys of a whole release's files beside them, for the builds that will go over it.
 * @param {string} outDir
 * @param {ReleaseKeys} state
 */
export function writeReleaseKeys(outDir, state) {
  writeFileSync(path.join(outDir, KEYS_FILE), JSON.stringify({ code: state.code, pages: keptFiles(state).keys }));
}
