import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureAdminBuild } from './cms-build.ts';
import { freshSettings, withoutPlatformSettings } from '@mip/shared-types/settings';
import { createCmsClient, loadContent } from '@mip/site/data-layer';
import { CMS_DIR, SITE_DIR } from './paths.ts';
import { spawnPrefixed, stopChild, waitForExit, waitForHttp } from './processes.ts';
import { AlertNotifier } from './rebuild/alerts.ts';
import { startSmtpSink } from '@mip/testing/smtp-sink';

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
  /** Where the platform's mail arrives (an SMTP server on loopback writes each as JSON: readMailDir). */
  mailDir: string;
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
 * One of the platform's services (a script in scripts/) with `env`, resolved once `ready` says so
 * (stopped, and the error passed on, if it never does).
 */
async function startService(
  script: string,
  name: string,
  env: NodeJS.ProcessEnv,
  ready: (child: ChildProcess) => Promise<void>,
) {
  const child = spawnPrefixed(process.execPath, [path.join(import.meta.dirname, '..', script)], name, {
    env,
    ipc: true,
  });
  try {
    await ready(child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { stop: () => stopChild(child) };
}

/**
 * The preview service (scripts/preview-service.ts) for the CMS `env` points at, on PREVIEW_PORT
 * (which the CMS's PREVIEW_URL must name), reading the snapshot under SITE_RELEASES_DIR. Resolves
 * once it answers.
 */
export const startPreviewService = (env: NodeJS.ProcessEnv) =>
  startService('preview-service.ts', 'preview', env, (child) =>
    waitForHttp(`http://127.0.0.1:${env.PREVIEW_PORT}/_health`, child, 2 * 60 * 1000, 'The preview service'),
  );

/**
 * The rebuild service (scripts/rebuild-service.ts) for the CMS `env` points at, on REBUILD_PORT,
 * serving the site on SITE_PORT (see rebuildEnv). Resolves once its first build is live.
 */
export const startRebuildService = (env: NodeJS.ProcessEnv) =>
  startService('rebuild-service.ts', 'rebuild', env, async (child) => {
    const status = `http://127.0.0.1:${env.REBUILD_PORT}/status`;
    await waitForHttp(status, child, 2 * 60 * 1000, 'The rebuild service');
    const deadline = Date.now() + 5 * 60 * 1000;
    while (!((await (await fetch(status)).json()) as { currentRelease: string | null }).currentRelease) {
      if (Date.now() > deadline) throw new Error('The rebuild service’s first build did not go live within 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

/**
 * Settings for a rebuild service beside a test CMS: its ports, its releases in `dir`, no schedule;
 * the CMS's webhook and SITE_URL point at it.
 */
export async function rebuildEnv(dir: string): Promise<NodeJS.ProcessEnv> {
  const [rebuildPort, sitePort] = [await freePort(), await freePort()];
  return {
    REBUILD_PORT: String(rebuildPort),
    REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/strapi`,
    REBUILD_SCHEDULE: 'off',
    SITE_PORT: String(sitePort),
    SITE_URL: `http://127.0.0.1:${sitePort}`,
    SITE_RELEASES_DIR: path.join(dir, 'site'),
  };
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
 * content, the real static site built from it (the CMS told what it offers to follow, as after a
 * release goes live), and an SMTP server on loopback for the platform's mail.
 */
export async function buildSeededSite(siteUrl: string): Promise<SeededSite> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-e2e-'));
  // Every browser test posts from the same address, so the public routes' rate limit (tested on
  // its own, directly and through nginx) is set out of their way.
  // The CMS serves its admin panel too: the browser tests sign in to it as editors do.
  const mailDir = path.join(dir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  const smtp = await startSmtpSink({ dir: mailDir });
  const env = await testCmsEnv(dir, siteUrl, {
    PUBLIC_RATE_LIMIT: '500',
    PUBLIC_LINK_RATE_LIMIT: '500',
    // The browser tests sign the same admins in from one address more often than Strapi's five.
    ADMIN_LOGIN_RATE_LIMIT: '100',
    CMS_SERVE_ADMIN: 'true',
    ...smtp.cmsEnv,
    ALERT_RATE_PER_MINUTE: '6000',
    ...(await previewEnv(dir)),
  });
  let cms: { stop(): Promise<void> } | undefined;
  let preview: { stop(): Promise<void> } | undefined;
  const stop = async () => {
    await preview?.stop();
    await cms?.stop();
    await smtp.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ensureAdminBuild(env);
    cms = await startTestCmsProcess(env);
    const outDir = path.join(dir, 'dist');
    const followIndex = path.join(dir, 'follow-index.json');
    await buildTestSite({ ...env, SITE_FOLLOW_INDEX: followIndex }, outDir);
    // As the rebuild service does once a release is live: the CMS learns what can be followed.
    const alerts = new AlertNotifier({
      dir: path.join(dir, 'alerts'),
      cmsUrl: env.CMS_URL!,
      secret: env.REBUILD_SECRET!,
    });
    alerts.releaseLive('e2e', followIndex);
    await alerts.idle();
    if (alerts.status().lastError)
      throw new Error(`The CMS did not take the follow index: ${alerts.status().lastError}`);
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
      mailDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
