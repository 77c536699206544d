// `npm run bench:weight -- <built site> [page paths…]`: the bytes a browser downloads for the home
// page, a listing and a detail page (HTML, CSS and JS; raw, gzip and brotli). Prints a table and
// writes .data/bench/page-weight.json. Part of the benchmark suite (issue: benchmarks).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bold } from '../lib/log.ts';
import { pageWeight, type PageWeight } from '../lib/page-weight.ts';
import { BENCH_DIR } from '../lib/paths.ts';

const [dist, ...given] = process.argv.slice(2);
if (!dist) {
  console.error('Usage: npm run bench:weight -- <built site dir> [page paths…]');
  process.exit(1);
}
const firstDetail = () => {
  const dir = path.join(dist, 'lt', 'geroji-praktika');
  const slug = readdirSync(dir, { withFileTypes: true }).find(
    (e) =>
      e.isDirectory() &&
      !['sritis', 'savivaldybe', 'tiksline-grupe', 'organizacijos-tipas', 'metai', 'busena', 'puslapis'].includes(
        e.name,
      ),
  )!.name;
  return `/lt/geroji-praktika/${slug}/`;
};
const pages = given.length
  ? given
  : ['/lt/', '/lt/naujienos/', firstDetail(), '/lt/prioritetai/apreptis/', '/lt/pateikti-praktika/'];
const results: PageWeight[] = pages.map((p) => pageWeight(dist, p));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(bold('page | HTML (br) | CSS (br) | JS (br) | total brotli | total gzip | scripts'));
for (const r of results)
  console.log(
    `${r.path} | ${kb(r.html.brotli)} | ${kb(r.css.brotli)} | ${kb(r.js.brotli)} | ${kb(r.total.brotli)} | ${kb(r.total.gzip)} | ${r.scripts}`,
  );
mkdirSync(BENCH_DIR, { recursive: true });
const file = path.join(BENCH_DIR, 'page-weight.json');
writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), pages: results }, null, 2)}\n`);
console.log(`Written to ${path.relative(process.cwd(), file)}`);
