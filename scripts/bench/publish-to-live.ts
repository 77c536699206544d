// `npm run bench:publish -- --size N`: how long from an editor pressing Publish to the new page
// being served. Starts its own CMS (SQLite in .data/bench/, kept between runs so the synthetic
// documents are generated once) and rebuild service, publishes a few news items through the
// admin API and times each until the page answers 200. Prints the figures and writes them to
// .data/bench/publish-to-live.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureEnvFile } from '../lib/env.ts';
import { bold, formatDuration, info, step } from '../lib/log.ts';
import { CMS_DIR, DATA_DIR } from '../lib/paths.ts';
import { spawnPrefixed, stopChild, waitForExit, waitForHttp } from '../lib/processes.ts';
import type { RebuildStatus } from '../lib/rebuild/service.ts';
import { freePort } from '../lib/test-platform.ts';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '0' }, runs: { type: 'string', default: '3' } } });
const size = Number(args.size);
const runs = Number(args.runs);
const benchDir = path.join(DATA_DIR, 'bench', `publish-${size}`);
mkdirSync(path.join(benchDir, 'public', 'uploads'), { recursive: true });
const envFile = path.join(benchDir, '.env');
const { values } = ensureEnvFile(envFile, {});
const [cmsPort, sitePort, rebuildPort] = [await freePort(), await freePort(), await freePort()];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...values,
  MIP_ENV_FILE: envFile,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(benchDir, 'data.db'),
  CMS_PUBLIC_DIR: path.join(benchDir, 'public'),
  SITE_RELEASES_DIR: path.join(benchDir, 'site'),
  CMS_PORT: String(cmsPort),
  CMS_URL: `http://127.0.0.1:${cmsPort}`,
  SITE_PORT: String(sitePort),
  REBUILD_PORT: String(rebuildPort),
  REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/strapi`,
  REBUILD_SCHEDULE: 'off',
  CMS_SERVE_ADMIN: 'false',
  CMS_LOG_LEVEL: 'warn',
  STRAPI_TELEMETRY_DISABLED: 'true',
  ASTRO_TELEMETRY_DISABLED: '1',
};
const quiet = { ...env };

console.log(bold(`Publish-to-live benchmark, ${size} synthetic documents on top of the demo content, ${runs} runs`));
if (size > 0) {
  await step(`Generating ${size} synthetic documents (once; kept in ${path.relative(process.cwd(), benchDir)})`, () =>
    waitForExit(spawnPrefixed(process.execPath, [path.join(import.meta.dirname, '..', 'generate.ts'), '--size', String(size)], 'gen', { cwd: CMS_DIR, env: quiet }), 'generate'),
  );
}
const cms = spawnPrefixed(process.execPath, [path.join(import.meta.dirname, '..', 'cms-server.ts')], 'cms', { cwd: CMS_DIR, env, ipc: true });
let rebuild: ReturnType<typeof spawnPrefixed> | undefined;
const status = async () => (await (await fetch(`http://127.0.0.1:${rebuildPort}/status`)).json()) as RebuildStatus;

try {
  await step('Starting the CMS', () => waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, cms, 10 * 60_000, 'The CMS'));
  rebuild = spawnPrefixed(process.execPath, [path.join(import.meta.dirname, '..', 'rebuild-service.ts')], 'site', { env, ipc: true });
  await waitForHttp(`http://127.0.0.1:${rebuildPort}/status`, rebuild, 60_000, 'The rebuild service');
  // The service builds once at start; then build again on a webhook and time that.
  const fullBuild = await step('Full build', async () => {
    while ((await status()).queue.building) await new Promise((r) => setTimeout(r, 500));
    await fetch(`http://127.0.0.1:${rebuildPort}/hooks/strapi`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': env.REBUILD_SECRET! },
      body: JSON.stringify({ event: 'entry.publish', uid: 'bench' }),
    });
    let s = await status();
    while (s.queue.building || !s.lastBuild || s.lastBuild.trigger !== 'entry.publish bench') {
      await new Promise((r) => setTimeout(r, 500));
      s = await status();
    }
    if (s.lastBuild.result !== 'success') throw new Error(`The build failed: ${s.lastBuild.error}`);
    return s.lastBuild;
  });

  const login = await fetch(`http://127.0.0.1:${cmsPort}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: values.ADMIN_EMAIL, password: values.ADMIN_PASSWORD }),
  });
  const headers = { authorization: `Bearer ${(await login.json()).data.token}`, 'content-type': 'application/json' };
  const manager = `http://127.0.0.1:${cmsPort}/content-manager/collection-types/api::news-item.news-item`;
  const timings: number[] = [];
  const readerErrors: string[] = [];
  for (let run = 1; run <= runs; run++) {
    // Each run starts on an idle service: the last build's search indexing (after it went live) is done.
    while ((await status()).queue.building) await new Promise((r) => setTimeout(r, 500));
    const title = `Benchmark news ${Date.now()} ${run}`;
    const created = await fetch(`${manager}?locale=lt`, { method: 'POST', headers, body: JSON.stringify({ title, summary: 'Benchmark.', body: 'Benchmark.', date: '2026-11-26', level: 'national', kind: 'institutional' }) });
    const { documentId, slug } = (await created.json()).data;
    const url = `http://127.0.0.1:${sitePort}/lt/naujienos/${slug}/`;
    const started = Date.now();
    await fetch(`${manager}/${documentId}/actions/publish?locale=lt`, { method: 'POST', headers, body: '{}' });
    // A reader polling the live site during the build: any error it sees is reported.
    while ((await fetch(url).then((r) => r.status, (error: Error) => (readerErrors.push(error.message), 0))) !== 200) {
      if (Date.now() - started > 15 * 60_000) throw new Error('The published page did not appear within 15 minutes.');
      await new Promise((r) => setTimeout(r, 100));
    }
    timings.push(Date.now() - started);
    info(`run ${run}: published → served in ${formatDuration(timings.at(-1)!)}`);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const result = {
    measuredAt: new Date().toISOString(),
    syntheticDocuments: size,
    pages: fullBuild.pages,
    fullBuildMs: fullBuild.durationMs,
    publishToLiveMs: timings,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    readerErrors: readerErrors.length,
  };
  const file = path.join(DATA_DIR, 'bench', 'publish-to-live.json');
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  all[`size-${size}`] = result;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`\n${bold('Result')}: ${result.pages} pages; full build ${formatDuration(result.fullBuildMs)}; publish → live median ${formatDuration(result.medianMs)} (runs: ${timings.map(formatDuration).join(', ')}); site errors seen while polling: ${readerErrors.length}`);
  console.log(`Written to ${path.relative(process.cwd(), file)}`);
} finally {
  await Promise.all([stopChild(rebuild), stopChild(cms)]);
}
