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
 * Only the pages with a searchable body (entries and the editors' pages) are handed to Pagefind:
 * it would skip the others anyway (once a page marks its body, pages without one are not
 * indexed), but only after parsing them, and the lists and filters are most of a large site's
 * pages. Same index; a third faster at 1,000 documents, no faster at 10,000, where most pages are
 * entries (README, Performance). Files go in path order, so the same site gives the same index.
 *
 * @param {string} siteDir
 * @param {string} outputPath
 * @returns {Promise<number>} the number of pages indexed
 */
export async function writeSearchIndex(siteDir, outputPath) {
  const files = (await readdir(siteDir, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    /** @type {Promise<void>[]} */
    const pending = [];
    /** @type {Error | null} */
    let failure = null;
    let indexed = 0;
    for (const file of files) {
      if (failure) break;
      const content = await readFile(path.join(siteDir, file), 'utf8');
      if (!content.includes(BODY)) continue;
      const sourcePath = file.split(path.sep).join('/');
      pending.push(
        index.addHTMLFile({ sourcePath, content }).then(
          (result) => {
            if (result.errors.length)
              failure ??= new Error(`Pagefind could not index ${file}: ${result.errors.join('; ')}`);
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
