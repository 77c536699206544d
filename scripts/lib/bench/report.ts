import type { PageWeight } from '../page-weight.ts';
import type { AlertsResult } from './alerts.ts';
import type { PreviewResult } from './preview.ts';
import type { BareAstroResult } from './bare-astro.ts';
import { PUBLISH_KINDS, type PublishKind, type PublishResult } from './publish.ts';

// The benchmark results as Markdown tables (written to results.md, and what the README's
// "Performance" section shows), with the targets beside the figures.

/** One data set's figures. */
export interface SizeResult {
  syntheticDocuments: number;
  fetch: { ms: number; documents: number };
  build: {
    ms: number;
    pages: number;
    pagesPerSecond: number;
    peakRssMb: number;
    /** Pages a second without the GraphQL read (the full build's time less the read measured beside it). */
    renderPagesPerSecond: number;
    /** A bare Astro project rendering as many trivial pages (bare-astro.ts). */
    bare: BareAstroResult;
  };
  search: {
    indexMs: number;
    pages: number;
    indexMb: number;
    indexFiles: number;
    query: string;
    queryKb: number;
    queryRequests: number;
  };
  weight: PageWeight[];
  publish: PublishResult | null;
  preview?: PreviewResult | null;
}

interface Results {
  measuredAt: string;
  machine: { cpus: number; cpu: string; memoryGb: number; node: string; platform: string };
  sizes: SizeResult[];
  load: {
    valid: Load;
    flood: Load;
    accepted: number;
    stored: number;
  } | null;
  alerts?: AlertsResult | null;
  lighthouse: { path: string; performance: number; accessibility: number; bestPractices: number; seo: number }[] | null;
}
interface Load {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  status2xx: number;
  status429: number;
  status5xx: number;
  errors: number;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const n = (value: number) => value.toLocaleString('en-GB');
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

export function renderReport(results: Results): string {
  const m = results.machine;
  const out = [
    `Measured ${results.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} × ${m.cpu}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}.`,
    '',
  ];
  const sizes = results.sizes;
  out.push(
    table(
      [
        'synthetic documents',
        'documents read',
        'GraphQL read',
        'pages',
        'full build',
        'pages/s',
        'peak memory (target < 2 GB)',
        'Pagefind',
        'index',
        `search download (target < 150 KB)`,
        'new news item publish → live, median / worst',
        'response publish → live, median / worst',
        'new news item in search after it is live, median / worst (target ≤ 15 s at 10,000)',
        'preview open, median / worst (target ≤ 2 s at 10,000)',
      ],
      sizes.map((r) => [
        n(r.syntheticDocuments),
        n(r.fetch.documents),
        s(r.fetch.ms),
        n(r.build.pages),
        s(r.build.ms),
        n(r.build.pagesPerSecond),
        `${n(r.build.peakRssMb)} MB`,
        s(r.search.indexMs),
        `${r.search.indexMb} MB in ${n(r.search.indexFiles)} files`,
        `${r.search.queryKb} KB in ${r.search.queryRequests} requests`,
        r.publish
          ? `${s(r.publish.medianMs)} / ${s(r.publish.worstMs)}${r.publish.readerErrors ? ` (${r.publish.readerErrors} reader errors)` : ''}`
          : 'not measured',
        r.publish?.response ? `${s(r.publish.response.medianMs)} / ${s(r.publish.response.worstMs)}` : 'not measured',
        r.publish?.searchAfterLive
          ? `${s(r.publish.searchAfterLive.medianMs)} / ${s(r.publish.searchAfterLive.worstMs)}`
          : 'not measured',
        r.preview
          ? `${s(r.preview.medianMs)} / ${s(r.preview.worstMs)} (first ${s(r.preview.firstMs)}, ${n(r.preview.rssMb)} MB)`
          : 'not measured',
      ]),
    ),
    '',
  );
  out.push(
    'Render rate against a bare Astro 7 project rendering the same number of trivial pages (target ≤ 1.5×):',
    '',
    table(
      ['synthetic documents', 'pages', 'site, pages/s without its read', 'bare Astro', 'bare Astro, pages/s', 'ratio'],
      sizes.map((r) => [
        n(r.syntheticDocuments),
        n(r.build.pages),
        n(r.build.renderPagesPerSecond),
        `${s(r.build.bare.ms)}, ${n(r.build.bare.peakRssMb)} MB`,
        n(r.build.bare.pagesPerSecond),
        `${(r.build.bare.pagesPerSecond / r.build.renderPagesPerSecond).toFixed(2)}×`,
      ]),
    ),
    '',
  );
  const published = sizes.filter((r) => r.publish);
  if (published.length)
    out.push(
      'Publish → live by kind, median / worst (target ≤ 5 s / ≤ 8 s at 10,000 and 30,000):',
      '',
      table(
        ['publish', ...published.map((r) => `${n(r.syntheticDocuments)} documents`)],
        (Object.keys(PUBLISH_KINDS) as PublishKind[]).map((kind) => [
          PUBLISH_KINDS[kind],
          ...published.map((r) => {
            const t = r.publish!.kinds[kind];
            return `${s(t.medianMs)} / ${s(t.worstMs)}`;
          }),
        ]),
      ),
      '',
    );
  out.push(
    'Page weight (brotli, as nginx sends it; target: content pages no JavaScript and under 50 KB):',
    '',
    table(
      ['size', 'page', 'HTML', 'CSS', 'JS', 'total', 'scripts'],
      sizes.flatMap((r) =>
        r.weight.map((w) => [
          n(r.syntheticDocuments),
          w.path,
          kb(w.html.brotli),
          kb(w.css.brotli),
          kb(w.js.brotli),
          kb(w.total.brotli),
          w.scripts,
        ]),
      ),
    ),
  );
  if (results.load) {
    const l = results.load;
    out.push(
      '',
      `Submissions (POST /api/submissions/good-practice) under load from a second process (autocannon), 10 s each; ${n(l.accepted)} answered 201, ${n(l.stored)} stored (the difference: requests in flight when the count stopped):`,
      '',
      table(
        ['load', 'requests', 'per second', 'p50', 'p99', '2xx', '429', '5xx', 'errors'],
        [
          ['valid, each from its own address', ...row(l.valid)],
          ['flood from one address', ...row(l.flood)],
        ],
      ),
    );
  }
  if (results.alerts) {
    const a = results.alerts;
    out.push(
      '',
      `Email alerts: ${n(a.subscribers)} confirmed subscribers of one list, one publish (the release notice), mail handed to a local SMTP server over ${a.smtpConnections} connections, unthrottled:`,
      '',
      table(
        [
          'subscribers',
          'queued (notice answered)',
          'all mail handed over',
          'mails/s',
          'mails',
          'CMS memory before → peak',
        ],
        [
          [
            n(a.subscribers),
            s(a.enqueueMs),
            s(a.deliveredMs),
            n(a.mailsPerSecond),
            n(a.delivered),
            `${a.rssBeforeMb} → ${a.rssPeakMb} MB`,
          ],
        ],
      ),
    );
  }
  if (results.lighthouse) {
    out.push(
      '',
      'Lighthouse 13 (mobile, simulated throttling) behind the production nginx setup (target: 100 in all four):',
      '',
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
        results.lighthouse.map((r) => [r.path, r.performance, r.accessibility, r.bestPractices, r.seo]),
      ),
    );
  }
  return out.join('\n');
}

function row(l: Load) {
  return [
    n(l.requests),
    n(l.requestsPerSecond),
    `${l.p50Ms} ms`,
    `${l.p99Ms} ms`,
    n(l.status2xx),
    n(l.status429),
    n(l.status5xx),
    n(l.errors),
  ];
}
