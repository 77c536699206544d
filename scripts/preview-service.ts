// The preview service: renders editors' drafts as the site will show them, for the admin's
// "Open preview" (scripts/lib/preview/service.ts). `npm start` runs it beside the CMS and the
// rebuild service; in production it is its own container behind nginx's /preview/.
import path from 'node:path';
import { createCmsClient, fetchCollection, loadSiteTemplates, mediaUrl } from '@mip/site/preview';
import { ensureEnvFile } from './lib/env.ts';
import { bold, info, red } from './lib/log.ts';
import { DATA_DIR, ENV_FILE } from './lib/paths.ts';
import { PreviewService } from './lib/preview/service.ts';
import { listen } from './lib/rebuild/service.ts';

const { values } = ensureEnvFile(process.env.MIP_ENV_FILE ?? ENV_FILE);
const env: NodeJS.ProcessEnv = { ...process.env, ...values, ASTRO_TELEMETRY_DISABLED: '1' };
// The site's modules read their settings (the CMS's public address for media) from the environment.
Object.assign(process.env, env);
const setting = (name: string, fallback: string) => env[name] || fallback;

const stop = () => process.exit(0);
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

for (const name of ['PREVIEW_SECRET', 'CMS_PREVIEW_TOKEN']) {
  if (!env[name]) {
    console.error(red(`${name} is not set: run \`npm start\` once to generate .env, or set it.`));
    process.exit(1);
  }
}

const port = Number(setting('PREVIEW_PORT', '4323'));
const host = setting('PREVIEW_HOST', '127.0.0.1');
const siteUrl = setting('SITE_URL', 'http://localhost:4321');
const cmsUrl = setting('CMS_URL', `http://127.0.0.1:${setting('CMS_PORT', '1337')}`);
const releasesRoot = path.resolve(setting('SITE_RELEASES_DIR', path.join(DATA_DIR, 'site')));
// The admin: at the CMS's public address, or locally at its port under either name.
const adminOrigins = env.CMS_PUBLIC_URL
  ? [new URL(env.CMS_PUBLIC_URL).origin]
  : [`http://localhost:${setting('CMS_PORT', '1337')}`, `http://127.0.0.1:${setting('CMS_PORT', '1337')}`];
const query = createCmsClient({ url: cmsUrl.replace(/\/$/, ''), token: env.CMS_PREVIEW_TOKEN! });

const started = Date.now();
const templates = await loadSiteTemplates();
const service = new PreviewService({
  secret: env.PREVIEW_SECRET!,
  snapshotFile: path.join(releasesRoot, 'cache', 'content.json'),
  siteUrl,
  adminOrigins,
  // Uploads, and the site's own files (its icon).
  mediaOrigins: [...new Set([new URL(mediaUrl('/', env)).origin, new URL(siteUrl).origin])],
  templates,
  fetchDraft: async (key, locale, documentId) =>
    ((await fetchCollection(query, key, locale, { documentId: { eq: documentId } }, 'DRAFT'))[0] as never) ?? null,
  now: env.SITE_BUILD_TIME ? () => new Date(env.SITE_BUILD_TIME!) : undefined,
  media: (file) => mediaUrl(file, env),
  log: (line) => console.log(line),
});

service.keepContentRead();
try {
  await listen(service.handler, port, host);
} catch (error) {
  console.error(red(`Cannot listen (${(error as Error).message}). Set PREVIEW_PORT to a free port.`));
  process.exit(1);
}
console.log(bold('Preview service'));
info(`drafts' previews at http://${host}:${port}/preview/ (templates loaded in ${Date.now() - started} ms)`);
