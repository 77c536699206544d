// Full-text search: Pagefind indexes a built site (one index per language, from <html lang>;
// only page bodies marked data-pagefind-body) into `outputPath`. The Astro build runs it over
// its own output; the rebuild service runs it separately, after a new release is live, so a
// publish does not wait for indexing tens of thousands of pages.

/**
 * @param {string} siteDir
 * @param {string} outputPath
 * @returns {Promise<number>} the number of pages indexed
 */
export async function writeSearchIndex(siteDir, outputPath) {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
