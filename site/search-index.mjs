// Full-text search: Pagefind indexes a built site (an index per language, the news apart; only
// page bodies marked data-pagefind-body) into `outputPath`. The Astro build runs it over its own
// output; the rebuild service runs it separately, after a new release is live, so a publish does
// not wait for indexing, and re-indexes only the indexes whose pages the publish changed.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from '@mip/shared-types/content-types';

const BODY = 'data-pagefind-body';
/** Files handed to Pagefind before the first answer is awaited (they are sent in order). */
const IN_FLIGHT = 16;

/**
 * A tag or a comment of the HTML our pages are made of, whole: a tag's quoted attribute values are
 * consumed with it (Astro leaves `<` in them unescaped, and an editor's text can hold one), text
 * has none (escaped), the JSON-LD escapes it too; `script` and `style` are skipped to their end.
 */
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const QUOTED = /"[^"]*"|'[^']*'/g;
const BODY_ATTRIBUTE = new RegExp(`(?:^|\\s)${BODY}(?:[\\s=/]|$)`);

/**
 * What of a page Pagefind is handed: its `<html>` tag (the language) and the element marked as its
 * searchable body, which holds everything the index takes (the text, the title, the section
 * filter). The rest (head, navigation, footer) would be sent to Pagefind's process and parsed only
 * to be skipped: a third faster at 1,000 documents; site/test/search-index.test.ts holds the index
 * to the one Pagefind makes of the whole pages. Found with a scan of the tags rather than an HTML
 * parser: htmlparser2 took 0.45 s over the 5,940 pages at 1,000 documents, this 0.05 s. Null for
 * a page without a searchable body; a page whose body element does not end is handed whole.
 * @param {string} html
 * @returns {string | null}
 */
export function searchableBody(html) {
  if (!html.includes(BODY)) return null;
  let root = '';
  let start = -1;
  let depth = 0;
  let tag = '';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [whole, closing, rawName, attributes] = m;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (!closing && (name === 'script' || name === 'style')) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = TOKEN.lastIndex;
      if (!end.exec(html)) break;
      TOKEN.lastIndex = end.lastIndex - name.length - 2;
      continue;
    }
    if (start < 0) {
      if (closing) continue;
      if (name === 'html') root = whole;
      else if (BODY_ATTRIBUTE.test(attributes.replace(QUOTED, ''))) {
        // Elements of its own name nested in it are counted: only those can close it.
        start = m.index;
        depth = 1;
        tag = name;
      }
      continue;
    }
    if (name !== tag || whole.endsWith('/>')) continue;
    depth += closing ? -1 : 1;
    if (depth === 0) return `<!DOCTYPE html>${root}<body>${html.slice(start, TOKEN.lastIndex)}</body></html>`;
  }
  return start < 0 ? null : html;
}

/** The list of a site's indexes, in its search directory: which to search for each language. */
export const INDEXES_FILE = 'indexes.json';
/** Change when what Pagefind is handed of a page changes: an index kept under an older key is then not reused. */
const KEY_SCHEME = 'body-1';
/** In a store: the keys of the files that never change. */
export const FILE_KEYS = 'file-keys.json';

/** The path segments of the types whose pages have a search index of their own (the news). */
const APART = new Set(
  Object.values(CONTENT_TYPES).flatMap((type) =>
    'searchIndexApart' in type && type.segments ? Object.values(type.segments) : [],
  ),
);

/**
 * The index a page belongs to, from its path: its language's (`lt/geroji-praktika/x/index.html` is
 * in `lt`), or for a type with an index apart (shared-types `searchIndexApart`: the news) its
 * language's and type's (`lt/naujienos/x/index.html` is in `lt-naujienos`). A publish of a news item
 * makes only the news index again (see `writeSearchIndex`).
 * @param {string} sitePath
 */
export function indexOfPage(sitePath) {
  const dirs = sitePath.split('/').slice(0, -1);
  const name = dirs.length >= 2 && APART.has(dirs[1]) ? `${dirs[0]}-${dirs[1]}` : (dirs[0] ?? 'site');
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * The Pagefind indexes of a built site, written into `outputPath`: one Pagefind bundle per
 * language, and one per language for the news (`indexOfPage`), each in a directory of its own, and
 * `indexes.json` naming, per language, the bundles the search page loads (the first, and the
 * others merged into it: components/Search.tsx). Only the pages with a searchable body (entries and the editors' pages)
 * are handed to Pagefind, and of each only that body (`searchableBody`): it would skip the others
 * anyway (once a page marks its body, pages without one are not indexed), but only after parsing
 * them, and the lists and filters are most of a large site's pages. Files go in path order, so the
 * same site gives the same indexes.
 *
 * The site is a directory (an Astro build's output), or its pages as a map from their path in the
 * site to the file that holds each: a layered release's pages are partly its base's
 * (scripts/lib/rebuild/layers.ts `releaseFiles`), and reading them where they are spares gathering
 * them into one directory first.
 *
 * With a `store` (the rebuild service's), each bundle is kept there under a key of what was indexed
 * (each page's path and searchable body, Pagefind's version), `outputPath/<index>` is a symlink to
 * it, and a bundle whose key is already there is reused, not made again: a publish re-indexes the
 * bundles whose pages it changed. A file that never changes (a release's) has a lasting name
 * (`lasting`, null for others), under which its key is kept in the store too, so it is read once,
 * and again only if its bundle must be made again: a layered release's base is not read at each
 * publish.
 *
 * @param {string | Map<string, string>} site
 * @param {string} outputPath
 * @param {{ store?: string, lasting?: (file: string) => string | null }} [options]
 * @returns {Promise<{ pages: number, indexes: number, made: string[], read: number }>} the pages in
 *   the indexes, the number of indexes, those made (not reused), and the files read
 */
export async function writeSearchIndex(site, outputPath, { store, lasting = () => null } = {}) {
  const pages = typeof site === 'string' ? await sitePages(site) : site;
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const sitePath of [...pages.keys()].filter((file) => file.endsWith('.html')).sort()) {
    const name = indexOfPage(sitePath);
    const group = groups.get(name);
    if (group) group.push(sitePath);
    else groups.set(name, [sitePath]);
  }
  await mkdir(outputPath, { recursive: true });
  if (store) await mkdir(store, { recursive: true });
  const version = store ? await pagefindVersion() : '';
  const fileKeys = store ? await readFileKeys(store) : {};
  /** @type {Record<string, string>} */
  const seen = {};
  const counter = { read: 0 };
  /** @param {string} file */
  const bodyOf = async (file) => {
    counter.read++;
    return searchableBody(await readFile(file, 'utf8'));
  };
  const pagefind = await import('pagefind');
  try {
    /** @type {Record<string, string[]>} */
    const languages = {};
    /** @type {string[]} */
    const made = [];
    let total = 0;
    let bundles = 0;
    for (const [name, paths] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
      /** @type {Map<string, string | null>} searchable bodies read while keying (null: none) */
      const read = new Map();
      let bundle = path.join(outputPath, name);
      if (store) {
        const hash = createHash('sha256').update(`${KEY_SCHEME}\0${version}\0`);
        let searchable = 0;
        for (const sitePath of paths) {
          const file = /** @type {string} */ (pages.get(sitePath));
          const lastingName = lasting(file);
          let key = lastingName === null ? undefined : fileKeys[lastingName];
          if (key === undefined) {
            const body = await bodyOf(file);
            read.set(sitePath, body);
            key = body === null ? '' : createHash('sha256').update(body).digest('base64url');
          } else if (key === '') read.set(sitePath, null);
          if (lastingName !== null) seen[lastingName] = key;
          if (key) hash.update(`${sitePath}\0${key}\n`);
          if (key) searchable++;
        }
        if (!searchable) continue; // lists and the like only: nothing to index
        const kept = path.join(store, `${name}-${hash.digest('hex').slice(0, 24)}`);
        if (!existsSync(kept)) {
          const building = path.join(store, `.building-${path.basename(kept)}`);
          await rm(building, { recursive: true, force: true });
          await indexPages(pagefind, pages, paths, read, bodyOf, building);
          await rename(building, kept);
          made.push(name);
        }
        await symlink(path.relative(outputPath, kept), bundle);
        bundle = kept;
      } else {
        if (!(await indexPages(pagefind, pages, paths, read, bodyOf, bundle))) continue;
        made.push(name);
      }
      bundles++;
      /** @type {{ languages: Record<string, { page_count: number }> }} */
      const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
      for (const [language, { page_count }] of Object.entries(entry.languages)) {
        if (!page_count) continue;
        languages[language] = [...(languages[language] ?? []), name];
        total += page_count;
      }
    }
    await writeFile(path.join(outputPath, INDEXES_FILE), JSON.stringify({ languages }));
    if (store) await writeFile(path.join(store, FILE_KEYS), JSON.stringify({ scheme: KEY_SCHEME, files: seen }));
    return { pages: total, indexes: bundles, made, read: counter.read };
  } finally {
    await pagefind.close();
  }
}

/**
 * The keys of the files that never change, as the last index kept them (only those it saw: a
 * removed release's files drop out).
 * @param {string} store
 * @returns {Promise<Record<string, string>>}
 */
async function readFileKeys(store) {
  try {
    const kept = JSON.parse(await readFile(path.join(store, FILE_KEYS), 'utf8'));
    return kept.scheme === KEY_SCHEME ? kept.files : {};
  } catch {
    return {};
  }
}

/**
 * Writes one Pagefind bundle of `paths` into `outputPath`; bodies already read are in `read`.
 * @param {typeof import('pagefind')} pagefind
 * @param {Map<string, string>} pages
 * @param {string[]} paths
 * @param {Map<string, string | null>} read
 * @param {(file: string) => Promise<string | null>} bodyOf
 * @param {string} outputPath
 * @returns {Promise<number>} the pages handed to Pagefind (none: nothing written)
 */
async function indexPages(pagefind, pages, paths, read, bodyOf, outputPath) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  /** @type {Promise<void>[]} */
  const pending = [];
  /** @type {Error | null} */
  let failure = null;
  let added = 0;
  for (const sourcePath of paths) {
    if (failure) break;
    const content = read.has(sourcePath)
      ? read.get(sourcePath)
      : await bodyOf(/** @type {string} */ (pages.get(sourcePath)));
    if (content === null || content === undefined) continue;
    added++;
    pending.push(
      index.addHTMLFile({ sourcePath, content }).then(
        (result) => {
          if (result.errors.length)
            failure ??= new Error(`Pagefind could not index ${sourcePath}: ${result.errors.join('; ')}`);
        },
        (error) => {
          failure ??= error;
        },
      ),
    );
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
  if (failure) throw failure;
  if (added) {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  }
  await index.deleteIndex();
  return added;
}

/** The installed Pagefind's version: an index made by another is not reused. */
async function pagefindVersion() {
  const manifest = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return JSON.parse(await readFile(manifest, 'utf8')).version;
}

/**
 * The HTML pages of a built site directory (paths with `/`), nothing under a dot directory.
 * @param {string} siteDir
 * @returns {Promise<Map<string, string>>}
 */
async function sitePages(siteDir) {
  const files = (await readdir(siteDir, { recursive: true })).filter(
    (file) => file.endsWith('.html') && !file.split(path.sep).some((part) => part.startsWith('.')),
  );
  return new Map(files.map((file) => [file.split(path.sep).join('/'), path.join(siteDir, file)]));
}
