import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexOfPage, searchableBody, writeSearchIndex } from '../search-index.mjs';

// The search index is made from the pages with a searchable body only, and of each from that body
// only, an index per language and the news apart: each the same index Pagefind makes of its whole
// pages (search-index.mjs).

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
  it('indexes each language, the news apart, the pages with a searchable body, as Pagefind would their whole pages', async () => {
    const site = path.join(dir, 'site');
    write(site, 'lt/naujienos/pirma/index.html', page('lt', 'Kalbos kursai Vilniuje', true));
    write(site, 'lt/naujienos/antra/index.html', page('lt', 'Darbo rinka', true));
    write(site, 'en/news/first/index.html', page('en', 'Language courses in Vilnius', true));
    write(site, 'lt/apie/index.html', page('lt', 'Apie platformą', true));
    // What an editor's text can put in attributes (Astro leaves `<` unescaped there), responses
    // nested as articles, a comment and a script holding what looks like the body's end.
    write(site, 'lt/praktikos/kita/index.html', tricky);
    // Lists and filters have no searchable body.
    for (let i = 1; i <= 30; i++)
      write(site, `lt/naujienos/puslapis/${i}/index.html`, page('lt', `Sąrašas ${i}`, false));
    write(site, 'lt/index.html', page('lt', 'Pradžia', false));
    const indexes = ['en-news', 'lt', 'lt-naujienos'];
    const whole = path.join(dir, 'whole');
    for (const name of indexes) {
      // Pagefind's own index of the whole pages of one index: a directory of them alone.
      const apart = path.join(dir, `whole-site-${name}`);
      for (const file of readdirSync(site, { recursive: true }) as string[])
        if (file.endsWith('.html') && indexOfPage(file.split(path.sep).join('/')) === name)
          write(apart, file, readFileSync(path.join(site, file), 'utf8'));
      await wholeDirectoryIndex(apart, path.join(whole, name));
    }
    // Nothing under a dot directory is a page of the site (a layered release's base; nginx answers 404).
    write(site, '.base/lt/sena/index.html', page('lt', 'Sena', true));

    const ours = path.join(dir, 'ours');
    expect(await writeSearchIndex(site, ours)).toEqual({ pages: 5, indexes: 3, made: indexes, read: 36 });
    // The search page loads the indexes of its language (components/Search.tsx).
    expect(JSON.parse(readFileSync(path.join(ours, 'indexes.json'), 'utf8'))).toEqual({
      languages: { en: ['en-news'], lt: ['lt', 'lt-naujienos'] },
    });
    const counts = (out: string) =>
      Object.fromEntries(Object.entries(entry(out).languages).map(([lang, v]) => [lang, v.page_count]));
    expect(counts(path.join(ours, 'lt-naujienos'))).toEqual({ lt: 2 });
    // Each index is, file for file, the one Pagefind makes of its whole pages.
    for (const name of indexes) {
      expect(fragments(path.join(ours, name))).toEqual(fragments(path.join(whole, name)));
      expect(tree(path.join(ours, name))).toEqual(tree(path.join(whole, name)));
    }
    // The same site gives the same indexes.
    const again = path.join(dir, 'again');
    await writeSearchIndex(site, again);
    expect(tree(again)).toEqual(tree(ours));

    // The pages handed as a map from their path in the site to their files (a layered release's,
    // partly its base's, scripts/lib/rebuild/layers.ts) give the same indexes.
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
    expect((await writeSearchIndex(pages, mapped)).pages).toBe(5);
    expect(tree(mapped)).toEqual(tree(ours));
  });

  it('with a store, makes again only the indexes whose pages changed, and reads a file that never changes once', async () => {
    const site = path.join(dir, 'stored-site');
    write(site, 'lt/naujienos/pirma/index.html', page('lt', 'Kalbos kursai', true));
    write(site, 'lt/praktikos/kita/index.html', page('lt', 'Mentorystė', true));
    write(site, 'en/news/first/index.html', page('en', 'Language courses', true));
    write(site, 'lt/naujienos/puslapis/2/index.html', page('lt', 'Sąrašas', false));
    const store = path.join(dir, 'store');
    const links = (out: string) =>
      Object.fromEntries(['en-news', 'lt', 'lt-naujienos'].map((name) => [name, readlinkSync(path.join(out, name))]));
    const first = path.join(dir, 'stored-1');
    const lasting = (file: string) => file;
    expect(await writeSearchIndex(site, first, { store, lasting })).toMatchObject({
      made: ['en-news', 'lt', 'lt-naujienos'],
      read: 4,
    });
    // Told the files never change: none is read again, nothing is made again.
    const second = path.join(dir, 'stored-2');
    expect(await writeSearchIndex(site, second, { store, lasting })).toMatchObject({ made: [], read: 0 });
    expect(links(second)).toEqual(links(first));
    // A page changed (a new file: a new release's): its index alone is made again, and only that
    // page is read (the news list page is known to have nothing to search).
    write(site, 'lt/naujienos/pirma/index.html', page('lt', 'Kalbos kursai suaugusiems', true));
    const changed = path.join(site, 'lt/naujienos/pirma/index.html');
    const third = path.join(dir, 'stored-3');
    const butChanged = (file: string) => (file === changed ? null : file);
    expect(await writeSearchIndex(site, third, { store, lasting: butChanged })).toMatchObject({
      pages: 3,
      made: ['lt-naujienos'],
      read: 1,
    });
    expect(links(third)['lt-naujienos']).not.toBe(links(first)['lt-naujienos']);
    expect({ ...links(third), 'lt-naujienos': '' }).toEqual({ ...links(first), 'lt-naujienos': '' });
    // What was reused and made equals the indexes made without a store.
    const plain = path.join(dir, 'stored-plain');
    await writeSearchIndex(site, plain);
    expect(tree(third)).toEqual(tree(plain));
    // A change outside the searchable body makes nothing again.
    write(site, 'en/news/first/index.html', page('en', 'Language courses', true).replace('Meniu', 'Menu'));
    const fourth = path.join(dir, 'stored-4');
    expect(await writeSearchIndex(site, fourth, { store })).toMatchObject({ made: [] });
  });

  it('writes no index of a site with nothing to search, and says so to the search page', async () => {
    const site = path.join(dir, 'empty-site');
    write(site, 'lt/index.html', page('lt', 'Sąrašas', false));
    const out = path.join(dir, 'empty');
    expect(await writeSearchIndex(site, out)).toMatchObject({ pages: 0, indexes: 0 });
    expect(readdirSync(out)).toEqual(['indexes.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'indexes.json'), 'utf8'))).toEqual({ languages: {} });
  });
});

describe('indexOfPage', () => {
  it('is the language, and for the news the language and the news', () => {
    expect(indexOfPage('lt/naujienos/kalbos-kursai/index.html')).toBe('lt-naujienos');
    expect(indexOfPage('en/news/courses/index.html')).toBe('en-news');
    expect(indexOfPage('lt/naujienos/index.html')).toBe('lt-naujienos');
    expect(indexOfPage('en/funding/call/index.html')).toBe('en');
    expect(indexOfPage('lt/apie/index.html')).toBe('lt');
    expect(indexOfPage('lt/index.html')).toBe('lt');
    expect(indexOfPage('404.html')).toBe('site');
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
