// `npm run bench:search -- <built site> [query]`: the bytes a browser downloads from the search
// index for one query on the search page, in Chromium, behind the production nginx setup (as
// compressed on the wire). Part of `npm run bench`; prints the figure and writes
// .data/bench/search-query.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchQueryBytes } from '../lib/bench/search.ts';
import { BENCH_DIR } from '../lib/paths.ts';

const [dist, query = 'integracija'] = process.argv.slice(2);
if (!dist) {
  console.error('Usage: npm run bench:search -- <built site dir> [query]');
  process.exit(1);
}
const { bytes, requests } = await searchQueryBytes(path.resolve(dist), query);
console.log(`"${query}": ${(bytes / 1024).toFixed(1)} KB in ${requests} requests from /pagefind/`);
mkdirSync(BENCH_DIR, { recursive: true });
const file = path.join(BENCH_DIR, 'search-query.json');
writeFileSync(
  file,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), site: dist, query, bytes, requests }, null, 2)}\n`,
);
console.log(`Written to ${path.relative(process.cwd(), file)}`);
