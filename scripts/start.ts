// `npm start`: the whole platform on one machine. Generates .env on the first run, builds the
// CMS admin panel when needed, starts the CMS (seeding demo content into an empty database),
// builds the static site from it and serves it. Ctrl-C stops everything.
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import sirv from 'sirv';
import { adminBuildIsCurrent, markAdminBuilt } from './lib/cms-build.ts';
import { ensureEnvFile } from './lib/env.ts';
import { bold, green, info, red, step } from './lib/log.ts';
import { CMS_DIR, ENV_FILE, SITE_DIR } from './lib/paths.ts';
import { assertPortFree, spawnPrefixed, stopChild, waitForExit, waitForHttp } from './lib/processes.ts';

const envFile = process.env.MIP_ENV_FILE ?? ENV_FILE;
const children = new Set<ChildProcess>();
let siteServer: Server | undefined;
let shuttingDown = false;

async function shutDown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping…');
  await Promise.all([...children].map((child) => stopChild(child)));
  await new Promise((resolve) => (siteServer ? siteServer.close(resolve) : resolve(undefined)));
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
  const env: NodeJS.ProcessEnv = { ...process.env, ...values, STRAPI_TELEMETRY_DISABLED: 'true', ASTRO_TELEMETRY_DISABLED: '1' };
  const cmsPort = Number(env.CMS_PORT || 1337);
  const sitePort = Number(env.SITE_PORT || 4321);
  env.CMS_PORT = String(cmsPort);
  env.CMS_URL ||= `http://127.0.0.1:${cmsPort}`;
  if (generated.length > 0) info(`Wrote ${generated.length} generated setting(s) to ${path.relative(process.cwd(), envFile) || envFile}`);

  await assertPortFree(cmsPort, 'CMS', 'CMS_PORT');
  await assertPortFree(sitePort, 'site', 'SITE_PORT');

  if (!adminBuildIsCurrent()) {
    await step('Building the CMS admin panel (first run or after an update; about a minute)', async () => {
      await waitForExit(track(spawnPrefixed('npx', ['strapi', 'build'], 'cms', { cwd: CMS_DIR, env })), 'strapi build');
      markAdminBuilt();
    });
  }

  const cms = track(spawnPrefixed(process.execPath, [path.join(import.meta.dirname, 'cms-server.ts')], 'cms', { cwd: CMS_DIR, env, ipc: true }));
  cms.once('exit', (code) => {
    if (!shuttingDown) {
      console.error(red(`The CMS stopped unexpectedly (exit code ${code}); see its output above.`));
      void shutDown(1);
    }
  });
  await step(`Starting the CMS on http://localhost:${cmsPort}`, () =>
    waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, cms, 10 * 60 * 1000, 'The CMS'),
  );

  await step('Building the site from the CMS', () =>
    waitForExit(track(spawnPrefixed('npx', ['astro', 'build'], 'site', { cwd: SITE_DIR, env })), 'astro build'),
  );

  const serveSite = sirv(path.join(SITE_DIR, 'dist'), { dev: false, etag: true });
  siteServer = createServer((req, res) => serveSite(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  await new Promise<void>((resolve) => siteServer!.listen(sitePort, resolve));

  console.log(`
${green('Ready.')}
  Site:     http://localhost:${sitePort}/
  CMS:      http://localhost:${cmsPort}/admin
  GraphQL:  http://localhost:${cmsPort}/graphql (needs the CMS_TOKEN from .env)`);
  if (generated.includes('ADMIN_PASSWORD')) {
    console.log(`
  First admin user (shown once; also in .env):
    email:    ${values.ADMIN_EMAIL}
    password: ${values.ADMIN_PASSWORD}`);
  } else {
    console.log(`  Admin login: ${values.ADMIN_EMAIL ?? 'see ADMIN_EMAIL'} (password: ADMIN_PASSWORD in .env)`);
  }
  console.log('\nPress Ctrl-C to stop.');
}

main().catch(async (error: Error) => {
  console.error(`\n${red('Could not start the platform:')} ${error.message}`);
  await shutDown(1);
});
