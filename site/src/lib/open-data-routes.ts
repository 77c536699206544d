import { LOCALES, type Locale } from '@mip/shared-types';
import type { OpenDataValue } from './entries.ts';
import { OPEN_DATA_FILES, type OpenDataCollection, openDataPath, openDataRows } from './open-data.ts';
import { digest } from './page-keys.ts';
import { filesToGenerate } from './release-keys.ts';
import { loadSite, type Site } from './site.ts';

type Rows = Record<string, OpenDataValue>[];
interface OpenDataFile {
  locale: Locale;
  collection: OpenDataCollection;
  rows: Rows;
  /**
   * The digest of the rows: what both formats' files show (their code is in the release's code
   * digest). Made when first asked, once for both formats: only builds that keep keys ask.
   */
  key?: string;
}

function keyOf(file: OpenDataFile): string {
  if (file.key === undefined) file.key = digest(JSON.stringify(file.rows));
  return file.key;
}

/** Each collection's rows per language, made once per site model for both formats. */
const made = new WeakMap<Site, OpenDataFile[]>();

function openDataFiles(site: Site): OpenDataFile[] {
  let files = made.get(site);
  if (!files) {
    const siteUrl = new URL(import.meta.env.SITE);
    files = LOCALES.flatMap((locale) =>
      (Object.keys(OPEN_DATA_FILES) as OpenDataCollection[]).map((collection) => {
        const rows = openDataRows(site.catalogs[locale], collection, siteUrl);
        return { locale, collection, rows };
      }),
    );
    made.set(site, files);
  }
  return files;
}

export type OpenDataProps = { rows: Rows };

/**
 * The open data files of one format to generate: over a base release, only those whose rows
 * changed (lib/release-keys.ts); a publish changes one or two of the 24 files of each format.
 */
export async function openDataPaths(format: 'json' | 'csv') {
  const files = filesToGenerate(
    `open data ${format}`,
    openDataFiles(await loadSite()),
    (file) => openDataPath(file.locale, file.collection, format).slice(1),
    keyOf,
  );
  return files.map((file) => ({
    params: { locale: file.locale, name: OPEN_DATA_FILES[file.collection] },
    props: { rows: file.rows } satisfies OpenDataProps,
  }));
}
