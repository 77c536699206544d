import type { ChildProcess } from 'node:child_process';
import { ROOT_DIR, SITE_DIR } from '../paths.ts';
import { spawnPrefixed } from '../processes.ts';
import path from 'node:path';
import type { SiteBuilder } from './service.ts';
import { codeDigest, keysCodeOf } from '@mip/site/release-keys';

/** Builds in progress: stopped with the service, so no orphan keeps writing into a release. */
const running = new Set<ChildProcess>();

/** Stops every build in progress (its whole process group: npx, astro and their children). */
export function stopRunningBuilds() {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const ASTRO = path.join(ROOT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

const stripColours = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

/** How often a build reports how many pages it has written. */
export const PAGE_PROGRESS_EVERY = 5000;

/**
 * Astro logs a line per page written; at 30,000 pages that buries everything else in the service's
 * log. This keeps the other lines and, instead of those, a count every `every` pages.
 */
export function pageProgressFilter(every = PAGE_PROGRESS_EVERY): (line: string) => string | null {
  let written = 0;
  let reused = 0;
  return (line) => {
    const clean = stripColours(line);
    if (!/[├└]─ \//.test(clean)) return line;
    written++;
    if (/\((cached|restored)\)\s*$/.test(clean)) reused++;
    return written % every === 0 ? `${written} pages written (${reused} reused from the last build)` : null;
  };
}

/** Where a build writes its follow index (site/src/lib/follow.ts). */
export const followIndexFile = (cacheDir: string) => path.join(cacheDir, 'follow-index.json');

/**
 * The real build: `astro build` of the site into the release's working directory; over `base`, only
 * the files that differ from that release (site/build-cache-links.mjs). `cacheDir` is kept between builds (content
 * snapshot, Astro's page cache), so a build reads and renders only what changed. Its output is
 * shown with a `site │` prefix; a failure is reported with the build's own last error lines.
 */
export function astroSiteBuilder(env: NodeJS.ProcessEnv, cacheDir: string): SiteBuilder {
  const build: SiteBuilder = (workDir, mode, base) =>
    new Promise((resolve, reject) => {
      const args = [ASTRO, 'build', '--outDir', workDir, ...(mode.full ? ['--force'] : [])];
      // The service indexes search itself, after the release is live.
      const buildEnv = {
        ...env,
        SITE_BUILD_CACHE: cacheDir,
        SITE_FULL_BUILD: String(mode.fullRead),
        SITE_CHANGED_MEDIA: mode.changedMedia.join(','),
        SITE_SEARCH_INDEX: 'separate',
        // Only what differs from this whole release is written (layers.ts).
        SITE_RELEASE_BASE: base ?? '',
        // What each followable page lists, for email alerts once the release is live (lib/rebuild/alerts.ts).
        SITE_FOLLOW_INDEX: followIndexFile(cacheDir),
      };
      // The last lines, to say why a build failed; the log gets a page count instead of a line per page.
      const lastLines: string[] = [];
      const progress = pageProgressFilter();
      const filter = (line: string) => {
        const clean = stripColours(line).trim();
        if (clean && lastLines.push(clean) > 40) lastLines.shift();
        return progress(line);
      };
      // Its own process group, so stopping the service stops the build too.
      const child = spawnPrefixed(process.execPath, args, 'site', {
        cwd: SITE_DIR,
        env: buildEnv,
        detached: true,
        filter,
      });
      running.add(child);
      child.once('exit', () => running.delete(child));
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        if (code === 0) return resolve();
        const cause =
          lastLines
            .filter((l) => /error|cannot|failed|unreachable/i.test(l))
            .slice(-3)
            .join(' | ') || lastLines.slice(-3).join(' | ');
        reject(new Error(`astro build ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}: ${cause}`));
      });
    });
  // A base's page keys are of use only to the code that made them (site/release-keys.mjs).
  build.canBuildOver = (baseDir) => keysCodeOf(baseDir) === codeDigest(env);
  return build;
}
