/** Writes the Pagefind index of the built site in `siteDir` into `outputPath`; resolves with the pages indexed. */
export function writeSearchIndex(siteDir: string, outputPath: string): Promise<number>;
