// Full-text search: Pagefind indexes a built site (one index per language, from <html lang>;
// only page bodies marked data-pagefind-body) into `outputPath`. The Astro build runs it over
// its own output; the rebuild service runs it separately, after a new release is live, so a
// publish does not wait for indexing tens of thousands of pages.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

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

/**
 * The Pagefind index of a built site, written into `outputPath`. Only the pages with a searchable
 * body (entries and the editors' pages) are handed to Pagefind, and of each only that body
 * (`searchableBody`): it would skip the others anyway (once a page marks its body, pages without
 * one are not indexed), but only after parsing them, and the lists and filters are most of a large
 * site's pages. Files go in path order, so the same site gives the same index.
 *
 * The site is a directory (an Astro build's output), or its pages as a map from their path in the
 * site to the file that holds each: a layered release's pages are partly its base's
 * (scripts/lib/rebuild/layers.ts `releaseFiles`), and reading them where they are spares gathering
 * them into one directory first.
 *
 * @param {string | Map<string, string>} site
 * @param {string} outputPath
 * @returns {Promise<number>} the number of pages indexed
 */
export async function writeSearchIndex(site, outputPath) {
  const pages = typeof site === 'string' ? await sitePages(site) : site;
  const paths = [...pages.keys()].filter((file) => file.endsWith('.html')).sort();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    /** @type {Promise<void>[]} */
    const pending = [];
    /** @type {Error | null} */
    let failure = null;
    let indexed = 0;
    for (const sourcePath of paths) {
      if (failure) break;
      const content = searchableBody(await readFile(/** @type {string} */ (pages.get(sourcePath)), 'utf8'));
      if (content === null) continue;
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
      indexed++;
      if (pending.length >= IN_FLIGHT) await pending.shift();
    }
    await Promise.all(pending);
    if (failure) throw failure;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
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
