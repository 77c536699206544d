import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureAdminBuild } from './cms-build.ts';
import { freshSettings, withoutPlatformSettings } from '@mip/shared-types/settings';
import { createCmsClient, loadContent } from '@mip/site/data-layer';
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
  /** The preview service the admin's "Open preview" loads (its address: the CMS's PREVIEW_URL). */
  previewUrl: string;
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

/**
 * The preview service (scripts/preview-service.ts) for the CMS `env` points at, on PREVIEW_PORT
 * (which the CMS's PREVIEW_URL must name), reading the snapshot under SITE_RELEASES_DIR. Resolves
 * once it answers.
 */
export async function startPreviewService(env: NodeJS.ProcessEnv) {
  const preview = spawnPrefixed(
    process.execPath,
    [path.join(import.meta.dirname, '..', 'preview-service.ts')],
    'preview',
    {
      env,
      ipc: true,
    },
  );
  try {
    await waitForHttp(`http://127.0.0.1:${env.PREVIEW_PORT}/_health`, preview, 2 * 60 * 1000, 'The preview service');
  } catch (error) {
    await stopChild(preview);
    throw error;
  }
  return { stop: () => stopChild(preview) };
}

/** Settings for a preview service beside a test CMS: its port, and the CMS's PREVIEW_URL naming it. */
export async function previewEnv(dir: string): Promise<NodeJS.ProcessEnv> {
  const port = await freePort();
  return {
    PREVIEW_PORT: String(port),
    PREVIEW_URL: `http://127.0.0.1:${port}`,
    SITE_RELEASES_DIR: path.join(dir, 'site'),
  };
}

/** Reads all content as a build does and keeps it where the rebuild service keeps its snapshot (SITE_RELEASES_DIR/cache). */
export async function writeContentSnapshot(env: NodeJS.ProcessEnv): Promise<string> {
  const snapshotFile = path.join(env.SITE_RELEASES_DIR!, 'cache', 'content.json');
  await loadContent(createCmsClient({ url: env.CMS_URL!, token: env.CMS_TOKEN! }), {
    snapshotFile,
    full: true,
    cmsTime: async () => new Date(),
  });
  return snapshotFile;
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
  const env = await testCmsEnv(dir, siteUrl, {
    PUBLIC_RATE_LIMIT: '500',
    CMS_SERVE_ADMIN: 'true',
    ...(await previewEnv(dir)),
  });
  let cms: { stop(): Promise<void> } | undefined;
  let preview: { stop(): Promise<void> } | undefined;
  const stop = async () => {
    await preview?.stop();
    await cms?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ensureAdminBuild(env);
    cms = await startTestCmsProcess(env);
    const outDir = path.join(dir, 'dist');
    await buildTestSite(env, outDir);
    // Previews overlay drafts on the content the last build read, as beside the rebuild service.
    await writeContentSnapshot(env);
    preview = await startPreviewService(env);
    return {
      outDir,
      cmsUrl: env.CMS_URL!,
      cmsToken: env.CMS_TOKEN!,
      adminEmail: env.ADMIN_EMAIL!,
      adminPassword: env.ADMIN_PASSWORD!,
      editorEmail: env.DEMO_EDITOR_EMAIL!,
      editorPassword: env.DEMO_EDITOR_PASSWORD!,
      previewUrl: env.PREVIEW_URL!,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
