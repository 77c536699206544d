// End-to-end tests of `npm start`, the first thing anyone runs: real CMS, real site build,
// real HTTP, real signals. Slow (the first run builds the admin panel), so kept few.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutPlatformSettings } from '@mip/shared-types/settings';
import type { RebuildStatus } from '../lib/rebuild/service.ts';
import { ROOT_DIR, SITE_DIR } from '../lib/paths.ts';

const START_TIMEOUT = 10 * 60 * 1000;

// The shell of someone who exported settings by hand or sourced a production .env: none of it may
// reach the platform a test starts (a new user's `npm test` once failed this way: the test's site
// build asked the CMS at an exported CMS_URL instead of the one the test had just started).
Object.assign(process.env, {
  CMS_URL: 'http://127.0.0.1:9',
  CMS_PUBLIC_URL: 'http://127.0.0.1:9',
  REBUILD_WEBHOOK_URL: 'http://127.0.0.1:9/hooks/strapi',
  DATABASE_CLIENT: 'postgres',
  DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
  SEED_DEMO: 'false',
  CMS_SERVE_ADMIN: 'false',
  SERVE_SITE: 'false',
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function startPlatform(env: Record<string, string>): Run {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT_DIR, 'scripts', 'start.ts')], {
    cwd: ROOT_DIR,
    env: { ...withoutPlatformSettings(process.env), NO_COLOR: '1', CMS_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitForOutput(run: Run, text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null)
      throw new Error(`start exited (${run.child.exitCode}) before "${text}":\n${run.output().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${run.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const text = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};

const running: ChildProcess[] = [];
afterAll(async () => {
  // A test that failed half-way leaves the platform running: stop it the way a user would.
  for (const child of running) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 60_000);

/** Polls a site page until it is served (a rebuild takes seconds), or three minutes pass. */
async function waitForPage(url: string) {
  const started = Date.now();
  let page = await text(url);
  while (page.status !== 200 && Date.now() - started < 180_000) {
    await new Promise((r) => setTimeout(r, 250));
    page = await text(url);
  }
  expect(page.status, url).toBe(200);
  return page;
}

/** The rebuild service's status once it satisfies `ready` (within three minutes). */
async function waitForStatus(
  env: Record<string, string>,
  ready: (status: RebuildStatus) => boolean,
): Promise<RebuildStatus> {
  const started = Date.now();
  for (;;) {
    const status = (await (await fetch(`http://127.0.0.1:${env.REBUILD_PORT}/status`)).json()) as RebuildStatus;
    if (ready(status) || Date.now() - started > 180_000) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Any integration area's document id, read the way the site reads (GraphQL with the token). */
async function firstAreaId(env: Record<string, string>) {
  const token = parseEnv(readFileSync(env.MIP_ENV_FILE, 'utf8')).CMS_TOKEN!;
  const response = await fetch(`http://127.0.0.1:${env.CMS_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ integrationAreas(pagination: { limit: 1 }) { documentId } }' }),
  });
  return ((await response.json()) as { data: { integrationAreas: { documentId: string }[] } }).data.integrationAreas[0]
    .documentId;
}

describe('npm start', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mip-start-'));
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const envFile = path.join(dir, '.env');
  const settings = async () => ({
    MIP_ENV_FILE: envFile,
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    CMS_PUBLIC_DIR: path.join(dir, 'public'),
    SITE_RELEASES_DIR: path.join(dir, 'site'),
    CMS_PORT: String(await freePort()),
    SITE_PORT: String(await freePort()),
    REBUILD_PORT: String(await freePort()),
    PREVIEW_PORT: String(await freePort()),
  });

  it(
    'generates settings, seeds, serves the CMS and both site languages, and stops on Ctrl-C',
    async () => {
      const env = await settings();
      const run = startPlatform(env);
      running.push(run.child);
      await waitForOutput(run, 'Press Ctrl-C to stop.', START_TIMEOUT);

      const generated = parseEnv(readFileSync(envFile, 'utf8'));
      expect(run.output()).toContain(`password: ${generated.ADMIN_PASSWORD}`);
      expect(run.output()).toContain(`email:    ${generated.DEMO_EDITOR_EMAIL}`);
      expect(run.output()).toContain(`password: ${generated.DEMO_EDITOR_PASSWORD}`);
      expect(run.output()).toContain('loading the demo content');

      const lt = await text(`http://127.0.0.1:${env.SITE_PORT}/lt/`);
      expect(lt.status).toBe(200);
      expect(lt.body).toContain('<html lang="lt">');
      expect(lt.body).toMatch(/Naujienos: <span>13<\/span>/);
      expect(lt.body).toContain('Paskelbta integracijos veiksmų plano pažangos ataskaita');
      const en = await text(`http://127.0.0.1:${env.SITE_PORT}/en/`);
      // 12 in English plus the one available in Lithuanian only.
      expect(en.body).toMatch(/News: <span>13<\/span>/);
      expect((await text(`http://127.0.0.1:${env.SITE_PORT}/`)).body).toContain('url=/lt/');
      // The read-only token is a build-time secret and must not reach the built site.
      expect(lt.body + en.body).not.toContain(generated.CMS_TOKEN);

      const admin = await text(`http://127.0.0.1:${env.CMS_PORT}/admin`);
      expect(admin.status).toBe(200);
      const login = await fetch(`http://127.0.0.1:${env.CMS_PORT}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: generated.ADMIN_EMAIL, password: generated.ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      expect((await text(`http://127.0.0.1:${env.CMS_PORT}/api/news-items`)).status).toBe(401);

      // The public submits a practice: it waits as a draft and is not on the site.
      const submitted = await fetch(`http://127.0.0.1:${env.CMS_PORT}/api/submissions/good-practice`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          locale: 'lt',
          title: 'Bendruomenės sodas su kaimynais',
          summary: 'Kaimynai ir atvykusieji kartu prižiūri sodą.',
          context: 'Atvykusieji mažai bendrauja su kaimynais.',
          goals: 'Suburti kaimynus bendrai veiklai.',
          howItWorks: 'Kiekvieną šeštadienį kartu dirbama sode.',
          results: 'Per sezoną dalyvavo 40 žmonių.',
          startDate: '2025-04-01',
          organisationName: 'Kaimynų klubas',
          integrationAreas: [await firstAreaId(env)],
          submitterName: 'Ona Petraitytė',
          submitterEmail: 'ona@example.lt',
        }),
      });
      expect(submitted.status).toBe(201);
      const practicePage = `http://127.0.0.1:${env.SITE_PORT}/lt/geroji-praktika/bendruomenes-sodas-su-kaimynais/`;

      // An editor publishes: the CMS's webhook reaches the rebuild service, which puts the new page live.
      const { data: session } = (await login.json()) as { data: { token: string } };
      const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
      const manager = (type: string) =>
        `http://127.0.0.1:${env.CMS_PORT}/content-manager/collection-types/api::${type}.${type}`;
      const created = await fetch(`${manager('news-item')}?locale=lt`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title: 'Redaktorė ką tik paskelbė šią naujieną',
          summary: 'Bandymas.',
          body: 'Tekstas.',
          date: '2026-11-26',
          level: 'national',
          kind: 'institutional',
        }),
      });
      expect(created.status).toBe(201);
      const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
      const newPage = `http://127.0.0.1:${env.SITE_PORT}/lt/naujienos/redaktore-ka-tik-paskelbe-sia-naujiena/`;
      expect((await text(newPage)).status).toBe(404); // a draft is not on the site
      // ...but the admin's "Open preview" shows it, from the preview service `npm start` runs.
      const previewLink = await fetch(
        `http://127.0.0.1:${env.CMS_PORT}/content-manager/preview/url/api::news-item.news-item?documentId=${documentId}&locale=lt&status=draft`,
        { headers },
      );
      const { url: previewUrl } = ((await previewLink.json()) as { data: { url: string } }).data;
      expect(previewUrl).toMatch(new RegExp(`^http://localhost:${env.PREVIEW_PORT}/preview/\\?`));
      const preview = await text(previewUrl);
      expect(preview.status).toBe(200);
      expect(preview.body).toContain('Redaktorė ką tik paskelbė šią naujieną');
      expect(preview.body).toContain('Peržiūra, nepaskelbta');
      expect(
        (
          await fetch(`${manager('news-item')}/${documentId}/actions/publish?locale=lt`, {
            method: 'POST',
            headers,
            body: '{}',
          })
        ).status,
      ).toBe(200);
      const live = await waitForPage(newPage);
      expect(live.body).toContain('Redaktorė ką tik paskelbė šią naujieną');
      // The page may already be live from a build that started just after the publish (webhooks
      // of the demo seed can still be arriving); the publish's own webhook still leads to a build.
      const status = await waitForStatus(env, (s) =>
        /entry\.publish api::news-item\.news-item/.test(s.lastSuccess?.trigger ?? ''),
      );
      expect(status.lastSuccess?.trigger).toMatch(/entry\.publish api::news-item\.news-item/);
      expect(status.releases.length).toBeGreaterThanOrEqual(2);
      // The edit view's "On the site" panel gives the address and says the live site has this version.
      const entry = await fetch(
        `http://127.0.0.1:${env.CMS_PORT}/mip/entry-status?model=api::news-item.news-item&documentId=${documentId}`,
        { headers },
      );
      const onSite = (await entry.json()) as {
        versions: { locale: string; url: string | null }[];
        live: { state: string };
      };
      expect(onSite.versions).toContainEqual(
        expect.objectContaining({
          locale: 'lt',
          url: `http://localhost:${env.SITE_PORT}/lt/naujienos/redaktore-ka-tik-paskelbe-sia-naujiena/`,
        }),
      );
      expect(onSite.live.state).toBe('live');
      // That build ran after the submission, and the submitted practice is still not on the site...
      expect((await text(practicePage)).status).toBe(404);
      // ...until an editor publishes it.
      const drafts = await fetch(
        `${manager('good-practice')}?locale=lt&filters[title][$eq]=${encodeURIComponent('Bendruomenės sodas su kaimynais')}`,
        { headers },
      );
      const [draft] = ((await drafts.json()) as { results: { documentId: string }[] }).results;
      expect(
        (
          await fetch(`${manager('good-practice')}/${draft.documentId}/actions/publish?locale=lt`, {
            method: 'POST',
            headers,
            body: '{}',
          })
        ).status,
      ).toBe(200);
      expect((await waitForPage(practicePage)).body).toContain('Bendruomenės sodas su kaimynais');

      const started = Date.now();
      run.child.kill('SIGINT');
      expect(await run.exit).toBe(0);
      expect(Date.now() - started).toBeLessThan(30_000);
      await expect(fetch(`http://127.0.0.1:${env.CMS_PORT}/_health`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${env.SITE_PORT}/`)).rejects.toThrow();
    },
    START_TIMEOUT + 60_000,
  );

  it(
    'starts again on the same database without re-seeding, and its CMS stops when it is killed',
    async () => {
      const env = await settings();
      const run = startPlatform(env);
      running.push(run.child);
      await waitForOutput(run, 'Press Ctrl-C to stop.', START_TIMEOUT);
      expect(run.output()).not.toContain('loading the demo content');
      expect(run.output()).not.toContain(parseEnv(readFileSync(envFile, 'utf8')).ADMIN_PASSWORD);
      expect(run.output()).toContain('password: ADMIN_PASSWORD in .env');
      expect(run.output()).toContain('password: DEMO_EDITOR_PASSWORD in .env');
      // 13 demo news plus the one published in the first run (and the published submission).
      expect((await text(`http://127.0.0.1:${env.SITE_PORT}/lt/`)).body).toMatch(/Naujienos: <span>14<\/span>/);

      // Killed outright (no chance to clean up), it must not leave the CMS holding port and database.
      run.child.kill('SIGKILL');
      await run.exit;
      const deadline = Date.now() + 30_000;
      let cmsUp = true;
      while (cmsUp && Date.now() < deadline) {
        cmsUp = await fetch(`http://127.0.0.1:${env.CMS_PORT}/_health`).then(
          () => true,
          () => false,
        );
        if (cmsUp) await new Promise((r) => setTimeout(r, 500));
      }
      expect(cmsUp).toBe(false);
      // Nor the rebuild service holding the site port.
      await expect(fetch(`http://127.0.0.1:${env.SITE_PORT}/`)).rejects.toThrow();
    },
    START_TIMEOUT + 60_000,
  );

  it('says which port is taken and how to choose another', async () => {
    const blocker = net.createServer().listen(0, '0.0.0.0');
    await new Promise((r) => blocker.once('listening', r));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const run = startPlatform({ ...(await settings()), CMS_PORT: String(taken) });
      expect(await run.exit).toBe(1);
      expect(run.output()).toContain(`Port ${taken} (CMS) is already in use`);
      expect(run.output()).toContain(`CMS_PORT=${taken + 10} npm start`);
    } finally {
      blocker.close();
    }
  });
});

describe('site build', () => {
  it('fails with a clear message, not a partial site, when the CMS is unreachable', async () => {
    const port = await freePort();
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: SITE_DIR,
      env: {
        ...withoutPlatformSettings(process.env),
        CMS_URL: `http://127.0.0.1:${port}`,
        CMS_TOKEN: 'x'.repeat(40),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`Cannot reach the CMS at http://127.0.0.1:${port}`);
  }, 150_000);
});

describe('Node version check', () => {
  // The machine's system Node (20 on the build machines) stands in for a user's old Node.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((bin) => {
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    return version && Number(version.slice(1).split('.')[0]) < 22;
  });

  it.runIf(systemNode)('tells the user to install Node 24 when Node is too old', () => {
    const result = spawnSync(systemNode!, [path.join(ROOT_DIR, 'scripts', 'check-node.mjs')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This project needs Node.js 22.12 or newer');
  });

  it('passes on this Node', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT_DIR, 'scripts', 'check-node.mjs')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
  });
});
