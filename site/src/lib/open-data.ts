import { stringify } from 'csv-stringify/sync';
import { byName, type ContentTypeSpec, SECTION_TYPES, TAXONOMY_TYPES } from '@mip/shared-types';
import type { Catalog, TaxonomyKey } from './catalog.ts';
import { entryPath } from './catalog.ts';
import type { Entry, OpenDataValue } from './entries.ts';
import { responseTargetOf } from './responses.ts';
import type { ContentSectionKey } from './sections/index.ts';
import { COVERAGE_KINDS, computeCoverage } from './coverage.ts';
import { termPath } from './site-pages.ts';

// Each public collection as JSON and CSV per language: what the site shows, in machine-readable
// form (no private fields ever reach the build, so none can leak here).

// File names from the content-type manifest (shared-types), per section or taxonomy (every type
// with a section or a taxonomy has one), and the coverage matrix's.
const fileOf = (type: ContentTypeSpec) => type.openData!;
export const OPEN_DATA_FILES = {
  ...byName(SECTION_TYPES, fileOf),
  ...byName(TAXONOMY_TYPES, fileOf),
  coverage: 'coverage',
} satisfies Record<ContentSectionKey | TaxonomyKey | 'coverage', string>;

export type OpenDataCollection = keyof typeof OPEN_DATA_FILES;
export const OPEN_DATA_FORMATS = ['json', 'csv'] as const;

export const openDataPath = (
  locale: string,
  collection: OpenDataCollection,
  format: (typeof OPEN_DATA_FORMATS)[number],
) => `/data/${locale}/${OPEN_DATA_FILES[collection]}.${format}`;

const isTaxonomy = (c: OpenDataCollection): c is TaxonomyKey => c in TAXONOMY_TYPES;

/** Rows of a collection in the catalog's own language (Lithuanian-only entries are in the lt files). */
export function openDataRows(
  catalog: Catalog,
  collection: OpenDataCollection,
  site: URL,
): Record<string, OpenDataValue>[] {
  const locale = catalog.locale;
  if (collection === 'coverage') return coverageRows(catalog, site);
  if (isTaxonomy(collection)) {
    return catalog.taxonomies[collection].map((term) => {
      const {
        localizations: _l,
        __typename: _t,
        ...fields
      } = term as typeof term & { localizations?: unknown; __typename?: unknown };
      return {
        ...(fields as Record<string, OpenDataValue>),
        url: new URL(`/${locale}/${termPath(locale, collection, term.slug)}`, site).href,
      };
    });
  }
  // Sections that take the public's responses give each entry's count of them (counts only).
  const responses = (entry: Entry): Record<string, OpenDataValue> =>
    responseTargetOf(entry) ? { responses: entry.responseCount ?? 0 } : {};
  return catalog.sections[collection]
    .filter((entry) => entry.locale === locale)
    .map((entry) => ({ ...entry.openData, ...responses(entry), url: new URL(entryPath(entry), site).href }));
}

/** The coverage matrix, one row per priority and area (each priority with its sub-priorities' work). */
function coverageRows(catalog: Catalog, site: URL): Record<string, OpenDataValue>[] {
  const coverage = computeCoverage(catalog, null, true);
  return coverage.rows.flatMap((row) =>
    row.cells.map((cell) => ({
      priorityCode: row.priority.priority?.code ?? null,
      priority: row.priority.title,
      parentCode:
        (row.priority.priority?.parent &&
          catalog.entry({ section: 'priorities', documentId: row.priority.priority.parent })?.priority?.code) ||
        null,
      level: row.priority.priority?.level ?? null,
      priorityResponses: row.priority.responseCount ?? 0,
      periodStart: row.priority.priority?.periodStart ?? null,
      periodEnd: row.priority.priority?.periodEnd ?? null,
      area: cell.area.name,
      areaSlug: cell.area.slug,
      priorityCoversArea: cell.relevant,
      gap: cell.relevant && cell.items.length === 0,
      total: cell.items.length,
      ...Object.fromEntries(COVERAGE_KINDS.map((kind) => [kind, cell.items.filter((i) => i.kind === kind).length])),
      url: new URL(entryPath(row.priority), site).href,
    })),
  );
}

export function toCsv(rows: Record<string, OpenDataValue>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: OpenDataValue | undefined) =>
    Array.isArray(value) ? value.join('; ') : value == null ? '' : String(value);
  // A byte-order mark lets spreadsheet programs read the Lithuanian letters as UTF-8.
  return `\uFEFF${stringify(
    rows.map((row) => columns.map((c) => cell(row[c]))),
    { header: true, columns, record_delimiter: 'windows' },
  )}`;
}
