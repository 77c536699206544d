import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutPlatformSettings } from '@mip/shared-types/settings';
import { ReleaseStore } from '../lib/rebuild/releases.ts';
import { changesPublicSite } from '@mip/shared-types';
import {
  listen,
  RebuildService,
  scheduleRebuilds,
  SECRET_HEADER,
  type BuildMode,
  type SearchIndexer,
  type SiteBuilder,
} from '../lib/rebuild/service.ts';
import { astroSiteBuilder, pageProgressFilter } from '../lib/rebuild/site-build.ts';
import { smokeCheck } from '../lib/rebuild/smoke-checks.ts';
import { freePort } from '../lib/test-platform.ts';

// The rebuild service with a fake site build (it writes a few pages) and a fake clock; the
// releases, the symlink swap and the HTTP servers are real.

const SECRET = 'test-secret';
let root: string;
let servers: Server[];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mip-rebuild-'));
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(root, { recursive: true, force: true });
});

function writeSite(dir: string, version: string, pages = 10) {
  for (const locale of ['lt', 'en']) {
    for (let i = 0; i < pages / 2; i++) {
      const page = path.join(dir, locale, i === 0 ? '' : `p${i}`);
      mkdirSync(page, { recursive: true });
      writeFileSync(
        path.join(page, 'index.html'),
        `<!doctype html><title>Page ${i} ${version}</title><h1>Version ${version}</h1>${'x'.repeat(20_000)}`,
      );
    }
  }
}

/** A build that waits until released, so tests can send events while it "runs". */
function controllableBuilder() {
  const builds: {
    dir: string;
    mode: BuildMode;
    finish: (result?: Error | { version: string; pages?: number }) => void;
  }[] = [];
  const waiters: (() => void)[] = [];
  const build: SiteBuilder = (dir, mode) =>
    new Promise((resolve, reject) => {
      builds.push({
        dir,
        mode,
        finish: (result = { version: String(builds.length) }) => {
          if (result instanceof Error) return reject(result);
          writeSite(dir, result.version, result.pages);
          resolve();
        },
      });
      for (const w of waiters.splice(0)) w();
    });
  const started = async (count: number) => {
    while (builds.length < count) await new Promise<void>((r) => waiters.push(r));
    return builds[count - 1];
  };
  return { build, builds, started };
}

/** A search indexer that records the version of the site it indexed. */
const fakeIndexer: SearchIndexer = async (pages, outputDir) => {
  mkdirSync(outputDir, { recursive: true });
  const home = readFileSync(pages.get('lt/index.html')!, 'utf8');
  writeFileSync(
    path.join(outputDir, 'pagefind-entry.json'),
    JSON.stringify({ indexed: /Version (\S+)</.exec(home)![1] }),
  );
  return { pages: 10, indexes: 1, made: ['site'], read: pages.size };
};
const indexedVersion = (releaseDir: string) =>
  JSON.parse(readFileSync(path.join(releaseDir, 'pagefind', 'pagefind-entry.json'), 'utf8')).indexed;

function makeService(
  build: SiteBuilder,
  clock = { t: Date.parse('2026-11-26T10:00:00Z') },
  indexSearch: SearchIndexer = fakeIndexer,
) {
  const releases = new ReleaseStore(root);
  const log: string[] = [];
  const service = new RebuildService({
    releases,
    build,
    indexSearch,
    secret: SECRET,
    keepReleases: 3,
    now: () => {
      clock.t += 1500;
      return new Date(clock.t);
    },
    log: (line) => log.push(line),
  });
  return { service, releases, log };
}

async function serve(handler: Parameters<typeof listen>[0]) {
  const server = await listen(handler, 0);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const hook = (url: string, body: unknown, secret: string | null = SECRET) =>
  fetch(`${url}/hooks/strapi`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { [SECRET_HEADER]: secret }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const publish = { event: 'entry.publish', uid: 'api::news-item.news-item', model: 'news-item', entry: { id: 1 } };

describe('webhook', () => {
  it('refuses a missing or wrong secret with 401 and builds nothing', async () => {
    const fake = controllableBuilder();
    const { service } = makeService(fake.build);
    const url = await serve(service.hookHandler);
    for (const secret of [null, '', 'wrong', `${SECRET}x`, SECRET.slice(0, -1)]) {
      expect((await hook(url, publish, secret)).status).toBe(401);
    }
    expect(fake.builds).toHaveLength(0);
    expect(service.status().queue.building).toBe(false);
  });

  it('acts on publish, unpublish, delete and changes to published files; ignores drafts being saved and uploads', async () => {
    expect(changesPublicSite('entry.publish', 'api::news-item.news-item')).toBe(true);
    expect(changesPublicSite('entry.unpublish', 'api::seminar.seminar')).toBe(true);
    expect(changesPublicSite('entry.delete', 'api::organisation.organisation')).toBe(true);
    expect(changesPublicSite('published-media.update', undefined)).toBe(true);
    expect(changesPublicSite('published-media.delete', undefined)).toBe(true);
    // An upload is on the site only once an entry using it is published (an entry.publish).
    expect(changesPublicSite('media.create', undefined)).toBe(false);
    expect(changesPublicSite('media.update', undefined)).toBe(false);
    // Saving a draft changes nothing public, except for types without draft & publish.
    expect(changesPublicSite('entry.update', 'api::news-item.news-item')).toBe(false);
    expect(changesPublicSite('entry.create', 'api::good-practice.good-practice')).toBe(false);
    expect(changesPublicSite('entry.update', 'api::integration-area.integration-area')).toBe(true);
    expect(changesPublicSite('review-workflows.updateEntryStage', 'api::news-item.news-item')).toBe(false);

    const fake = controllableBuilder();
    const { service } = makeService(fake.build);
    const url = await serve(service.hookHandler);
    const ignored = await hook(url, { event: 'entry.update', uid: 'api::news-item.news-item' });
    expect(ignored.status).toBe(202);
    expect(await ignored.json()).toEqual({ queued: false });
    expect(fake.builds).toHaveLength(0);
    expect((await hook(url, 'not json')).status).toBe(400);
    expect((await hook(url, { event: 'x'.repeat(2 * 1024 * 1024) })).status).toBe(413);

    const accepted = await hook(url, publish);
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ queued: true });
    (await fake.started(1)).finish();
    await service.idle();
    expect(fake.builds).toHaveLength(1);

    // A changed file shows in no document's dates: the next build reads again the documents showing
    // it (named by the CMS), not all content.
    for (let i = 0; i < 3; i++)
      expect(
        await (await hook(url, { event: 'media.create', media: { id: i, documentId: `upload${i}` } })).json(),
      ).toEqual({ queued: false });
    await hook(url, { event: 'published-media.update', media: { documentId: 'cover1' } });
    (await fake.started(2)).finish();
    await service.idle();
    expect(fake.builds).toHaveLength(2);
    expect(fake.builds[1]!.mode).toEqual({ full: false, fullRead: false, changedMedia: ['cover1'] });
  });
});

describe('builds', () => {
  it('coalesces a burst during a build into exactly one follow-up build', async () => {
    const fake = controllableBuilder();
    const { service } = makeService(fake.build);
    const url = await serve(service.hookHandler);
    await hook(url, publish);
    const first = await fake.started(1);
    // Ten more changes arrive while the first build runs.
    for (let i = 0; i < 10; i++) expect((await hook(url, { ...publish, entry: { id: i } })).status).toBe(202);
    expect(service.status().queue).toMatchObject({ building: true, queued: true });
    first.finish();
    (await fake.started(2)).finish();
    await service.idle();
    expect(fake.builds).toHaveLength(2);
    expect(service.status().lastBuild?.trigger).toMatch(/^10 queued: entry\.publish/);
    // Publishing reuses the last build: only what changed is read and rendered.
    expect(fake.builds.map((b) => b.mode)).toEqual([
      { full: false, fullRead: false, changedMedia: [] },
      { full: false, fullRead: false, changedMedia: [] },
    ]);
    expect(service.status().queue).toEqual({ building: false, queued: false, queuedTriggers: [] });
  });

  it('swaps in a successful build, reports it, and keeps only the last releases', async () => {
    const fake = controllableBuilder();
    const { service, releases } = makeService(fake.build);
    for (let i = 1; i <= 5; i++) {
      service.requestBuild(`event ${i}`);
      (await fake.started(i)).finish({ version: `v${i}` });
      await service.idle();
    }
    const status = service.status();
    expect(status.lastBuild).toMatchObject({
      result: 'success',
      trigger: 'event 5',
      pages: 10,
      error: null,
      durationMs: 1500,
    });
    expect(status.currentRelease).toBe(status.lastBuild!.release);
    expect(status.releases).toHaveLength(3);
    expect(readFileSync(path.join(releases.dir(status.currentRelease!), 'lt', 'index.html'), 'utf8')).toContain(
      'Version v5',
    );
  });

  it('puts a release live with the previous search index, then gives it its own', async () => {
    const fake = controllableBuilder();
    let releaseIndexing: () => void = () => {};
    let indexing = Promise.resolve();
    const slowIndexer: SearchIndexer = async (pages, outputDir, options) => {
      await indexing;
      return fakeIndexer(pages, outputDir, options);
    };
    const { service, releases } = makeService(fake.build, undefined, slowIndexer);
    // The first release has no index to borrow: it is indexed before it goes live.
    service.requestBuild('first');
    (await fake.started(1)).finish({ version: 'v1' });
    await service.idle();
    const first = releases.current()!;
    expect(indexedVersion(releases.dir(first))).toBe('v1');

    indexing = new Promise<void>((resolve) => (releaseIndexing = resolve));
    service.requestBuild('second');
    (await fake.started(2)).finish({ version: 'v2' });
    while (releases.current() === first) await new Promise((r) => setTimeout(r, 10));
    // Live at once, searching the previous index meanwhile...
    const second = releases.current()!;
    expect(readFileSync(path.join(releases.dir(second), 'lt', 'index.html'), 'utf8')).toContain('Version v2');
    expect(indexedVersion(releases.dir(second))).toBe('v1');
    expect(service.status().search).toMatchObject({ index: first, indexing: true });
    // ...then its own.
    releaseIndexing();
    await service.idle();
    expect(indexedVersion(releases.dir(second))).toBe('v2');
    expect(service.status().search).toEqual({ index: second, indexing: false, lastError: null });
    // A rollback takes the older release's own index along; indexes no release uses are removed.
    expect(releases.rollback()).toBe(first);
    expect(indexedVersion(releases.dir(first))).toBe('v1');
    expect(readdirSync(releases.searchDir).sort()).toEqual([first, second].sort());
  });

  it('keeps the previous search index when indexing fails, and says so', async () => {
    const fake = controllableBuilder();
    let fail = false;
    const flaky: SearchIndexer = async (pages, outputDir, options) => {
      if (fail) throw new Error('Pagefind could not start');
      return fakeIndexer(pages, outputDir, options);
    };
    const { service, releases, log } = makeService(fake.build, undefined, flaky);
    service.requestBuild('first');
    (await fake.started(1)).finish({ version: 'v1' });
    await service.idle();
    fail = true;
    service.requestBuild('second');
    (await fake.started(2)).finish({ version: 'v2' });
    await service.idle();
    expect(releases.list()).toHaveLength(2);
    expect(indexedVersion(releases.dir(releases.current()!))).toBe('v1');
    expect(service.status().search.lastError).toBe('Pagefind could not start');
    expect(log.some((line) => line.includes('search still uses the previous index'))).toBe(true);
  });

  it('leaves the live release untouched when a build fails or fails its checks, and says why', async () => {
    const fake = controllableBuilder();
    const { service, releases, log } = makeService(fake.build);
    service.requestBuild('first');
    (await fake.started(1)).finish({ version: 'good', pages: 40 });
    await service.idle();
    const live = releases.current();

    service.requestBuild('cms down');
    (await fake.started(2)).finish(new Error('Cannot reach the CMS at http://127.0.0.1:1337'));
    await service.idle();
    expect(releases.current()).toBe(live);
    expect(service.status().lastBuild).toMatchObject({
      result: 'failed',
      error: 'Cannot reach the CMS at http://127.0.0.1:1337',
      release: null,
    });
    expect(service.status().lastSuccess?.release).toBe(live);
    expect(log.at(-1)).toContain('the live site is unchanged');

    // A build that "succeeds" with a collapsed page count does not go live either.
    service.requestBuild('half empty');
    (await fake.started(3)).finish({ version: 'tiny', pages: 4 });
    await service.idle();
    expect(releases.current()).toBe(live);
    expect(service.status().lastBuild?.error).toMatch(/only 4 pages against 40/);
    // Nothing half-built is left behind, and the next event is built again.
    expect(releases.list()).toEqual([live]);
    service.requestBuild('retry');
    (await fake.started(4)).finish({ version: 'fixed', pages: 40 });
    await service.idle();
    expect(releases.current()).not.toBe(live);
  });

  it('rolls back to the previous release and forward again with the next build', async () => {
    const fake = controllableBuilder();
    const { service, releases } = makeService(fake.build);
    for (let i = 1; i <= 2; i++) {
      service.requestBuild(`b${i}`);
      (await fake.started(i)).finish({ version: `v${i}` });
      await service.idle();
    }
    const [older, newer] = releases.list();
    expect(releases.current()).toBe(newer);
    expect(releases.rollback()).toBe(older);
    expect(releases.current()).toBe(older);
    expect(() => releases.rollback()).toThrow(/No release older/);
    service.requestBuild('b3');
    (await fake.started(3)).finish({ version: 'v3' });
    await service.idle();
    expect(releases.list()).toHaveLength(3);
    expect(releases.current()).toBe(releases.list()[2]);
  });
});

describe('schedule', () => {
  it('rebuilds on its schedule, in Lithuanian time', async () => {
    const fake = controllableBuilder();
    const { service } = makeService(fake.build);
    const daily = scheduleRebuilds(service, '5 0 * * *');
    // 00:05 in Vilnius is 22:05 UTC in winter, 21:05 UTC in summer.
    expect(daily.nextRun(new Date('2026-11-26T10:00:00Z'))?.toISOString()).toBe('2026-11-26T22:05:00.000Z');
    expect(daily.nextRun(new Date('2026-07-01T10:00:00Z'))?.toISOString()).toBe('2026-07-01T21:05:00.000Z');
    daily.stop();

    const everySecond = scheduleRebuilds(service, '* * * * * *');
    try {
      const build = await fake.started(1);
      expect(service.status().lastBuild).toBeNull();
      build.finish();
      await service.idle();
      expect(service.status().lastBuild?.trigger).toBe('schedule');
      // The scheduled build starts from nothing, so nothing stale outlives a day.
      expect(build.mode).toEqual({ full: true, fullRead: true, changedMedia: [] });
    } finally {
      everySecond.stop();
    }
  });
});

describe('the real site build', () => {
  it('fails with the build’s own reason when the CMS is down, and writes no release', async () => {
    const port = await freePort();
    const build = astroSiteBuilder(
      {
        ...withoutPlatformSettings(process.env),
        CMS_URL: `http://127.0.0.1:${port}`,
        CMS_TOKEN: 'x'.repeat(40),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      path.join(root, 'cache'),
    );
    const { service, releases } = makeService(build);
    service.requestBuild('cms down');
    await service.idle();
    expect(service.status().lastBuild?.error).toMatch(
      new RegExp(`astro build exited with code 1: .*Cannot reach the CMS at http://127.0.0.1:${port}`),
    );
    expect(releases.list()).toEqual([]);
    expect(releases.current()).toBeNull();
  }, 120_000);
});

describe('smoke checks', () => {
  it('catch missing home pages and "undefined" or empty titles', async () => {
    const dir = path.join(root, 'build');
    writeSite(dir, 'ok');
    expect((await smokeCheck(dir, 10)).problems).toEqual([]);
    writeFileSync(path.join(dir, 'lt', 'p1', 'index.html'), '<title>undefined | Site</title><h1>Ok</h1>');
    writeFileSync(path.join(dir, 'en', 'p1', 'index.html'), '<title>Ok</title><h1> </h1>');
    rmSync(path.join(dir, 'en', 'index.html'));
    const { problems } = await smokeCheck(dir, 10);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        'missing home page en/index.html',
        expect.stringMatching(/^en\/p1\/index.html: empty or broken <h1>/),
        'lt/p1/index.html: empty or broken <title> "undefined | Site"',
      ]),
    );
  });
});

describe('serving', () => {
  it('never shows an error or a half-written page while releases are swapped', async () => {
    const fake = controllableBuilder();
    const { service, releases } = makeService(fake.build);
    service.requestBuild('first');
    (await fake.started(1)).finish({ version: 'v1' });
    await service.idle();
    const url = await serve(service.siteHandler);

    let stop = false;
    const seen = new Set<string>();
    const failures: string[] = [];
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const response = await fetch(`${url}/lt/p1/`);
        const body = await response.text();
        const version = /<h1>Version (v\d+)<\/h1>/.exec(body)?.[1];
        if (
          response.status !== 200 ||
          !version ||
          !body.endsWith('x'.repeat(100)) ||
          !body.includes(`Page 1 ${version}<`)
        )
          failures.push(`${response.status} ${body.slice(0, 80)}`);
        else seen.add(version);
      }
    });
    for (let i = 2; i <= 13; i++) {
      service.requestBuild(`b${i}`);
      (await fake.started(i)).finish({ version: `v${i}` });
      await service.idle();
      if (i % 4 === 0) releases.rollback();
      await new Promise((resolve) => setTimeout(resolve, 40)); // let the readers hit this release
    }
    stop = true;
    await Promise.all(readers);
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
    const last = await fetch(`${url}/lt/p1/`).then((r) => r.text());
    expect(/Version (v\d+)/.exec(last)?.[1]).toBe('v13');
    // An address that does not exist gets the release's own "not found" page.
    writeFileSync(
      path.join(releases.dir(releases.current()!), '404.html'),
      '<!doctype html><title>Not found</title><h1>Puslapis nerastas v13</h1>',
    );
    const missing = await fetch(`${url}/lt/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Puslapis nerastas v13');
  });
});

describe('build output', () => {
  it("replaces Astro's line per page by a count every so many pages, and keeps every other line", () => {
    const filter = pageProgressFilter(2);
    const lines = [
      '\x1b[2m09:00:01\x1b[22m [build] output: "static"',
      '09:00:02   \x1b[34m├─\x1b[39m /lt/naujienos/index.html (+12ms) ',
      '09:00:02   \x1b[32m├─\x1b[39m /lt/naujienos/a/index.html \x1b[32m(restored)\x1b[39m',
      '09:00:02   ├─ /lt/naujienos/b/index.html (cached)',
      '[mip-content] delta read of the CMS in 2537 ms (1 document(s) read again)',
      '09:00:03   └─ /en/news/index.html (+9ms) ',
      'error   Could not render /lt/',
    ];
    expect(lines.map(filter)).toEqual([
      lines[0],
      null,
      '2 pages written (1 reused from the last build)',
      null,
      lines[4],
      '4 pages written (2 reused from the last build)',
      lines[6],
    ]);
  });
});
