import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchableBody, writeSearchIndex } from '../search-index.mjs';

// The search index is made from the pages with a searchable body only, and of each from that body
// only: the same index Pagefind makes of the whole directory of whole pages (search-index.mjs).

const dir = mkdtempSync(path.join(tmpdir(), 'mip-search-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, body: string, marked: boolean) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Meniu</nav>${
    marked ? `<article data-pagefind-body><h1>${body}</h1><p>${body} tekstas</p></article>` : `<main>${body}</main>`
  }</body></html>`;

const tricky = `<!doctype html><html lang="lt"><head><title>t</title>
<meta name="description" content="Apie <article> ir data-pagefind-body">
<script type="application/ld+json">{"a":"\\u003c/article>"}</script></head>
<body><nav title="</article><article data-pagefind-body>">Meniu</nav>
<article class="detail" data-pagefind-body><span hidden data-pagefind-filter="section">Praktikos</span>
<h1 data-pagefind-meta="title">Mentorystė <em>naujiems</em> darbuotojams</h1>
<img src="/a.png" alt="<article> ir </article>" width="1" height="1">
<!-- </article> -->
<section><h2>Atsiliepimai</h2><article class="response"><p>Puiki praktika</p></article>
<article class="response"><p>Ačiū</p><script>const s = "</article>";</script></article></section>
<p>Pabaiga</p></article>
<footer>Poraštė</footer></body></html>`;

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
/** Every file of a directory with its bytes (base64), by path. */
const tree = (out: string) =>
  Object.fromEntries(
    (readdirSync(out, { recursive: true }) as string[])
      .filter((file) => statSync(path.join(out, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(path.join(out, file)).toString('base64')]),
  );

describe('writeSearchIndex', () => {
  it('indexes the pages with a searchable body, as Pagefind would over the whole directory', async () => {
    const site = path.join(dir, 'site');
    write(site, 'lt/naujienos/pirma/index.html', page('lt', 'Kalbos kursai Vilniuje', true));
    write(site, 'lt/naujienos/antra/index.html', page('lt', 'Darbo rinka', true));
    write(site, 'en/news/first/index.html', page('en', 'Language courses in Vilnius', true));
    // What an editor's text can put in attributes (Astro leaves `<` unescaped there), responses
    // nested as articles, a comment and a script holding what looks like the body's end.
    write(site, 'lt/praktikos/kita/index.html', tricky);
    // Lists and filters have no searchable body.
    for (let i = 1; i <= 30; i++)
      write(site, `lt/naujienos/puslapis/${i}/index.html`, page('lt', `Sąrašas ${i}`, false));
    const whole = path.join(dir, 'whole');
    await wholeDirectoryIndex(site, whole);
    // Nothing under a dot directory is a page of the site (a layered release's base; nginx answers 404).
    write(site, '.base/lt/sena/index.html', page('lt', 'Sena', true));

    const ours = path.join(dir, 'ours');
    expect(await writeSearchIndex(site, ours)).toBe(4);
    const counts = (out: string) =>
      Object.fromEntries(Object.entries(entry(out).languages).map(([lang, v]) => [lang, v.page_count]));
    expect(counts(ours)).toEqual({ lt: 3, en: 1 });
    expect(counts(ours)).toEqual(counts(whole));
    expect(fragments(ours)).toEqual(fragments(whole));
    // File for file the index Pagefind makes of the whole directory of whole pages.
    expect(tree(ours)).toEqual(tree(whole));
    // The same site gives the same index.
    const again = path.join(dir, 'again');
    await writeSearchIndex(site, again);
    expect(readFileSync(path.join(again, 'pagefind-entry.json'), 'utf8')).toBe(
      readFileSync(path.join(ours, 'pagefind-entry.json'), 'utf8'),
    );

    // The pages handed as a map from their path in the site to their files (a layered release's,
    // partly its base's, scripts/lib/rebuild/layers.ts) give the same index.
    const elsewhere = path.join(dir, 'elsewhere');
    const pages = new Map<string, string>();
    for (const file of readdirSync(site, { recursive: true }) as string[]) {
      if (!file.endsWith('.html') || file.startsWith('.')) continue;
      const moved = path.join(elsewhere, file.replaceAll(path.sep, '_'));
      mkdirSync(elsewhere, { recursive: true });
      writeFileSync(moved, readFileSync(path.join(site, file)));
      pages.set(file.split(path.sep).join('/'), moved);
    }
    const mapped = path.join(dir, 'mapped');
    expect(await writeSearchIndex(pages, mapped)).toBe(4);
    expect(readFileSync(path.join(mapped, 'pagefind-entry.json'), 'utf8')).toBe(
      readFileSync(path.join(ours, 'pagefind-entry.json'), 'utf8'),
    );
    expect(tree(mapped)).toEqual(tree(whole));
  });

  it('writes an empty index of a site with nothing to search', async () => {
    const site = path.join(dir, 'empty-site');
    write(site, 'lt/index.html', page('lt', 'Sąrašas', false));
    const out = path.join(dir, 'empty');
    expect(await writeSearchIndex(site, out)).toBe(0);
    expect(entry(out).languages).toEqual({});
  });
});

describe('searchableBody', () => {
  it('is the html tag and the body element, whole, however the text around and in it looks', () => {
    const body = searchableBody(tricky)!;
    expect(body.startsWith('<!DOCTYPE html><html lang="lt"><body><article class="detail" data-pagefind-body>')).toBe(
      true,
    );
    expect(body.endsWith('<p>Pabaiga</p></article></body></html>')).toBe(true);
    expect(body).not.toContain('Poraštė');
    expect(body).not.toContain('Meniu');
  });

  it('is null for a page without a searchable body, the whole page when the body does not end', () => {
    expect(searchableBody(page('lt', 'Sąrašas', false))).toBeNull();
    // The name in an attribute's value or in the text is not a body.
    expect(
      searchableBody(
        '<html lang="lt"><head><meta name="description" content="a data-pagefind-body b"></head><body><main>data-pagefind-body</main></body></html>',
      ),
    ).toBeNull();
    const unended = '<html lang="lt"><body><article data-pagefind-body><h1>Be pabaigos</h1></body></html>';
    expect(searchableBody(unended)).toBe(unended);
  });
});
