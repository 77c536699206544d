import type { Locale } from '@mip/shared-types';
import type { Catalog } from './catalog.ts';
import {
  computeCoverage,
  coverageItems,
  coveragePeriods,
  filterId,
  filterValue,
  type Coverage,
  type CoverageFilter,
  type CoverageItem,
} from './coverage.ts';

export { filterId };
import type { Entry, FollowUp } from './entries.ts';
import { COVERAGE_SEGMENTS as SEG, SECTION_SEGMENTS } from './i18n/routes.ts';

// The pages of the coverage matrix (one per filter value, summary and detailed), the lists behind
// its cells (one per priority, or for unlinked work, and filter) and the seminar follow-up pages
// (one per year). Every view has a stable URL; none needs JavaScript.

export const POLICY_LEVELS = ['national', 'municipal', 'eu'] as const;

const join = (...parts: string[]) =>
  `${parts
    .filter(Boolean)
    .map((p) => p.replace(/\/$/, ''))
    .join('/')}/`;

/** The filter's URL segments and its identity across languages. */
function filterParts(locale: Locale, filter: CoverageFilter | null): { path: string; id: string } {
  if (!filter) return { path: '', id: '' };
  const slug = filter.key === 'municipality' ? filter.term.slug : filterValue(filter);
  return { path: join(SEG[filter.key][locale], slug), id: filterId(filter) };
}

export const coveragePath = (locale: Locale, filter: CoverageFilter | null = null, detailed = false) =>
  join(
    SECTION_SEGMENTS.priorities[locale],
    SEG.coverage[locale],
    filterParts(locale, filter).path,
    detailed ? SEG.detailed[locale] : '',
  );

/** The list behind a row's cells in a view (the level filter changes which sub-priorities a row includes). */
export function coverageListPath(locale: Locale, subject: Entry | null, filter: CoverageFilter | null = null): string {
  return join(
    SECTION_SEGMENTS.priorities[locale],
    SEG.coverage[locale],
    subject ? join(SEG.priority[locale], subject.slug) : SEG.unlinked[locale],
    filterParts(locale, filter).path,
  );
}

export const followUpPath = (locale: Locale, year?: number) =>
  join(SECTION_SEGMENTS.seminars[locale], SEG.followUp[locale], year ? String(year) : '');

export interface CoverageView {
  filter: CoverageFilter | null;
  detailed: boolean;
  coverage: Coverage;
  path: string;
  identity: string;
}

export interface CoverageList {
  /** The priority, or null for the work linked to no priority. */
  subject: Entry | null;
  filter: CoverageFilter | null;
  items: CoverageItem[];
  path: string;
  identity: string;
}

export interface FollowUpYear {
  year: number;
  actions: { seminar: Entry; action: FollowUp }[];
}

const filtersByCatalog = new WeakMap<Catalog, CoverageFilter[]>();

/** Computed once per catalog: every coverage page shows them. */
export function coverageFilters(catalog: Catalog): CoverageFilter[] {
  let filters = filtersByCatalog.get(catalog);
  if (!filters) {
    filters = findCoverageFilters(catalog);
    filtersByCatalog.set(catalog, filters);
  }
  return filters;
}

/** The filters offered: every level, every period, and the municipalities with something to show. */
function findCoverageFilters(catalog: Catalog): CoverageFilter[] {
  const items = coverageItems(catalog);
  const used = new Set([
    ...items.flatMap((i) => i.municipalities),
    ...catalog.sections.priorities.flatMap((p) => (p.facets.municipality ?? []).map((v) => v.key)),
  ]);
  return [
    ...catalog.taxonomies.municipality
      .filter((t) => used.has(t.documentId))
      .map((term): CoverageFilter => ({ key: 'municipality', term })),
    ...POLICY_LEVELS.filter((level) => catalog.sections.priorities.some((p) => p.priority?.level === level)).map(
      (level): CoverageFilter => ({ key: 'level', level }),
    ),
    ...coveragePeriods(catalog).map((period): CoverageFilter => ({ key: 'period', period })),
  ];
}

export function coverageViews(catalog: Catalog): { views: CoverageView[]; lists: CoverageList[] } {
  const locale = catalog.locale;
  const views: CoverageView[] = [];
  const lists: CoverageList[] = [];
  for (const filter of [null, ...coverageFilters(catalog)]) {
    const id = filterParts(locale, filter).id;
    for (const detailed of [false, true]) {
      views.push({
        filter,
        detailed,
        coverage: computeCoverage(catalog, filter, detailed),
        path: coveragePath(locale, filter, detailed),
        identity: `coverage:${id}:${detailed}`,
      });
    }
    // Every priority's list in this scope comes from the detailed view, which has a row for each.
    const detailed = views.at(-1)!.coverage;
    for (const row of detailed.rows) {
      if (row.items.length)
        lists.push({
          subject: row.priority,
          filter,
          items: row.items,
          path: coverageListPath(locale, row.priority, filter),
          identity: `coverage-list:${row.priority.documentId}:${id}`,
        });
    }
    if (detailed.unlinked.items.length) {
      lists.push({
        subject: null,
        filter,
        items: detailed.unlinked.items,
        path: coverageListPath(locale, null, filter),
        identity: `coverage-list:unlinked:${id}`,
      });
    }
  }
  return { views, lists };
}

/** The seminars' follow-up actions by the year of the seminar, latest year first. */
export function followUpYears(catalog: Catalog): FollowUpYear[] {
  const years = new Map<number, FollowUpYear['actions']>();
  for (const seminar of catalog.sections.seminars) {
    const year = seminar.work?.years?.[0];
    if (year == null || !seminar.followUps?.length) continue;
    const actions = years.get(year) ?? [];
    years.set(year, actions);
    for (const action of seminar.followUps ?? []) actions.push({ seminar, action });
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, actions]) => ({ year, actions }));
}
