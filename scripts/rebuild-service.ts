// The rebuild service: rebuilds the static site when the CMS says content changed, keeps the last
// releases for rollback, and (locally) serves the current one. `npm start` runs it; in production
// it runs beside the CMS and nginx serves <SITE_RELEASES_DIR>/current.
import path from 'node:path';
import type { Cron } from 'croner';
import { ensureEnvFile } from './lib/env.ts';
import { bold, info, red } from './lib/log.ts';
import { DATA_DIR, ENV_FILE } from './lib/paths.ts';
import { ReleaseStore } from './lib/rebuild/releases.ts';
import { listen, RebuildService, scheduleRebuilds } from './lib/rebuild/service.ts';
import { astroSiteBuilder, followIndexFile, stopRunningBuilds } from './lib/rebuild/site-build.ts';
import { AlertNotifier } from './lib/rebuild/alerts.ts';
import { writeSearchIndex } from '@mip/site/search-index';

// Stop with `npm start` (its channel to us closes) or on a signal, and take a build in progress along.
const stop = () => {
  stopRunningBuilds();
  process.exit(0);
};
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const { values } = ensureEnvFile(process.env.MIP_ENV_FILE ?? ENV_FILE);
const env: NodeJS.ProcessEnv = { ...process.env, ...values, ASTRO_TELEMETRY_DISABLED: '1' };
const setting = (name: string, fallback: string) => env[name] || fallback;

const hookPort = Number(setting('REBUILD_PORT', '4322'));
// Loopback by default; in docker-compose 0.0.0.0 so the CMS container can call the webhook
// (the port is never published or proxied).
const hookHost = setting('REBUILD_HOST', '127.0.0.1');
const sitePort = Number(setting('SITE_PORT', '4321'));
const serveSite = setting('SERVE_SITE', 'true') !== 'false';
const releasesRoot = path.resolve(setting('SITE_RELEASES_DIR', path.join(DATA_DIR, 'site')));
// Cron syntax in Lithuanian time; daily just after midnight so call statuses roll over with the date.
const schedule = setting('REBUILD_SCHEDULE', '5 0 * * *');

const releases = new ReleaseStore(releasesRoot);
const cacheDir = path.join(releasesRoot, 'cache');
// Email alerts: what a live release newly lists is told to the CMS, which mails the followers.
const alerts = new AlertNotifier({
  dir: path.join(releasesRoot, 'alerts'),
  cmsUrl: setting('CMS_URL', `http://127.0.0.1:${setting('CMS_PORT', '1337')}`),
  secret: env.REBUILD_SECRET ?? '',
  log: (line) => console.log(line),
});
let cron: Cron | undefined;
const service = new RebuildService({
  releases,
  build: astroSiteBuilder(env, cacheDir),
  onLive: (release) => alerts.releaseLive(release, followIndexFile(cacheDir)),
  indexSearch: writeSearchIndex,
  secret: env.REBUILD_SECRET ?? '',
  keepReleases: Number(setting('REBUILD_KEEP', '5')),
  layered: setting('REBUILD_LAYERED', 'true') !== 'false',
  minPageRatio: Number(setting('REBUILD_MIN_PAGE_RATIO', '0.5')),
  log: (line) => console.log(line),
  nextScheduledBuild: () => cron?.nextRun() ?? null,
});

if (!env.REBUILD_SECRET) {
  console.error(red('REBUILD_SECRET is not set: run `npm start` once to generate .env, or set it.'));
  process.exit(1);
}

try {
  await listen(service.hookHandler, hookPort, hookHost);
  if (serveSite) await listen(service.siteHandler, sitePort);
} catch (error) {
  console.error(red(`Cannot listen (${(error as Error).message}). Set REBUILD_PORT / SITE_PORT to free ports.`));
  process.exit(1);
}
if (schedule !== 'off') cron = scheduleRebuilds(service, schedule);

console.log(bold('Rebuild service'));
info(`webhook: POST http://${hookHost}:${hookPort}/hooks/strapi   status: GET http://${hookHost}:${hookPort}/status`);
info(
  `releases in ${releasesRoot} (serving ${releases.current() ?? 'none yet'}${serveSite ? ` on port ${sitePort}` : ''})`,
);
info(`scheduled rebuild: ${cron ? `${schedule} (Europe/Vilnius), next ${cron.nextRun()?.toISOString()}` : 'off'}`);
service.requestBuild('start');
