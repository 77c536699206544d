/** The list of a site's indexes, in its search directory: which to search for each language. */
export const INDEXES_FILE: string;
/** In a store: the keys of the files that never change. */
export const FILE_KEYS: string;
/**
 * Writes the Pagefind indexes of a built site into `outputPath`, one per language and section, and
 * `indexes.json` naming them per language: the site is a directory, or its pages (each path in the
 * site and the file that holds it). With a `store`, bundles are kept there by a key of what they
 * index and reused; `lasting` names the files that never change (read once). Resolves with the
 * pages indexed (those with a searchable body), the number of indexes, those made (not reused) and
 * the files read.
 */
export function writeSearchIndex(
  site: string | Map<string, string>,
  outputPath: string,
  options?: { store?: string; lasting?: (file: string) => string | null },
): Promise<{ pages: number; indexes: number; made: string[]; read: number }>;
/** The index a page belongs to (its language and section), from its path in the site. */
export function indexOfPage(sitePath: string): string;
/** What of a page Pagefind is handed: its `<html>` tag and its searchable body; null without one. */
export function searchableBody(html: string): string | null;
