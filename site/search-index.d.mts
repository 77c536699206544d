/** Writes the Pagefind index of the built site in `siteDir` into `outputPath`; resolves with the pages indexed (those with a searchable body). */
export function writeSearchIndex(siteDir: string, outputPath: string): Promise<number>;
