import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { Cron } from 'croner';
import sirv from 'sirv';
import { changesPublicSite } from '@mip/shared-types/content-types';
import { htmlPages, smokeCheck } from './smoke-checks.ts';
import type { ReleaseStore } from './releases.ts';
import { finishRelease, isPage, releaseFiles, ReleaseView } from './layers.ts';

// The publish-to-live loop: Strapi's webhook says "something changed", the service rebuilds the
// whole site from the CMS into a new release, checks it, and only then swaps it in. Bursts are
// coalesced; a failed build never touches the live site.

export const SECRET_HEADER = 'x-rebuild-secret';
const MAX_BODY_BYTES = 1024 * 1024;

/** Constant-time comparison (hashing first makes the lengths equal too). */
export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || !expected) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * How much a build may reuse. Normally the last build's content snapshot and pages (only what
 * changed is read and rendered); `changedMedia` names files (document ids) that changed under
 * published entries, whose entries are read again, since no entry's dates show it; `fullRead`
 * reads all content again and `full` also renders every page (the schedule, so nothing stale can
 * outlive a day).
 */
export interface BuildMode {
  full: boolean;
  fullRead: boolean;
  changedMedia: string[];
}

/** What asked for a build: the event (for the log and /status) and the files it names. */
export interface BuildRequest {
  trigger: string;
  changedMedia?: string[];
}

/**
 * Builds the site into `workDir`; rejects on failure. With `base` (a whole release's directory) it
 * may write only what differs from it, and report what it left to it (layers.ts).
 */
export type SiteBuilder = ((workDir: string, mode: BuildMode, base?: string | null) => Promise<void>) & {
  /**
   * Whether a build over this whole release can leave its unchanged pages to it (the real build:
   * its pages' keys were made by the same code). When not, the build is whole: the next base.
   */
  canBuildOver?: (baseDir: string) => boolean;
};

/**
 * Indexes a site's pages (each path in the site and the file that holds it) into `outputDir`,
 * keeping its indexes in `store` and reusing those whose pages did not change; `lasting` names
 * the files that never change, null for others (site/search-index.mjs `writeSearchIndex`).
 */
export type SearchIndexer = (
  pages: Map<string, string>,
  outputDir: string,
  options: { store: string; lasting: (file: string) => string | null },
) => Promise<{ pages: number; indexes: number; made: string[]; read: number }>;

/** The build a set of requests asks for. */
export function buildMode(requests: BuildRequest[]): BuildMode {
  const full = requests.some((r) => r.trigger === 'schedule');
  return {
    full,
    fullRead: full,
    changedMedia: full ? [] : [...new Set(requests.flatMap((r) => r.changedMedia ?? []))],
  };
}

export interface BuildRecord {
  trigger: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  result: 'success' | 'failed';
  release: string | null;
  pages: number | null;
  error: string | null;
}

export interface RebuildStatus {
  currentRelease: string | null;
  releases: string[];
  lastBuild: BuildRecord | null;
  lastSuccess: BuildRecord | null;
  /** The live release's search index (the id of the release it was made from), and whether a newer one is being written. */
  search: { index: string | null; indexing: boolean; lastError: string | null };
  queue: { building: boolean; queued: boolean; queuedTriggers: string[] };
  nextScheduledBuild: string | null;
}

export interface RebuildServiceOptions {
  releases: ReleaseStore;
  build: SiteBuilder;
  /** Writes the search index of a built site into a directory; resolves with the pages indexed. */
  indexSearch: SearchIndexer;
  secret: string;
  keepReleases?: number;
  minPageRatio?: number;
  /** Layer releases over the last whole one (layers.ts; default true); false makes every release whole. */
  layered?: boolean;
  now?: () => Date;
  log?: (line: string) => void;
  nextScheduledBuild?: () => Date | null;
  /** Called once a release is live (email alerts: lib/rebuild/alerts.ts). */
  onLive?: (release: string) => void;
}

export class RebuildService {
  private readonly options: Required<
    Omit<RebuildServiceOptions, 'nextScheduledBuild' | 'minPageRatio' | 'onLive' | 'layered'>
  > &
    Pick<RebuildServiceOptions, 'nextScheduledBuild' | 'minPageRatio' | 'onLive' | 'layered'>;
  private running: Promise<void> | null = null;
  private queued: BuildRequest[] = [];
  private lastBuild: BuildRecord | null = null;
  private lastSuccess: BuildRecord | null = null;
  private searchIndexing = false;
  private searchError: string | null = null;
  private readonly sites = new Map<string, ReleaseView>();

  constructor(options: RebuildServiceOptions) {
    this.options = { keepReleases: 5, now: () => new Date(), log: console.log, ...options };
    options.releases.removeInterruptedBuilds(this.options.log);
  }

  /**
   * Asks for a build. With none running it starts now; during a build, one follow-up build is
   * queued (however many requests arrive), and it starts after the current one, so it reads the
   * CMS after every change that asked for it.
   */
  requestBuild(trigger: string, changedMedia: string[] = []): void {
    const request = { trigger, changedMedia };
    if (this.running) {
      this.queued.push(request);
      return;
    }
    this.running = this.runBuilds(request);
  }

  /** Resolves when no build is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async runBuilds(first: BuildRequest) {
    let trigger: string | null = first.trigger;
    let mode = buildMode([first]);
    try {
      while (trigger) {
        await this.buildOnce(trigger, mode);
        const triggers = this.queued.map((r) => r.trigger);
        mode = buildMode(this.queued);
        trigger = triggers.length ? `${triggers.length} queued: ${[...new Set(triggers)].join(', ')}` : null;
        this.queued = [];
      }
    } finally {
      this.running = null;
    }
  }

  private async buildOnce(trigger: string, mode: BuildMode) {
    const { releases, build, now, log } = this.options;
    const started = now();
    const { id, workDir } = releases.startBuild(started);
    const scope = mode.full
      ? '; full'
      : mode.fullRead
        ? '; reading all content'
        : mode.changedMedia.length
          ? `; reading again what shows ${mode.changedMedia.length} changed file(s)`
          : '';
    log(`build ${id} started (${trigger}${scope})`);
    let record: Omit<BuildRecord, 'finishedAt' | 'durationMs'>;
    let liveIndex: string | null = null;
    try {
      // Layered over the live release's base, except the scheduled full build: it makes the next base,
      // and so does a build the base is no use to (made by other code: after an update).
      let base = mode.full || this.options.layered === false ? null : releases.baseFor(releases.current());
      if (base && build.canBuildOver && !build.canBuildOver(releases.dir(base))) {
        log(`build ${id}: the base ${base} was built by other code; this build makes a whole release, the next base`);
        base = null;
      }
      await build(workDir, mode, base ? releases.dir(base) : null);
      const manifest = await finishRelease(workDir);
      const current = releases.current();
      // The live release's size: known from its build, else from its manifest, else counted.
      const livePages =
        current === this.lastSuccess?.release
          ? this.lastSuccess.pages
          : current
            ? (releases.manifest(current)?.pages ?? (await htmlPages(releases.dir(current))).length)
            : null;
      const { problems, pages } = await smokeCheck(
        workDir,
        livePages,
        this.options.minPageRatio,
        manifest.base ? { pages: manifest.pages, view: new ReleaseView(workDir), files: manifest.own } : undefined,
      );
      if (problems.length) throw new Error(`the new build failed its checks: ${problems.slice(0, 5).join('; ')}`);
      // Search: the first release is indexed before it goes live; later ones go live with the
      // live release's index and get their own right after (see indexSearch).
      liveIndex = current ? releases.searchIndexOf(releases.dir(current)) : null;
      if (liveIndex) releases.linkSearchIndex(workDir, liveIndex);
      else await this.indexSearch(id, workDir);
      releases.finishBuild(id, workDir);
      releases.swapCurrentRelease(id);
      record = { trigger, startedAt: started.toISOString(), result: 'success', release: id, pages, error: null };
    } catch (error) {
      await releases.discardBuild(workDir);
      record = {
        trigger,
        startedAt: started.toISOString(),
        result: 'failed',
        release: null,
        pages: null,
        error: (error as Error).message,
      };
    }
    const finished = now();
    this.lastBuild = {
      ...record,
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
    };
    if (record.result === 'success') {
      this.lastSuccess = this.lastBuild;
      log(`build ${id} is live: ${record.pages} pages in ${(this.lastBuild.durationMs / 1000).toFixed(1)} s`);
      try {
        this.options.onLive?.(id);
      } catch (error) {
        log(`after ${id} went live: ${(error as Error).message}`);
      }
      if (liveIndex) {
        try {
          await this.indexSearch(id, releases.dir(id));
        } catch (error) {
          // The release keeps searching the previous index; the next build tries again.
          this.searchError = (error as Error).message;
          log(`search index for ${id} FAILED, search still uses the previous index: ${this.searchError}`);
        }
      }
      const removed = await releases.prune(this.options.keepReleases);
      for (const old of removed) {
        this.sites.delete(old);
        this.servers.delete(releases.dir(old));
      }
      await releases.pruneSearchIndexes();
    } else {
      log(
        `build ${id} FAILED after ${(this.lastBuild.durationMs / 1000).toFixed(1)} s, the live site is unchanged: ${record.error}`,
      );
    }
  }

  /** Writes a search index of `releaseDir` and points the release at it. */
  private async indexSearch(id: string, releaseDir: string) {
    const { releases, log, now } = this.options;
    const started = now();
    this.searchIndexing = true;
    try {
      const workDir = releases.startSearchIndex(id);
      // A layered release's pages are read where they are, in it or in its base. A release's files
      // never change (a build writes a new one), so each is read once, and a bundle of the index
      // (per language, the news apart) is made again only when its pages changed.
      const { pages, indexes, made, read } = await this.options.indexSearch(
        await releaseFiles(releaseDir, isPage),
        workDir,
        { store: releases.searchStore, lasting: (file) => releases.releaseFileName(file) },
      );
      releases.finishSearchIndex(id, workDir, releaseDir);
      this.searchError = null;
      log(
        `search index for ${id}: ${pages} pages, ${made.length} of ${indexes} indexes made (${made.join(', ') || 'none'}), ${read} files read, in ${((now().getTime() - started.getTime()) / 1000).toFixed(1)} s`,
      );
    } finally {
      this.searchIndexing = false;
    }
  }

  private currentSearchIndex(): string | null {
    const current = this.options.releases.current();
    return current ? this.options.releases.searchIndexOf(this.options.releases.dir(current)) : null;
  }

  status(): RebuildStatus {
    return {
      currentRelease: this.options.releases.current(),
      releases: this.options.releases.list(),
      lastBuild: this.lastBuild,
      lastSuccess: this.lastSuccess,
      search: { index: this.currentSearchIndex(), indexing: this.searchIndexing, lastError: this.searchError },
      queue: {
        building: this.running !== null,
        queued: this.queued.length > 0,
        queuedTriggers: this.queued.map((r) => r.trigger),
      },
      nextScheduledBuild: this.options.nextScheduledBuild?.()?.toISOString() ?? null,
    };
  }

  /** `POST /hooks/strapi` and `GET /status`. */
  readonly hookHandler: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/status') return json(res, 200, this.status());
    if (url.pathname !== '/hooks/strapi') return json(res, 404, { error: 'Not found' });
    if (req.method !== 'POST') return json(res, 405, { error: 'Use POST' });
    if (!secretMatches(req.headers[SECRET_HEADER], this.options.secret)) {
      req.resume();
      return json(res, 401, { error: `Missing or wrong ${SECRET_HEADER} header` });
    }
    readBody(req)
      .then((body) => {
        let payload: { event?: unknown; uid?: unknown; model?: unknown; media?: { documentId?: unknown } };
        try {
          payload = JSON.parse(body);
        } catch {
          return json(res, 400, { error: 'The body is not JSON' });
        }
        // The payload only says what kind of change happened; the build reads the content itself.
        const relevant = changesPublicSite(payload.event, payload.uid);
        const file = typeof payload.media?.documentId === 'string' ? payload.media.documentId : null;
        if (relevant)
          this.requestBuild(
            `${String(payload.event)} ${String(payload.uid ?? payload.model ?? file ?? '')}`.trim(),
            file ? [file] : [],
          );
        else this.options.log(`ignored ${String(payload.event)} ${String(payload.uid ?? '')}`);
        json(res, 202, { queued: relevant });
      })
      .catch((error: Error & { status?: number }) => json(res, error.status ?? 400, { error: error.message }));
  };

  /** Serves the current release; a request sees one release from start to end, even during a swap. */
  readonly siteHandler: RequestListener = (req, res) => {
    const id = this.options.releases.current();
    const notFound = (): void => {
      res.statusCode = 404;
      if (!id) {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('The site has not been built yet.');
        return;
      }
      // The site's own bilingual "not found" page, as nginx serves it in production.
      const page = this.view(id).resolve('/404.html');
      readFile(page ? path.join(page.root, page.file) : path.join(this.options.releases.dir(id), '404.html')).then(
        (page) => {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(page);
        },
        () => {
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Not found');
        },
      );
    };
    if (!id) return notFound();
    const site = this.view(id);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return notFound();
    }
    // The release's file, or its base's (layers.ts); sirv sends it (types, ETag, ranges, HEAD).
    const found = site.resolve(pathname);
    if (!found) return notFound();
    req.url = `/${found.file.split('/').map(encodeURIComponent).join('/')}`;
    this.server(found.root)(req, res, notFound);
  };

  private readonly servers = new Map<string, ReturnType<typeof sirv>>();

  /** How a release's files are found (its own, then its base's): read once per release. */
  private view(id: string): ReleaseView {
    let view = this.sites.get(id);
    if (!view) {
      view = new ReleaseView(this.options.releases.dir(id));
      this.sites.set(id, view);
    }
    return view;
  }

  /**
   * A file server for a release directory. `dev` mode looks files up per request instead of indexing
   * the whole release up front, which for a large site would block this process (and every reader)
   * at each swap.
   */
  private server(root: string) {
    let serve = this.servers.get(root);
    if (!serve) {
      serve = sirv(root, { dev: true, etag: true });
      this.servers.set(root, serve);
    }
    return serve;
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return reject(Object.assign(new Error('Body too large'), { status: 413 }));
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function listen(handler: RequestListener, port: number, host = '127.0.0.1'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Full rebuilds on a cron schedule in Lithuanian time, so states derived from dates (a call
 * closing, a seminar becoming past) reach the site even when nobody publishes.
 */
export function scheduleRebuilds(service: RebuildService, pattern: string): Cron {
  return new Cron(pattern, { timezone: 'Europe/Vilnius', protect: true }, () => service.requestBuild('schedule'));
}
