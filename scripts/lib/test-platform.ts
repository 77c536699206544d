import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureAdminBuild } from './cms-build.ts';
import { freshSettings, withoutPlatformSettings } from '@mip/shared-types/settings';
import { CMS_DIR, SITE_DIR } from './paths.ts';
import { spawnPrefixed, stopChild, waitForExit, waitForHttp } from './processes.ts';

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface SeededSite {
  /** The built site (dist). */
  outDir: string;
  /** The CMS keeps running (it serves the uploads the site links to). */
  cmsUrl: string;
  cmsToken: string;
  adminEmail: string;
  adminPassword: string;
  /** The demo editor (Editor role). */
  editorEmail: string;
  editorPassword: string;
  /** Stops the CMS and removes the database, uploads and build. */
  stop(): Promise<void>;
}

/** Settings for a CMS on its own data in `dir` (SQLite file and uploads), with fresh secrets. */
export async function testCmsEnv(
  dir: string,
  siteUrl: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<NodeJS.ProcessEnv> {
  const cmsPort = await freePort();
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  return {
    ...withoutPlatformSettings(process.env),
    ...freshSettings(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    CMS_PUBLIC_DIR: path.join(dir, 'public'),
    HOST: '127.0.0.1',
    CMS_PORT: String(cmsPort),
    CMS_URL: `http://127.0.0.1:${cmsPort}`,
    CMS_PUBLIC_URL: `http://127.0.0.1:${cmsPort}`,
    // As in production behind nginx: X-Forwarded-* headers are trusted (the tests that call the CMS directly send none).
    CMS_BEHIND_PROXY: 'true',
    SITE_URL: siteUrl,
    SEED_DEMO: 'true',
    CMS_SERVE_ADMIN: 'false',
    CMS_LOG_LEVEL: 'warn',
    REBUILD_WEBHOOK_URL: '',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** Starts the CMS process (seeding the demo into an empty database) and waits until it answers. */
export async function startTestCmsProcess(env: NodeJS.ProcessEnv) {
  const cms = spawnPrefixed(process.execPath, [path.join(import.meta.dirname, '..', 'cms-server.ts')], 'cms', {
    cwd: CMS_DIR,
    env,
    ipc: true,
  });
  try {
    await waitForHttp(`${env.CMS_URL}/_health`, cms, 5 * 60 * 1000, 'The CMS');
  } catch (error) {
    await stopChild(cms);
    throw error;
  }
  return { stop: () => stopChild(cms) };
}

/** The real static build from the CMS that `env` points at (of the site in `siteDir`, this checkout's by default). */
export function buildTestSite(env: NodeJS.ProcessEnv, outDir: string, siteDir = SITE_DIR): Promise<void> {
  return waitForExit(
    spawnPrefixed('npx', ['astro', 'build', '--outDir', outDir], 'site', { cwd: siteDir, env }),
    'astro build',
  );
}

/**
 * For end-to-end tests: a real CMS on a fresh SQLite database (and upload folder) with the demo
 * content, and the real static site built from it.
 */
export async function buildSeededSite(siteUrl: string): Promise<SeededSite> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-e2e-'));
  // Every browser test posts from the same address, so the public routes' rate limit (tested on
  // its own, directly and through nginx) is set out of their way.
  // The CMS serves its admin panel too: the browser tests sign in to it as editors do.
  const env = await testCmsEnv(dir, siteUrl, { PUBLIC_RATE_LIMIT: '500', CMS_SERVE_ADMIN: 'true' });
  let cms: { stop(): Promise<void> } | undefined;
  const stop = async () => {
    await cms?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ensureAdminBuild(env);
    cms = await startTestCmsProcess(env);
    const outDir = path.join(dir, 'dist');
    await buildTestSite(env, outDir);
    return {
      outDir,
      cmsUrl: env.CMS_URL!,
      cmsToken: env.CMS_TOKEN!,
      adminEmail: env.ADMIN_EMAIL!,
      adminPassword: env.ADMIN_PASSWORD!,
      editorEmail: env.DEMO_EDITOR_EMAIL!,
      editorPassword: env.DEMO_EDITOR_PASSWORD!,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
