import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../search-index.mjs';

// The search index is made from the pages with a searchable body only: the same index Pagefind
// makes of the whole directory, without parsing the lists and filters (search-index.mjs).

const dir = mkdtempSync(path.join(tmpdir(), 'mip-search-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, body: string, marked: boolean) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Meniu</nav>${
    marked ? `<article data-pagefind-body><h1>${body}</h1><p>${body} tekstas</p></article>` : `<main>${body}</main>`
  }</body></html>`;

function write(root: string, file: string, html: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), html);
}

async function wholeDirectoryIndex(siteDir: string, outputPath: string) {
  const pagefind = await import('pagefind');
  try {
    const { index } = await pagefind.createIndex({});
    const added = await index!.addDirectory({ path: siteDir });
    await index!.writeFiles({ outputPath });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

const entry = (out: string) =>
  JSON.parse(readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
const fragments = (out: string) => readdirSync(path.join(out, 'fragment')).sort();

describe('writeSearchIndex', () => {
  it('indexes the pages with a searchable body, as Pagefind would over the whole directory', async () => {
    const site = path.join(dir, 'site');
    write(site, 'lt/naujienos/pirma/index.html', page('lt', 'Kalbos kursai Vilniuje', true));
    write(site, 'lt/naujienos/antra/index.html', page('lt', 'Darbo rinka', true));
    write(site, 'en/news/first/index.html', page('en', 'Language courses in Vilnius', true));
    // Lists and filters have no searchable body.
    for (let i = 1; i <= 30; i++)
      write(site, `lt/naujienos/puslapis/${i}/index.html`, page('lt', `Sąrašas ${i}`, false));
    const whole = path.join(dir, 'whole');
    await wholeDirectoryIndex(site, whole);
    // Nothing under a dot directory is a page of the site (a layered release's base; nginx answers 404).
    write(site, '.base/lt/sena/index.html', page('lt', 'Sena', true));

    const ours = path.join(dir, 'ours');
    expect(await writeSearchIndex(site, ours)).toBe(3);
    const counts = (out: string) =>
      Object.fromEntries(Object.entries(entry(out).languages).map(([lang, v]) => [lang, v.page_count]));
    expect(counts(ours)).toEqual({ lt: 2, en: 1 });
    expect(counts(ours)).toEqual(counts(whole));
    expect(fragments(ours)).toEqual(fragments(whole));
    // The same site gives the same index.
    const again = path.join(dir, 'again');
    await writeSearchIndex(site, again);
    expect(readFileSync(path.join(again, 'pagefind-entry.json'), 'utf8')).toBe(
      readFileSync(path.join(ours, 'pagefind-entry.json'), 'utf8'),
    );
  });
});
