// Types of release-keys.mjs (plain JavaScript beside the Astro configuration).

/** What a build knows and learns of page keys (release-keys.mjs). */
export interface ReleaseKeys {
  code: string;
  base: Map<string, string> | null;
  keys: Record<string, string>;
  reused: string[];
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
export function writeReleaseKeys(outDir: string, state: ReleaseKeys): void;
