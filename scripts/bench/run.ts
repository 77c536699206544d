// `npm run bench [-- --sizes 1000,10000 --runs 3 --skip load,lighthouse]`: the platform's
// benchmark suite. For each size it uses (generating once) a CMS database with the demo content
// plus that many synthetic documents, and measures: reading all content over GraphQL; a full
// site build (wall time, pages per second, peak memory of the build's process tree); Pagefind
// (time, index size, bytes a browser downloads for a typical query); page weight of a home, a
// listing and a detail page; publish-to-live; opening an editor's preview of a draft. Once: the
// submission endpoint under load from a second process, email alerts to --subscribers confirmed
// subscribers of one list after one publish, and Lighthouse on the three page kinds behind the
// production nginx setup.
// Writes .data/bench/results.json and results.md (BENCH_DIR overrides .data/bench).
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '@mip/site/search-index';
import { createCmsClient, loadContent } from '@mip/site/data-layer';
import { prepareDataSet, startDataSetCms, type DataSet } from '../lib/bench/data-set.ts';
import { directorySize, runMeasured } from '../lib/bench/measure.ts';
import { measurePreview } from '../lib/bench/preview.ts';
import { measureAlerts, type AlertsResult } from '../lib/bench/alerts.ts';
import { measurePublishToLive } from '../lib/bench/publish.ts';
import { measureBareAstro } from '../lib/bench/bare-astro.ts';
import { bold, formatDuration, info, step } from '../lib/log.ts';
import { NGINX_BIN, startNginx } from '../lib/nginx.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/bench/search.ts';
import { pageWeight } from '../lib/page-weight.ts';
import { BENCH_DIR, ROOT_DIR, SITE_DIR } from '../lib/paths.ts';
import { htmlPages } from '../lib/rebuild/smoke-checks.ts';
import { freePort } from '../lib/test-platform.ts';
import { renderReport, type SizeResult } from '../lib/bench/report.ts';
import { searchQueryBytes } from '../lib/bench/search.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    skip: { type: 'string', default: '' },
    subscribers: { type: 'string', default: '10000' },
  },
});
// `--sizes ''` measures no data set (only what runs once: load, alerts, Lighthouse).
const sizes = args.sizes === '' ? [] : args.sizes.split(',').map(Number);
const runs = Number(args.runs);
const skip = new Set(args.skip.split(',').filter(Boolean));
const subscribers = Number(args.subscribers);
if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !(runs >= 1) || !(subscribers >= 1)) {
  console.error(
    'Usage: npm run bench -- [--sizes 1000,10000] [--runs 3] [--subscribers 10000] [--skip load,alerts,lighthouse,publish,preview]',
  );
  process.exit(2);
}
const ASTRO = path.join(ROOT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

// A common word of the synthetic texts (and of the demo's): a query with many hits.
const SEARCH_QUERY = 'integracija';

const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  sizes: [] as SizeResult[],
  load: null as Awaited<ReturnType<typeof measureLoad>> | null,
  alerts: null as AlertsResult | null,
  lighthouse: null as Awaited<ReturnType<typeof measureLighthouse>> | null,
};

console.log(bold(`Benchmarks: ${sizes.join(', ')} synthetic documents; ${runs} publish run(s) each`));
let lastBuild: { dir: string; dataSet: DataSet } | null = null;
for (const size of sizes) {
  console.log(bold(`\n${size} synthetic documents`));
  const dataSet = await prepareDataSet(size);
  const outDir = path.join(dataSet.dir, 'bench-build');
  const cms = await startDataSetCms(dataSet);
  let measured: Omit<SizeResult, 'publish'>;
  try {
    const fetch = await step('Reading all content over GraphQL', () => measureFetch(dataSet));
    info(`${fetch.documents} documents in ${formatDuration(fetch.ms)}`);
    rmSync(outDir, { recursive: true, force: true });
    const build = await step('Full site build (no cache)', () =>
      runMeasured(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
        cwd: SITE_DIR,
        env: { ...dataSet.env, SITE_SEARCH_INDEX: 'separate', SITE_BUILD_CACHE: '' },
        prefix: 'site',
      }),
    );
    const pages = (await htmlPages(outDir)).length;
    info(
      `${pages} pages in ${formatDuration(build.wallMs)}, peak memory ${(build.peakRssBytes / 2 ** 20).toFixed(0)} MB`,
    );
    // The same number of trivial pages in a bare Astro project: what Astro itself costs per page here.
    const bare = await step(`A bare Astro project rendering ${pages} trivial pages`, () => measureBareAstro(pages));
    // The site's render rate leaves out its GraphQL read (measured above, the same read the build makes).
    const renderMs = Math.max(1, build.wallMs - fetch.ms);
    info(
      `bare Astro: ${formatDuration(bare.ms)}, ${bare.pagesPerSecond} pages/s; the site without its read: ${Math.round((pages / renderMs) * 1000)} pages/s (${(bare.pagesPerSecond / ((pages / renderMs) * 1000)).toFixed(2)}× slower)`,
    );
    const started = Date.now();
    const { pages: indexed } = await step('Pagefind index', () =>
      writeSearchIndex(outDir, path.join(outDir, 'pagefind')),
    );
    const indexMs = Date.now() - started;
    const index = await directorySize(path.join(outDir, 'pagefind'));
    const query = await step(`A search for "${SEARCH_QUERY}" in Chromium`, () =>
      searchQueryBytes(outDir, SEARCH_QUERY),
    );
    measured = {
      syntheticDocuments: size,
      fetch,
      build: {
        ms: build.wallMs,
        pages,
        pagesPerSecond: Math.round((pages / build.wallMs) * 1000),
        peakRssMb: Math.round(build.peakRssBytes / 2 ** 20),
        renderPagesPerSecond: Math.round((pages / renderMs) * 1000),
        bare,
      },
      search: {
        indexMs,
        pages: indexed,
        indexMb: +(index.bytes / 2 ** 20).toFixed(1),
        indexFiles: index.files,
        query: SEARCH_QUERY,
        queryKb: +(query.bytes / 1024).toFixed(1),
        queryRequests: query.requests,
      },
      weight: ['/lt/', '/lt/naujienos/', firstDetail(outDir)].map((p) => pageWeight(outDir, p)),
    };
  } finally {
    await cms.stop();
  }
  const publish = skip.has('publish') ? null : await step('Publish-to-live', () => measurePublishToLive(dataSet, runs));
  // After the publish runs: the preview reads the snapshot their last build left.
  const preview = skip.has('preview') ? null : await step('Opening previews of drafts', () => measurePreview(dataSet));
  results.sizes.push({ ...measured, publish, preview });
  lastBuild = { dir: outDir, dataSet };
  save();
}

if (!skip.has('load')) {
  results.load = await measureLoad();
  save();
}
if (!skip.has('alerts')) {
  console.log(bold('\nEmail alerts'));
  results.alerts = await measureAlerts(subscribers);
  save();
}
if (!skip.has('lighthouse') && lastBuild) {
  results.lighthouse = await measureLighthouse(lastBuild.dir);
  save();
}
console.log(`\n${renderReport(results)}`);
console.log(`Written to ${path.relative(process.cwd(), path.join(BENCH_DIR, 'results.json'))} and results.md`);

function save() {
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(BENCH_DIR, 'results.md'), `${renderReport(results)}\n`);
}

async function measureFetch(dataSet: DataSet) {
  const url = dataSet.env.CMS_URL!;
  const started = Date.now();
  const { content } = await loadContent(createCmsClient({ url, token: dataSet.env.CMS_TOKEN! }), {
    cmsTime: async () => new Date(),
  });
  const ms = Date.now() - started;
  const documents = Object.values(content).reduce(
    (n, c) => n + Object.values(c).reduce((m: number, v) => m + (Array.isArray(v) ? v.length : 0), 0),
    0,
  );
  return { ms, documents };
}

/** The first good-practice page of a built site (a detail page that exists at every size). */
function firstDetail(dist: string): string {
  const dir = path.join(dist, 'lt', 'geroji-praktika');
  const skipSegments = new Set([
    'sritis',
    'savivaldybe',
    'tiksline-grupe',
    'organizacijos-tipas',
    'metai',
    'busena',
    'puslapis',
    'prioritetas',
  ]);
  const slug = readdirSync(dir, { withFileTypes: true }).find(
    (e) =>
      e.isDirectory() &&
      !skipSegments.has(e.name) &&
      existsSync(path.join(dir, e.name, 'index.html')) &&
      readFileSync(path.join(dir, e.name, 'index.html'), 'utf8').includes('data-pagefind-body'),
  )!.name;
  return `/lt/geroji-praktika/${slug}/`;
}

/** The submission endpoint under load from a second process: valid submissions, then a flood from one address. */
async function measureLoad() {
  console.log(bold('\nSubmissions under load'));
  const dataSet = await prepareDataSet(0);
  // Behind the proxy (as in production) the client address comes from X-Forwarded-For.
  const cms = await startDataSetCms(dataSet, { CMS_BEHIND_PROXY: 'true' });
  try {
    const url = dataSet.env.CMS_URL!;
    const graphql = async (query: string) =>
      (await (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${dataSet.env.CMS_TOKEN}` },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: Record<string, { documentId: string }[]> };
    const area = (await graphql('{ integrationAreas(pagination: { limit: 1 }) { documentId } }')).data
      .integrationAreas![0]!.documentId;
    const drafts = async () => {
      const { CmsAdmin } = await import('@mip/testing/cms-admin');
      const admin = await CmsAdmin.login(url, dataSet.env.ADMIN_EMAIL!, dataSet.env.ADMIN_PASSWORD!);
      return await admin.count('good-practice', 'lt', { 'filters[title][$startsWith]': 'Apkrovos bandymas' });
    };
    const before = await drafts();
    const run = (mode: 'valid' | 'flood') =>
      step(
        `${mode === 'valid' ? 'Valid submissions, each from its own address' : 'A flood from one address'} (10 s)`,
        () => loadWorker(url, mode, area),
      );
    const valid = await run('valid');
    const flood = await run('flood');
    const stored = (await drafts()) - before;
    const summary = (r: AutocannonResult) => ({
      requests: r.requests.total,
      requestsPerSecond: Math.round(r.requests.average),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      status2xx: r['2xx'],
      status429: r.statusCodeStats?.['429']?.count ?? 0,
      status5xx: r['5xx'],
      errors: r.errors + r.timeouts,
    });
    return { valid: summary(valid), flood: summary(flood), accepted: valid['2xx'] + flood['2xx'], stored };
  } finally {
    await cms.stop();
  }
}

interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  '2xx': number;
  '5xx': number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}

function loadWorker(url: string, mode: 'valid' | 'flood', area: string): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'load-worker.ts'), url, mode, '10', area], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the load worker exited with code ${code}`)),
    );
  });
}

/** Lighthouse (npm `lighthouse`, fetched by npx on first use) on the three page kinds, served by the production nginx setup. */
async function measureLighthouse(dist: string) {
  console.log(bold('\nLighthouse'));
  if (!existsSync(NGINX_BIN))
    throw new Error(
      `Lighthouse runs against the production nginx setup: install nginx (apt-get install nginx-light libnginx-mod-http-brotli-filter) or pass --skip lighthouse.`,
    );
  const port = await freePort();
  const nginx = await startNginx({ siteRoot: dist, cmsUpstream: `127.0.0.1:${await freePort()}`, port });
  try {
    const scores: { path: string; performance: number; accessibility: number; bestPractices: number; seo: number }[] =
      [];
    for (const pagePath of ['/lt/', '/lt/naujienos/', firstDetail(dist)]) {
      const report = await step(`Lighthouse ${pagePath}`, () => lighthouseWithRetries(`${nginx.url}${pagePath}`));
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      scores.push({
        path: pagePath,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      });
    }
    return scores;
  } finally {
    await nginx.stop();
  }
}

/** Lighthouse now and then fails to record a page load (NO_NAVSTART, "run Lighthouse again"): it is given three tries. */
async function lighthouseWithRetries(url: string, tries = 3): ReturnType<typeof lighthouse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouse(url);
    } catch (error) {
      if (attempt >= tries) throw error;
      info(
        `try ${attempt} failed (${(error as Error).message.split('\n').find((line) => /error/i.test(line)) ?? 'see above'}); trying again`,
      );
    }
  }
}

function lighthouse(url: string): Promise<{ categories: Record<string, { score: number | null }> }> {
  return new Promise((resolve, reject) => {
    const flags = [
      '--yes',
      'lighthouse@13.5.0',
      url,
      '--output=json',
      '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    ];
    execFile(
      'npx',
      flags,
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 2 ** 20 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`lighthouse failed: ${stderr.slice(-2000)}`)) : resolve(JSON.parse(stdout)),
    );
  });
}
