// Layered releases (scripts/lib/rebuild/layers.ts): a build over the live release's base writes only
// what differs from it. Here with a site build that does so by comparing contents (the real one
// compares the cache's files with the base's, scripts/test/incremental-build.test.ts), the real
// service, releases, swaps and servers, and nginx with the production configuration.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishRelease, isPage, listFiles, materialise, readManifest, ReleaseView } from '../lib/rebuild/layers.ts';
import { NGINX_BIN, startNginx } from '../lib/nginx.ts';
import { ReleaseStore } from '../lib/rebuild/releases.ts';
import { listen, RebuildService, type SearchIndexer, type SiteBuilder } from '../lib/rebuild/service.ts';
import { freePort } from '../lib/test-platform.ts';
import { keysCodeOf } from '@mip/site/release-keys';
import { writeSearchIndex } from '@mip/site/search-index';

let root: string;
let servers: Server[];
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mip-layers-'));
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(root, { recursive: true, force: true });
});

const page = (title: string) => `<!doctype html><title>${title}</title><h1>${title}</h1>${'x'.repeat(5000)}`;

/** The site as it should be after the next build: file → content. */
function initialSite(): Map<string, string> {
  const site = new Map<string, string>();
  for (const locale of ['lt', 'en']) {
    site.set(`${locale}/index.html`, page(`Home ${locale} v1`));
    for (let i = 1; i <= 8; i++) site.set(`${locale}/p${i}/index.html`, page(`Page ${locale} ${i} v1`));
  }
  site.set('404.html', page('Puslapis nerastas v1'));
  site.set('data/lt/news.json', '{"v":1}');
  site.set('_astro/site.abc123.css', 'body{}');
  return site;
}

/** A site build that writes over a base only the files whose contents differ from it. */
function contentBuilder(site: Map<string, string>, code = () => ''): SiteBuilder & { wrote: number[] } {
  const wrote: number[] = [];
  const build = async (workDir: string, _mode: unknown, base?: string | null) => {
    const baseFiles = base ? new Set(readManifest(base)?.files ?? []) : null;
    const reusedFromBase: string[] = [];
    let written = 0;
    for (const [file, content] of site) {
      if (baseFiles?.has(file) && readFileSync(path.join(base!, file), 'utf8') === content) {
        reusedFromBase.push(file);
        continue;
      }
      mkdirSync(path.dirname(path.join(workDir, file)), { recursive: true });
      writeFileSync(path.join(workDir, file), content);
      written++;
    }
    if (base) writeFileSync(path.join(workDir, '.release.json'), JSON.stringify({ base, reusedFromBase }));
    // As the site build does (site/release-keys.mjs): a whole release keeps its pages' keys.
    else writeFileSync(path.join(workDir, '.page-keys.json'), JSON.stringify({ code: code(), pages: {} }));
    wrote.push(written);
  };
  return Object.assign(build, { wrote });
}

/** Records the pages it was handed, each with what it read of it, and those it was told never change. */
const indexer: SearchIndexer = async (pages, outputDir, { lasting }) => {
  mkdirSync(outputDir, { recursive: true });
  const read = Object.fromEntries([...pages].map(([page, file]) => [page, readFileSync(file, 'utf8')]));
  writeFileSync(path.join(outputDir, 'pages.json'), JSON.stringify(read));
  const fixed = Object.fromEntries([...pages].map(([page, file]) => [page, lasting(file)]));
  writeFileSync(path.join(outputDir, 'lasting.json'), JSON.stringify(fixed));
  return { pages: pages.size, indexes: 1, made: ['site'], read: pages.size };
};

function makeService(build: SiteBuilder, layered?: boolean, indexSearch: SearchIndexer = indexer) {
  const releases = new ReleaseStore(root);
  let t = Date.parse('2026-12-07T10:00:00Z');
  const log: string[] = [];
  const service = new RebuildService({
    releases,
    build,
    indexSearch,
    secret: 'test',
    keepReleases: 3,
    layered,
    now: () => {
      t += 1500;
      return new Date(t);
    },
    log: (line) => log.push(line),
  });
  return { service, releases, log };
}

async function publish(service: RebuildService, trigger = 'entry.publish') {
  service.requestBuild(trigger);
  await service.idle();
}

async function serve(service: RebuildService) {
  const server = await listen(service.siteHandler, 0);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Status and title (or body) of each path. */
async function answers(url: string, paths: string[]) {
  return Promise.all(
    paths.map(async (p) => {
      const response = await fetch(url + p, { redirect: 'manual' });
      const body = await response.text();
      return `${p} ${response.status} ${/<title>(.*?)<\/title>/.exec(body)?.[1] ?? body}`;
    }),
  );
}

const PATHS = [
  '/lt/',
  '/lt/p1/',
  '/lt/p1',
  '/lt/p1/index.html',
  '/lt/p2/',
  '/lt/p3/',
  '/lt/p3',
  '/lt/p9/',
  '/en/p4/',
  '/data/lt/news.json',
  '/_astro/site.abc123.css',
  '/lt/no-such-page/',
  '/.base/lt/p3/',
  '/.release.json',
  '/.page-keys.json',
  '/.removed/lt/p3/index.html',
];

describe('layered releases', () => {
  it('hold only what changed; serve the base beneath, removals as 404; equal the whole site', async () => {
    const site = initialSite();
    const build = contentBuilder(site);
    const { service, releases } = makeService(build);
    await publish(service, 'start');
    const base = releases.current()!;
    expect(releases.manifest(base)).toMatchObject({ base: null, pages: 19 });
    expect(build.wrote).toEqual([site.size]);

    // An edit, an unpublish, a new page.
    site.set('lt/p1/index.html', page('Page lt 1 v2'));
    site.delete('lt/p3/index.html');
    site.set('lt/p9/index.html', page('Page lt 9 v2'));
    await publish(service);
    const layered = releases.current()!;
    expect(layered).not.toBe(base);
    expect(build.wrote.at(-1)).toBe(2);
    const manifest = releases.manifest(layered)!;
    expect(manifest).toMatchObject({ base, removed: ['lt/p3/index.html'], pages: 19 });
    expect((await listFiles(releases.dir(layered))).sort()).toEqual(['lt/p1/index.html', 'lt/p9/index.html']);

    const url = await serve(service);
    const got = await answers(url, PATHS);
    expect(got).toEqual([
      '/lt/ 200 Home lt v1',
      '/lt/p1/ 200 Page lt 1 v2',
      '/lt/p1 200 Page lt 1 v2',
      '/lt/p1/index.html 200 Page lt 1 v2',
      '/lt/p2/ 200 Page lt 2 v1',
      '/lt/p3/ 404 Puslapis nerastas v1',
      '/lt/p3 404 Puslapis nerastas v1',
      '/lt/p9/ 200 Page lt 9 v2',
      '/en/p4/ 200 Page en 4 v1',
      '/data/lt/news.json 200 {"v":1}',
      '/_astro/site.abc123.css 200 body{}',
      '/lt/no-such-page/ 404 Puslapis nerastas v1',
      '/.base/lt/p3/ 404 Puslapis nerastas v1',
      '/.release.json 404 Puslapis nerastas v1',
      '/.page-keys.json 404 Puslapis nerastas v1',
      '/.removed/lt/p3/index.html 404 Puslapis nerastas v1',
    ]);

    // What it serves, gathered, is the site as it should be, file for file.
    const whole = path.join(root, 'whole');
    await materialise(releases.dir(layered), whole);
    expect((await listFiles(whole)).sort()).toEqual([...site.keys()].sort());
    for (const [file, content] of site) expect(readFileSync(path.join(whole, file), 'utf8')).toBe(content);
    // Search indexed the whole site as it is served, not only the release's own files (and no
    // removed page, each page the release's version where it has its own).
    const indexed = JSON.parse(readFileSync(path.join(releases.dir(layered), 'pagefind', 'pages.json'), 'utf8'));
    expect(indexed).toEqual(Object.fromEntries([...site].filter(([file]) => file.endsWith('.html'))));
    expect(Object.keys(indexed)).toHaveLength(19);
    // A release's files never change, its own and its base's alike: each page has a lasting name,
    // the release's or the base's (the base's pages the same as when the base itself was indexed,
    // before it went live, from the directory it was built in).
    const fixed = JSON.parse(readFileSync(path.join(releases.dir(layered), 'pagefind', 'lasting.json'), 'utf8'));
    const own = new Set(await listFiles(releases.dir(layered)));
    expect(fixed).toEqual(
      Object.fromEntries(Object.keys(indexed).map((page) => [page, `${own.has(page) ? layered : base}/${page}`])),
    );
    const atFirst = JSON.parse(readFileSync(path.join(releases.dir(base), 'pagefind', 'lasting.json'), 'utf8'));
    expect(Object.values(atFirst)).toEqual(Object.keys(atFirst).map((page) => `${base}/${page}`));

    // The unpublished page back: no longer removed. Later releases stay over the same base, holding
    // everything that differs from it (not only what changed since the last one).
    site.set('lt/p3/index.html', page('Page lt 3 v3'));
    await publish(service);
    const third = releases.current()!;
    expect(releases.manifest(third)).toMatchObject({ base, removed: [] });
    expect((await listFiles(releases.dir(third))).sort()).toEqual([
      'lt/p1/index.html',
      'lt/p3/index.html',
      'lt/p9/index.html',
    ]);
    expect(await answers(url, ['/lt/p3/'])).toEqual(['/lt/p3/ 200 Page lt 3 v3']);

    // Pruning keeps the base while a kept release is layered over it; rollback serves layers too.
    await publish(service);
    await publish(service);
    expect(releases.list()).toHaveLength(4);
    expect(releases.list()).toContain(base);
    releases.rollback();
    expect(await answers(url, ['/lt/p1/'])).toEqual(['/lt/p1/ 200 Page lt 1 v2']);

    // The scheduled full build makes a whole release, the next base; the old one goes with its layers.
    await publish(service, 'schedule');
    const next = releases.current()!;
    expect(releases.manifest(next)).toMatchObject({ base: null, pages: 20 });
    site.set('en/p4/index.html', page('Page en 4 v4'));
    await publish(service);
    await publish(service);
    await publish(service);
    expect(releases.manifest(releases.current()!)?.base).toBe(next);
    expect(releases.list()).not.toContain(base);
    expect(existsSync(releases.dir(base))).toBe(false);
  });

  it('are all whole with REBUILD_LAYERED=false', async () => {
    const site = initialSite();
    const build = contentBuilder(site);
    const { service, releases } = makeService(build, false);
    await publish(service, 'start');
    site.set('lt/p1/index.html', page('Page lt 1 v2'));
    await publish(service);
    expect(releases.manifest(releases.current()!)).toMatchObject({ base: null, pages: 19 });
    expect(build.wrote).toEqual([site.size, site.size]);
  });

  it('are whole once after an update: a base made by other code becomes the next base, and builds layer over that', async () => {
    const site = initialSite();
    let code = 'v1';
    const build = contentBuilder(site, () => code);
    // As the real build says (site-build.ts): the base's page keys were made by this code.
    const { service, releases, log } = makeService(
      Object.assign(build, { canBuildOver: (baseDir: string) => keysCodeOf(baseDir) === code }),
    );
    await publish(service, 'start');
    const first = releases.current()!;
    site.set('lt/p1/index.html', page('Page lt 1 v2'));
    await publish(service);
    expect(releases.manifest(releases.current()!)?.base).toBe(first);

    code = 'v2';
    site.set('lt/p2/index.html', page('Page lt 2 v2'));
    await publish(service);
    const second = releases.current()!;
    expect(releases.manifest(second)).toMatchObject({ base: null, pages: 19 });
    expect(log.some((line) => line.includes(`the base ${first} was built by other code`))).toBe(true);
    site.set('lt/p3/index.html', page('Page lt 3 v2'));
    await publish(service);
    expect(releases.manifest(releases.current()!)?.base).toBe(second);
  });

  it('refuses a build that says it reused files its base does not have; the live site stays', async () => {
    const site = initialSite();
    const build = contentBuilder(site);
    const { service, releases, log } = makeService(async (dir, mode, base) => {
      await build(dir, mode, base);
      if (base) {
        const report = JSON.parse(readFileSync(path.join(dir, '.release.json'), 'utf8'));
        report.reusedFromBase.push('lt/never-built/index.html');
        writeFileSync(path.join(dir, '.release.json'), JSON.stringify(report));
      }
    });
    await publish(service, 'start');
    const live = releases.current();
    await publish(service);
    expect(releases.current()).toBe(live);
    expect(log.at(-1)).toMatch(/FAILED .*reused files its base does not have: lt\/never-built\/index.html/);
  });

  it('get a search index that re-indexes only the indexes a publish changed, equal to one made from scratch', async () => {
    const site = initialSite();
    const article = (lang: string, title: string, menu = 'Meniu') =>
      `<!doctype html><html lang="${lang}"><title>${title}</title><body><nav>${menu}</nav><article data-pagefind-body><h1>${title}</h1><p>${title} tekstas</p></article></body></html>`;
    for (let i = 1; i <= 3; i++) {
      site.set(`lt/naujienos/n${i}/index.html`, article('lt', `Naujiena ${i}`));
      site.set(`lt/praktika/p${i}/index.html`, article('lt', `Praktika ${i}`));
      site.set(`en/news/n${i}/index.html`, article('en', `News ${i}`));
    }
    const { service, releases, log } = makeService(contentBuilder(site), undefined, writeSearchIndex);
    const index = (id: string) => path.join(releases.dir(id), 'pagefind');
    /** Each bundle of a release's index and the kept bundle it links to. */
    const bundles = (id: string) =>
      Object.fromEntries(
        readdirSync(index(id), { withFileTypes: true })
          .filter((entry) => entry.isSymbolicLink())
          .map((entry) => [entry.name, path.basename(readlinkSync(path.join(index(id), entry.name)))]),
      );
    await publish(service, 'start');
    const first = releases.current()!;
    expect(JSON.parse(readFileSync(path.join(index(first), 'indexes.json'), 'utf8'))).toEqual({
      languages: { en: ['en-news'], lt: ['lt', 'lt-naujienos'] },
    });
    const before = bundles(first);

    // A news item edited: the news index is made again, the others are the same bundles.
    site.set('lt/naujienos/n2/index.html', article('lt', 'Naujiena 2 pataisyta'));
    await publish(service);
    const second = releases.current()!;
    expect(releases.manifest(second)?.base).toBe(first);
    expect(log.filter((line) => line.startsWith(`search index for ${second}`))).toEqual([
      // Read: the edited page, then the two other news items to index them again (the first
      // release's pages are known by their names from when it was indexed, before it went live).
      expect.stringMatching(/: 9 pages, 1 of \d+ indexes made \(lt-naujienos\), 3 files read, in /),
    ]);
    const after = bundles(second);
    expect(Object.keys(after).filter((name) => after[name] !== before[name])).toEqual(['lt-naujienos']);

    // A change outside the searchable body (the navigation) indexes nothing again, and only the
    // release's own pages are read (the edited news item and this page): the base's are known.
    site.set('lt/praktika/p1/index.html', article('lt', 'Praktika 1', 'Kitas meniu'));
    await publish(service);
    const third = releases.current()!;
    expect(log.filter((line) => line.startsWith(`search index for ${third}`))).toEqual([
      expect.stringMatching(/: 9 pages, 0 of \d+ indexes made \(none\), 2 files read, in /),
    ]);
    expect(bundles(third)).toEqual(after);

    // What the service made equals the index made from scratch of the site it serves, bundle for bundle.
    const whole = path.join(root, 'whole-site');
    await materialise(releases.dir(third), whole, isPage);
    const fresh = path.join(root, 'fresh-index');
    await writeSearchIndex(whole, fresh);
    const tree = (dir: string) =>
      Object.fromEntries(
        (readdirSync(dir, { recursive: true }) as string[])
          .filter((file) => statSync(path.join(dir, file)).isFile())
          .sort()
          .map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]),
      );
    expect(tree(index(third))).toEqual(tree(fresh));
    expect(readFileSync(path.join(index(third), 'lt-naujienos', 'pagefind-entry.json'), 'utf8')).toContain(
      '"page_count":3',
    );

    // Both servers serve the bundles through the links.
    const paths = [
      '/pagefind/indexes.json',
      '/pagefind/lt-naujienos/pagefind-entry.json',
      '/pagefind/en-news/pagefind.js',
    ];
    const url = await serve(service);
    for (const p of paths) expect((await fetch(url + p)).status, p).toBe(200);
    if (existsSync(NGINX_BIN)) {
      const nginx = await startNginx({
        siteRoot: releases.currentLink,
        cmsUpstream: '127.0.0.1:9',
        port: await freePort(),
      });
      try {
        for (const p of paths) {
          const response = await fetch(nginx.url + p);
          expect(response.status, p).toBe(200);
          expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join(index(third), p.slice(10))));
        }
      } finally {
        await nginx.stop();
      }
    }

    // Kept are only the bundles a kept release's index links to.
    for (let i = 0; i < 3; i++) {
      site.set('en/news/n1/index.html', article('en', `News 1 v${i}`));
      await publish(service);
    }
    const linked = new Set(releases.list().flatMap((id) => Object.values(bundles(id))));
    expect(new Set(readdirSync(releases.searchStore).filter((name) => name !== 'file-keys.json'))).toEqual(linked);
    expect(linked.size).toBeLessThan(Object.keys(before).length * 4);
  });

  it.skipIf(!existsSync(NGINX_BIN))(
    'nginx with the production configuration answers as the service does, and without an error while layered and whole releases swap under load',
    async () => {
      const site = initialSite();
      const { service, releases } = makeService(contentBuilder(site));
      await publish(service, 'start');
      site.set('lt/p1/index.html', page('Page lt 1 v2'));
      site.delete('lt/p3/index.html');
      site.set('lt/p9/index.html', page('Page lt 9 v2'));
      await publish(service);
      const url = await serve(service);
      const nginx = await startNginx({
        siteRoot: releases.currentLink,
        cmsUpstream: '127.0.0.1:9',
        port: await freePort(),
      });
      try {
        expect(await answers(nginx.url, PATHS)).toEqual(await answers(url, PATHS));

        // Readers of pages in the release, in the base and gone, while releases are made, layered
        // and whole (the schedule), and rolled back.
        let stop = false;
        const failures: string[] = [];
        const read = async (server: string) => {
          while (!stop) {
            for (const [p, expected] of [
              ['/lt/p2/', /Page lt 2 v1/],
              ['/lt/p1/', /Page lt 1 v\d+/],
              ['/en/p5/', /Page en 5 v1/],
            ] as const) {
              const response = await fetch(server + p);
              const body = await response.text();
              if (response.status !== 200 || !expected.test(body) || !body.endsWith('x'.repeat(100)))
                failures.push(`${server}${p} ${response.status} ${body.slice(0, 60)}`);
            }
          }
        };
        const readers = [read(url), read(url), read(nginx.url), read(nginx.url)];
        for (let i = 2; i <= 12; i++) {
          site.set('lt/p1/index.html', page(`Page lt 1 v${i}`));
          await publish(service, i % 4 === 0 ? 'schedule' : 'entry.publish');
          if (i % 5 === 0) releases.rollback();
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        stop = true;
        await Promise.all(readers);
        expect(failures).toEqual([]);
        expect(await answers(nginx.url, PATHS)).toEqual(await answers(url, PATHS));
      } finally {
        await nginx.stop();
      }
    },
    120_000,
  );
});

describe('ReleaseStore.releaseFileName', () => {
  it("names a release's or a build's file by the release, and nothing else", () => {
    const releases = new ReleaseStore(root);
    const r = releases.releasesDir;
    expect(releases.releaseFileName(path.join(r, '20261207-001', 'lt', 'index.html'))).toBe(
      '20261207-001/lt/index.html',
    );
    expect(releases.releaseFileName(path.join(r, '.building-20261207-002', 'lt', 'index.html'))).toBe(
      '20261207-002/lt/index.html',
    );
    for (const other of [path.join(root, 'elsewhere', 'lt', 'index.html'), path.join(r, 'x.html'), r])
      expect(releases.releaseFileName(other)).toBeNull();
  });
});

describe('ReleaseView', () => {
  it('never leaves the release: dot segments, parent segments', async () => {
    const dir = path.join(root, 'r');
    mkdirSync(path.join(dir, 'lt'), { recursive: true });
    writeFileSync(path.join(dir, 'lt', 'index.html'), 'x');
    writeFileSync(path.join(root, 'secret.html'), 's');
    await finishRelease(dir);
    const view = new ReleaseView(dir);
    expect(view.resolve('/lt/')).toEqual({ root: dir, file: 'lt/index.html' });
    expect(view.resolve('/../secret.html')).toBeNull();
    expect(view.resolve('/lt/../../secret.html')).toBeNull();
    expect(view.resolve('/.release.json')).toBeNull();
  });
});
