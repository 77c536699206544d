/**
 * Writes the Pagefind index of a built site into `outputPath`: the site is a directory, or its pages
 * (each path in the site and the file that holds it). Resolves with the pages indexed (those with a
 * searchable body).
 */
export function writeSearchIndex(site: string | Map<string, string>, outputPath: string): Promise<number>;
/** What of a page Pagefind is handed: its `<html>` tag and its searchable body; null without one. */
export function searchableBody(html: string): string | null;
