// `npm start`: the whole platform on one machine. Generates .env on the first run, builds the
// CMS admin panel when needed, starts the CMS (seeding demo content into an empty database),
// then the rebuild service, which builds the static site from the CMS, serves it, and rebuilds
// it whenever an editor publishes, and the preview service, which renders editors' drafts for the
// admin's "Open preview". Ctrl-C stops everything.
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ensureAdminBuild } from './lib/cms-build.ts';
import { ensureEnvFile } from './lib/env.ts';
import { bold, green, info, red, step, warn } from './lib/log.ts';
import type { RebuildStatus } from './lib/rebuild/service.ts';
import { CMS_DIR, ENV_FILE } from './lib/paths.ts';
import { assertPortFree, spawnPrefixed, stopChild, waitForHttp } from './lib/processes.ts';

const envFile = process.env.MIP_ENV_FILE ?? ENV_FILE;
const children = new Set<ChildProcess>();
let shuttingDown = false;

async function shutDown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping…');
  await Promise.all([...children].map((child) => stopChild(child)));
  console.log(code === 0 ? 'Stopped.' : '');
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

function track(child: ChildProcess) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function main() {
  console.log(bold('Migration Information and Cooperation Platform\n'));

  const { generated, values } = ensureEnvFile(envFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...values,
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const cmsPort = Number(env.CMS_PORT || 1337);
  const sitePort = Number(env.SITE_PORT || 4321);
  const rebuildPort = Number(env.REBUILD_PORT || 4322);
  const previewPort = Number(env.PREVIEW_PORT || 4323);
  env.CMS_PORT = String(cmsPort);
  env.SITE_PORT = String(sitePort);
  env.REBUILD_PORT = String(rebuildPort);
  env.PREVIEW_PORT = String(previewPort);
  env.CMS_URL ||= `http://127.0.0.1:${cmsPort}`;
  // The site's address (canonical links) follows its port; its forms post to the CMS from either
  // way of writing the local address, and the CMS's CORS allows exactly those.
  env.SITE_URL ||= `http://localhost:${sitePort}`;
  env.CORS_ORIGINS ||= `http://127.0.0.1:${sitePort}`;
  // Publishing in the CMS rebuilds the site: the CMS calls the rebuild service's webhook.
  env.REBUILD_WEBHOOK_URL ||= `http://127.0.0.1:${rebuildPort}/hooks/strapi`;
  // The admin's preview pane loads drafts' pages from the preview service (nginx's /preview/ in production).
  env.PREVIEW_URL ||= `http://localhost:${previewPort}`;
  if (generated.length > 0)
    info(`Wrote ${generated.length} generated setting(s) to ${path.relative(process.cwd(), envFile) || envFile}`);

  await assertPortFree(cmsPort, 'CMS', 'CMS_PORT');
  await assertPortFree(sitePort, 'site', 'SITE_PORT');
  await assertPortFree(rebuildPort, 'rebuild service', 'REBUILD_PORT');
  await assertPortFree(previewPort, 'preview service', 'PREVIEW_PORT');

  await ensureAdminBuild(env, { step, track });

  const cms = track(
    spawnPrefixed(process.execPath, [path.join(import.meta.dirname, 'cms-server.ts')], 'cms', {
      cwd: CMS_DIR,
      env,
      ipc: true,
    }),
  );
  cms.once('exit', (code) => {
    if (!shuttingDown) {
      console.error(red(`The CMS stopped unexpectedly (exit code ${code}); see its output above.`));
      void shutDown(1);
    }
  });
  await step(`Starting the CMS on http://localhost:${cmsPort}`, () =>
    waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, cms, 10 * 60 * 1000, 'The CMS'),
  );

  const rebuild = track(
    spawnPrefixed(process.execPath, [path.join(import.meta.dirname, 'rebuild-service.ts')], 'site', { env, ipc: true }),
  );
  rebuild.once('exit', (code) => {
    if (!shuttingDown) {
      console.error(red(`The rebuild service stopped unexpectedly (exit code ${code}); see its output above.`));
      void shutDown(1);
    }
  });
  const preview = track(
    spawnPrefixed(process.execPath, [path.join(import.meta.dirname, 'preview-service.ts')], 'preview', {
      env,
      ipc: true,
    }),
  );
  preview.once('exit', (code) => {
    if (!shuttingDown) {
      console.error(red(`The preview service stopped unexpectedly (exit code ${code}); see its output above.`));
      void shutDown(1);
    }
  });
  const status = await step('Building the site from the CMS', () =>
    firstBuild(`http://127.0.0.1:${rebuildPort}/status`, rebuild),
  );
  if (status.lastBuild?.result === 'failed') {
    if (!status.currentRelease) throw new Error(`The site could not be built: ${status.lastBuild.error}`);
    warn(
      `The site build failed, still serving the previous release ${status.currentRelease}: ${status.lastBuild.error}`,
    );
  }

  await step('Starting the preview service', () =>
    waitForHttp(`http://127.0.0.1:${previewPort}/_health`, preview, 2 * 60 * 1000, 'The preview service'),
  );

  console.log(`
${green('Ready.')}
  Site:     http://localhost:${sitePort}/
  CMS:      http://localhost:${cmsPort}/admin
  GraphQL:  http://localhost:${cmsPort}/graphql (needs the CMS_TOKEN from .env)
  Rebuilds: http://localhost:${rebuildPort}/status (the site is rebuilt whenever an editor publishes)
  Previews: "Open preview" in the admin's edit view shows a draft as the site will (served on port ${previewPort})`);
  const logins: [string, string, string][] = [
    ['Administrator (settings, users, tokens)', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'],
    ['Editor (content and media only)', 'DEMO_EDITOR_EMAIL', 'DEMO_EDITOR_PASSWORD'],
  ];
  if (generated.includes('ADMIN_PASSWORD')) {
    console.log('\n  Admin logins (shown once; also in .env):');
    for (const [who, email, password] of logins)
      console.log(`    ${who}:\n      email:    ${values[email]}\n      password: ${values[password]}`);
  } else {
    for (const [who, email, password] of logins)
      console.log(`  ${who}: ${values[email] ?? `see ${email}`} (password: ${password} in .env)`);
  }
  console.log('\nPress Ctrl-C to stop.');
}

/** Waits until the rebuild service has finished its first build, and returns its status. */
async function firstBuild(statusUrl: string, child: ChildProcess): Promise<RebuildStatus> {
  await waitForHttp(statusUrl, child, 60_000, 'The rebuild service');
  for (;;) {
    if (child.exitCode !== null) throw new Error('The rebuild service stopped; see its output above.');
    const status = (await (await fetch(statusUrl)).json()) as RebuildStatus;
    if (status.lastBuild) return status;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

main().catch(async (error: Error) => {
  console.error(`\n${red('Could not start the platform:')} ${error.message}`);
  await shutDown(1);
});
