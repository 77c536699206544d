import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// What a browser downloads for one page of the built site: the HTML and the stylesheets and
// scripts it references (not images, which the pages mostly do not have, nor the search index,
// which only the search page loads on demand). Sizes raw and compressed the way nginx sends them.

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
  /** Script elements that would run (JSON-LD data blocks excluded), inline or referenced. */
  scripts: number;
}

const sizes = (bytes: Buffer): Weight => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 6 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }).length,
});
const add = (...weights: Weight[]): Weight =>
  weights.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/** The weight of the page at `pagePath` (e.g. `/lt/`) in a built site. */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const file = path.join(distDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page at ${pagePath} in ${distDir}`);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const asset = (href: string) => readFileSync(path.join(distDir, href.split('?')[0]!));
  const css = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => sizes(asset(m[1]!)));
  const scriptTags = [...text.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !/type="application\/(ld\+)?json"/.test(attributes));
  // Scripts: referenced ones, the islands' component and renderer modules, and every module those
  // import statically (what the browser fetches before the island runs).
  const queue = [
    ...scriptTags.flatMap((attributes) => /src="(\/[^"]+)"/.exec(attributes)?.[1] ?? []),
    ...[...text.matchAll(/<astro-island\b[^>]*>/g)].flatMap(([tag]) =>
      [...tag.matchAll(/\b(?:component|renderer)-url="(\/[^"]+)"/g)].map((m) => m[1]!),
    ),
  ];
  const modules = new Set<string>();
  while (queue.length) {
    const href = queue.shift()!;
    if (modules.has(href)) continue;
    modules.add(href);
    const code = asset(href).toString('utf8');
    for (const [, relative] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(path.posix.join(path.posix.dirname(href), relative!));
  }
  const js = [...modules].map((href) => sizes(asset(href)));
  const weight = { html: sizes(html), css: add(...css), js: add(...js) };
  return { path: pagePath, ...weight, total: add(weight.html, weight.css, weight.js), scripts: scriptTags.length };
}
