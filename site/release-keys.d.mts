// Types of release-keys.mjs (plain JavaScript beside the Astro configuration).

/** A route's files: the key of each, and those left to the base. */
export interface RouteKeys {
  keys: Record<string, string>;
  reused: string[];
}
/** What a build knows and learns of its files' keys, per route (release-keys.mjs). */
export interface ReleaseKeys {
  code: string;
  base: Map<string, string> | null;
  routes: Record<string, RouteKeys>;
}
export const KEYS_FILE: '.page-keys.json';
export const CODE_SOURCES: string[];
export const RENDER_ENV: string[];
export const BUILD_ENV: string[];
export const SHARED: unique symbol;
/** Digest of the code that renders pages, and of the environment it renders with. */
export function codeDigest(env?: NodeJS.ProcessEnv): string;
/** The code digest a release's page keys were made with, or null when it has none. */
export function keysCodeOf(dir: string): string | null;
export function startReleaseKeys(baseDir: string | undefined): ReleaseKeys;
export function releaseKeysOfThisBuild(): ReleaseKeys | undefined;
/** Every route's keys and files left to the base, together. */
export function keptFiles(state: ReleaseKeys): RouteKeys;
export function writeReleaseKeys(outDir: string, state: ReleaseKeys): void;
