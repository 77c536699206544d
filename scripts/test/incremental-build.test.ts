// Incremental builds against a real CMS: after editors change content, a build that reuses the
// last build's cache (content snapshot and Astro's page cache) must produce exactly the site a
// build from nothing produces, while rendering only part of it. The rebuild service's builds are
// layered over a whole release (scripts/lib/rebuild/layers.ts): what such a release serves, its
// base's files included, is compared.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient, loadContent } from '@mip/site/data-layer';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { codeDigest, keysCodeOf } from '@mip/site/release-keys';
import { finishRelease, listFiles, materialise, ReleaseView } from '../lib/rebuild/layers.ts';
import { ROOT_DIR, SITE_DIR } from '../lib/paths.ts';
import { startTestCmsProcess, testCmsEnv } from '../lib/test-platform.ts';

let dir: string;
let env: NodeJS.ProcessEnv;
let cms: { stop(): Promise<void> } | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mip-incremental-'));
  // One clock for every build, so a build from nothing is comparable byte for byte.
  // Search is indexed apart, as the rebuild service does (after a release is live).
  env = await testCmsEnv(dir, 'http://localhost:4321', {
    SITE_BUILD_TIME: '2026-11-27T09:00:00Z',
    SITE_SEARCH_INDEX: 'separate',
  });
  cms = await startTestCmsProcess(env);
}, 5 * 60_000);
afterAll(async () => {
  await cms?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `astro build` into `outDir`; resolves with its output. */
function build(outDir: string, extra: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(ROOT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
      { cwd: SITE_DIR, env: { ...env, ...extra }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`astro build failed: ${stderr.slice(-3000)}`)) : resolve(stdout + stderr),
    );
  });
}

function files(root: string, sub = ''): string[] {
  return readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((d) =>
    sub === '' && d.name.startsWith('.')
      ? []
      : d.isDirectory()
        ? files(root, path.join(sub, d.name))
        : [path.join(sub, d.name)],
  );
}

/** A build layered over `base` (a whole release), finished as the rebuild service does; returns a whole copy of what it serves, and its own files. */
async function layeredBuild(name: string, base: string, cache: string) {
  const out = path.join(dir, name);
  const log = await build(out, { SITE_BUILD_CACHE: cache, SITE_RELEASE_BASE: base });
  const manifest = await finishRelease(out);
  expect(manifest.base).toBe(path.basename(base));
  const whole = path.join(dir, `${name}-whole`);
  await materialise(out, whole);
  return { log, out, whole, own: await listFiles(out), manifest };
}

/**
 * Pages a build did not render: those Astro reused from its cache (a line each) and, over a base,
 * those not even handed to Astro, their keys being the base's (site/release-keys.mjs, counted).
 */
function reusedPages(log: string) {
  const notGenerated = Number(/(\d+) pages and \d+ other files not generated/.exec(log)?.[1] ?? 0);
  return { notGenerated, total: notGenerated + (log.match(/\((cached|restored)\)/g) ?? []).length };
}

/** Files of `a` whose bytes differ from (or are missing in) `b`. */
function differingFiles(a: string, b: string): string[] {
  return files(a).filter((f) => {
    try {
      return !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)));
    } catch {
      return true;
    }
  });
}

describe('incremental builds', () => {
  it(
    'after renames, a new entry and an unpublished one, equal a build from nothing',
    async () => {
      const cache = path.join(dir, 'cache');
      const first = await build(path.join(dir, 'first'), { SITE_BUILD_CACHE: cache });
      expect(first).toMatch(/\[mip-content\] full read/);
      expect((await finishRelease(path.join(dir, 'first'))).files?.length).toBeGreaterThan(100);

      // Nothing changed: every page is reused, as a hard link to the cache's copy (build-cache-links.mjs).
      const unchangedDir = path.join(dir, 'unchanged');
      const unchanged = await build(unchangedDir, { SITE_BUILD_CACHE: cache });
      const htmlPages = files(unchangedDir).filter((f) => f.endsWith('.html'));
      const copies = htmlPages.filter((f) => statSync(path.join(unchangedDir, f)).nlink === 1);
      // Only the pages Astro renders without a cache key (the 404 page and the / redirect) are new files.
      expect(copies.sort(), 'pages not linked from the cache').toEqual(['404.html', 'index.html']);
      expect((unchanged.match(/\((cached|restored)\)/g) ?? []).length, 'pages reused with no change').toBe(
        htmlPages.length - copies.length,
      );
      expect(differingFiles(unchangedDir, path.join(dir, 'first'))).toEqual([]);

      // Editors at work: an organisation many entries show is renamed, so is a priority; a news
      // item is published and a seminar with follow-up actions unpublished.
      const admin = await CmsAdmin.login(env.CMS_URL!, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!);
      const { content } = await loadContent(createCmsClient({ url: env.CMS_URL!, token: env.CMS_TOKEN! }), {
        cmsTime: async () => new Date(),
      });
      const practice = content.lt.goodPractices.find((p) => p.implementingOrganisations.length > 0)!;
      const organisation = practice.implementingOrganisations[0]!;
      await admin.update('organisation', organisation.documentId, 'lt', {
        name: 'Pervadinta bendruomenės organizacija',
      });
      await admin.publish('organisation', organisation.documentId, 'lt');
      const priority = content.lt.policyPriorities.find((p) => p.parent)!.parent!;
      await admin.update('policy-priority', priority.documentId, 'lt', { title: 'Pervadintas prioritetas' });
      await admin.publish('policy-priority', priority.documentId, 'lt');
      const news = await admin.create('news-item', 'lt', {
        title: 'Ką tik paskelbta žinia',
        summary: 'Nauja.',
        body: 'Tekstas.',
        date: '2026-11-26',
        level: 'national',
        kind: 'institutional',
      });
      await admin.publish('news-item', news.documentId, 'lt');
      const seminar = content.lt.seminars.find((s) => (s.followUpActions?.length ?? 0) > 0)!;
      await admin.unpublish('seminar', seminar.documentId, 'lt');

      const layered = await layeredBuild('incremental', path.join(dir, 'first'), cache);
      const incremental = layered.log;
      await build(path.join(dir, 'fresh'), {});

      expect(incremental).toMatch(/\[mip-content\] delta read/);
      const pages = files(path.join(dir, 'fresh')).filter((f) => f.endsWith('.html')).length;
      const { total: reused, notGenerated } = reusedPages(incremental);
      // The base keeps its pages' keys; most pages are left to it without going through Astro.
      // ... with the digest of the code the rebuild service compares before building over it (site-build.ts).
      expect(keysCodeOf(path.join(dir, 'first'))).toBe(codeDigest(env));
      expect(notGenerated, 'pages left to the base without being generated').toBeGreaterThan(pages / 4);
      // The demo is small and these edits touch much of it; still, a good part is reused.
      expect(reused, 'pages reused from the last build').toBeGreaterThan(pages / 4);
      // ... and is not in the layered release at all, only in its base.
      // The open data files too, unless their rows changed (site/src/lib/open-data-routes.ts): the
      // news file has the new item; no edit here touched the target groups or the English news.
      const ownData = layered.own.filter((f) => f.startsWith('data/'));
      expect(ownData).toContain('data/lt/news.json');
      expect(ownData).toContain('data/lt/news.csv');
      for (const file of ['data/lt/target-groups.json', 'data/lt/target-groups.csv', 'data/en/news.json'])
        expect(ownData, 'open data files whose rows did not change').not.toContain(file);
      const ownPages = layered.own.filter((f) => f.endsWith('.html')).length;
      expect(ownPages, 'pages the layered release holds itself').toBeLessThanOrEqual(pages - reused);
      expect(layered.manifest.pages).toBe(pages);
      // The unpublished seminar's page is in the base and removed in the release: served by neither.
      const seminarPage = `lt/renginiai/${seminar.slug}/index.html`;
      expect(layered.manifest.removed).toContain(seminarPage);
      expect(new ReleaseView(layered.out).resolve(`/lt/renginiai/${seminar.slug}/`)).toBeNull();
      expect(new ReleaseView(layered.out).resolve('/lt/')?.root).toBe(layered.out);

      const [a, b] = [layered.whole, path.join(dir, 'fresh')];
      expect(files(a).sort()).toEqual(files(b).sort());
      expect(differingFiles(b, a), 'files that differ from a build from nothing').toEqual([]);
      // Pages the edits re-rendered replaced the cache's copy: the earlier build (a live release,
      // in the rebuild service) still holds the bytes it was built with.
      expect(
        differingFiles(unchangedDir, path.join(dir, 'first')),
        'files of the earlier build changed by a later one',
      ).toEqual([]);
      // The edits are on the site (so the comparison is not of two stale builds).
      const practicePage = readFileSync(path.join(a, 'lt', 'geroji-praktika', practice.slug, 'index.html'), 'utf8');
      expect(practicePage).toContain('Pervadinta bendruomenės organizacija');
      expect(files(a)).toContain(path.join('lt', 'naujienos', news.slug!, 'index.html'));
      expect(files(a)).not.toContain(path.join('lt', 'renginiai', seminar.slug, 'index.html'));
    },
    10 * 60_000,
  );

  it(
    'after random sequences of edits (renames, relinks from either side, publish, unpublish, delete, taxonomy edits), equal a build from nothing each time',
    async () => {
      // Repeatable: TEST_SEED=<n> runs the same sequence again.
      const seed = Number(process.env.TEST_SEED) || Math.floor(Math.random() * 2 ** 31);
      let state = seed;
      const random = () => {
        // mulberry32
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      console.log(`random edits: seed ${seed} (TEST_SEED=${seed} repeats them)`);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const cache = path.join(dir, 'cache');
      // Run on its own (-t), it makes the cache first.
      if (!existsSync(path.join(cache, 'content.json')))
        await build(path.join(dir, 'random-0'), { SITE_BUILD_CACHE: cache });
      // Every round's release is layered over the same whole one, as between two scheduled builds.
      const base = path.join(dir, existsSync(path.join(dir, 'first')) ? 'first' : 'random-0');
      await finishRelease(base);
      const admin = await CmsAdmin.login(env.CMS_URL!, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!);
      const read = async () =>
        (
          await loadContent(createCmsClient({ url: env.CMS_URL!, token: env.CMS_TOKEN! }), {
            cmsTime: async () => new Date(),
          })
        ).content.lt;
      const done: string[] = [];
      const edits: Record<string, (n: string) => Promise<string>> = {
        async rename(n) {
          const lt = await read();
          const [type, entry, field] = pick([
            ['news-item', pick(lt.newsItems), 'title'],
            ['organisation', pick(lt.organisations), 'name'],
            ['policy-priority', pick(lt.policyPriorities), 'title'],
            ['good-practice', pick(lt.goodPractices), 'title'],
          ] as const);
          await admin.update(type, entry.documentId, 'lt', { [field]: `Pervadinta ${n}` });
          await admin.publish(type, entry.documentId, 'lt');
          return `rename ${type} ${entry.documentId}`;
        },
        async relinkOwningSide(n) {
          const lt = await read();
          const news = pick(lt.newsItems);
          const organisation = pick(lt.organisations);
          await admin.update('news-item', news.documentId, 'lt', {
            sourceOrganisation: { connect: [{ documentId: organisation.documentId, locale: 'lt' }] },
          });
          await admin.publish('news-item', news.documentId, 'lt');
          return `relink news ${news.documentId} to organisation ${organisation.documentId} (${n})`;
        },
        async relinkInverseSide(n) {
          const lt = await read();
          const organisation = pick(lt.organisations);
          const practice = pick(lt.goodPractices);
          await admin.update('organisation', organisation.documentId, 'lt', {
            goodPractices: { connect: [{ documentId: practice.documentId, locale: 'lt' }] },
          });
          await admin.publish('organisation', organisation.documentId, 'lt');
          return `link organisation ${organisation.documentId} to practice ${practice.documentId} from its side (${n})`;
        },
        async publishNew(n) {
          const news = await admin.create('news-item', 'lt', {
            title: `Atsitiktinė žinia ${n}`,
            summary: 'Nauja.',
            body: 'Tekstas.',
            date: '2026-11-26',
            level: 'local',
            kind: 'event',
          });
          await admin.publish('news-item', news.documentId, 'lt');
          return `publish news ${news.documentId}`;
        },
        async unpublish() {
          const lt = await read();
          const [type, entry] = pick([
            ['news-item', pick(lt.newsItems)],
            ['seminar', pick(lt.seminars)],
            ['research-entry', pick(lt.researchEntries)],
          ] as const);
          await admin.unpublish(type, entry.documentId, 'lt');
          return `unpublish ${type} ${entry.documentId}`;
        },
        async remove() {
          const lt = await read();
          const news = pick(lt.newsItems);
          await admin.delete('news-item', news.documentId, 'lt');
          return `delete news ${news.documentId}`;
        },
        async taxonomy(n) {
          const lt = await read();
          const area = pick(lt.integrationAreas);
          await admin.update('integration-area', area.documentId, 'lt', { name: `Sritis ${n}` });
          return `rename area ${area.documentId}`;
        },
      };
      for (let round = 1; round <= 2; round++) {
        for (let i = 1; i <= 3; i++) done.push(await edits[pick(Object.keys(edits))]!(`${round}.${i}`));
        const layered = await layeredBuild(`random-${round}`, base, cache);
        const incremental = layered.log;
        const [a, b] = [layered.whole, path.join(dir, `random-${round}-fresh`)];
        await build(b, {});
        const context = `seed ${seed} (TEST_SEED=${seed} repeats it), edits: ${done.join('; ')}`;
        expect(incremental, context).toMatch(/\[mip-content\] delta read/);
        expect(files(a).sort(), context).toEqual(files(b).sort());
        expect(differingFiles(b, a), context).toEqual([]);
      }
    },
    10 * 60_000,
  );
});
