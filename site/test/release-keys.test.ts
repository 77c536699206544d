import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILD_ENV,
  CODE_SOURCES,
  codeDigest,
  KEYS_FILE,
  keptFiles,
  RENDER_ENV,
  type ReleaseKeys,
  SHARED,
  startReleaseKeys,
  writeReleaseKeys,
} from '../release-keys.mjs';
import type { PageView } from '../src/lib/page-views.ts';
import { filesToGenerate, pageFile, pagesToGenerate } from '../src/lib/release-keys.ts';
import type { SitePage } from '../src/lib/site-pages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every source file under the code the digest covers. */
function sources(): string[] {
  const walk = (relative: string): string[] => {
    const full = path.join(ROOT, relative);
    try {
      return readdirSync(full).flatMap((name) => walk(`${relative}/${name}`));
    } catch {
      return [relative];
    }
  };
  return (CODE_SOURCES as string[]).flatMap(walk).filter((f) => /\.(ts|tsx|mjs|astro)$/.test(f));
}

describe('the code digest of a release', () => {
  it('covers every environment variable the site reads: as rendering input, or as steering the build', () => {
    const read = new Set<string>();
    // (`import.meta.env` is Astro's: SITE there is the configuration's `site`, from SITE_URL.)
    for (const file of sources())
      for (const [, name] of readFileSync(path.join(ROOT, file), 'utf8').matchAll(
        /(?<!meta\.)\benv\.([A-Z][A-Z0-9_]+)/g,
      ))
        read.add(name!);
    // Read by shared code the CMS alone calls.
    const cmsOnly = { RESPONSE_REPORTS_TO_HIDE: 'reportsToHide' };
    for (const [, fn] of Object.entries(cmsOnly))
      expect(
        sources().filter((f) => f.startsWith('site/') && readFileSync(path.join(ROOT, f), 'utf8').includes(fn)),
      ).toEqual([]);
    const known = new Set([...RENDER_ENV, ...BUILD_ENV, ...Object.keys(cmsOnly)]);
    expect(
      [...read].filter((name) => !known.has(name)),
      'variables neither in RENDER_ENV nor in BUILD_ENV',
    ).toEqual([]);
    expect(read.size).toBeGreaterThan(5);
  });

  it('changes with the environment pages are rendered with, not with what steers one build', () => {
    const env = { SITE_URL: 'https://example.lt', CMS_PUBLIC_URL: 'https://cms.example.lt' };
    const digest = codeDigest(env);
    expect(codeDigest({ ...env })).toBe(digest);
    expect(codeDigest({ ...env, SITE_URL: 'https://other.lt' })).not.toBe(digest);
    expect(codeDigest({ ...env, SUBMISSION_MAX_FILE_MB: '5' })).not.toBe(digest);
    expect(codeDigest({ ...env, SITE_RELEASE_BASE: '/releases/a', SITE_CHANGED_MEDIA: 'x.png' })).toBe(digest);
  });
});

describe('pages to generate over a base release', () => {
  const view = (locale: 'lt' | 'en', pagePath: string) => ({ page: { locale, path: pagePath } }) as PageView;
  const views = [view('lt', ''), view('lt', 'naujienos/'), view('en', 'news/a/'), view('en', 'news/b/')];
  const keys = new Map<SitePage, string>(views.map((v, i) => [v.page, `key${i}`]));
  const shared = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    delete shared[SHARED];
  });

  it('are every page when the build keeps no keys', () => {
    expect(pagesToGenerate(views, keys)).toEqual(views);
  });

  it('are every page of a build without a base, whose keys are all recorded', () => {
    const state = { code: 'c', base: null, routes: {} as ReleaseKeys['routes'] };
    shared[SHARED] = state;
    expect(pagesToGenerate(views, keys)).toEqual(views);
    expect(state.routes.pages!.keys).toEqual({
      'lt/index.html': 'key0',
      'lt/naujienos/index.html': 'key1',
      'en/news/a/index.html': 'key2',
      'en/news/b/index.html': 'key3',
    });
    expect(state.routes.pages!.reused).toEqual([]);
  });

  it('over a base, are the pages whose key differs from the base file or that it lacks; the rest are left to it', () => {
    const base = new Map([
      ['lt/index.html', 'key0'],
      ['lt/naujienos/index.html', 'older key'],
      ['en/news/a/index.html', 'key2'],
      ['en/news/gone/index.html', 'key9'],
    ]);
    const state = { code: 'c', base, routes: {} as ReleaseKeys['routes'] };
    shared[SHARED] = state;
    expect(pagesToGenerate(views, keys).map((v) => pageFile(v.page))).toEqual([
      'lt/naujienos/index.html',
      'en/news/b/index.html',
    ]);
    expect(state.routes.pages!.reused).toEqual(['lt/index.html', 'en/news/a/index.html']);
    expect(Object.keys(state.routes.pages!.keys)).toHaveLength(4);
    // Asked again (Astro may), the same answer, not twice the pages.
    pagesToGenerate(views, keys);
    expect(keptFiles(state).reused).toEqual(['lt/index.html', 'en/news/a/index.html']);
  });

  it('are recorded per route: the data files beside the pages, each route once however often asked', () => {
    const base = new Map([
      ['lt/index.html', 'key0'],
      ['data/lt/news.json', 'rows1'],
      ['data/lt/news.csv', 'rows1'],
      ['data/en/news.json', 'rows2'],
    ]);
    const state = { code: 'c', base, routes: {} as ReleaseKeys['routes'] };
    shared[SHARED] = state;
    const data = [
      { file: 'data/lt/news.json', key: 'rows1' },
      { file: 'data/en/news.json', key: 'rows2, changed' },
    ];
    const generate = () =>
      filesToGenerate(
        'open data json',
        data,
        (d) => d.file,
        (d) => d.key,
      );
    expect(generate()).toEqual([data[1]]);
    pagesToGenerate(views, keys);
    generate();
    expect(keptFiles(state)).toEqual({
      keys: {
        'lt/index.html': 'key0',
        'lt/naujienos/index.html': 'key1',
        'en/news/a/index.html': 'key2',
        'en/news/b/index.html': 'key3',
        'data/lt/news.json': 'rows1',
        'data/en/news.json': 'rows2, changed',
      },
      reused: ['data/lt/news.json', 'lt/index.html'],
    });
  });
});

describe("a base release's keys", () => {
  const shared = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    delete shared[SHARED];
  });

  it('are used only when they were made by the same code; a base without them leaves every page to Astro', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mip-keys-'));
    try {
      expect(startReleaseKeys(dir).base).toBeNull();
      const made = startReleaseKeys(undefined);
      made.routes.pages = { keys: { 'lt/index.html': 'key0' }, reused: [] };
      writeReleaseKeys(dir, made);
      expect([...startReleaseKeys(dir).base!]).toEqual([['lt/index.html', 'key0']]);
      writeFileSync(path.join(dir, KEYS_FILE), JSON.stringify({ code: 'other code', pages: keptFiles(made).keys }));
      expect(startReleaseKeys(dir).base).toBeNull();
      expect(shared[SHARED]).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
