import type { Catalog, Term } from './catalog.ts';
import type { Entry, FollowUp } from './entries.ts';

// The coverage matrix: policy priorities (rows) against integration areas (columns), each cell
// counting the work linked to that priority in that area. A gap is an area a priority names as
// its own with nothing behind it; unlinked work is work that names no priority at all.
// Pure functions over a catalog, so the same figures feed the page, the open data and the tests.

/** What a cell counts, in the order the page lists it. */
export const COVERAGE_KINDS = [
  'goodPractices',
  'services',
  'research',
  'funding',
  'seminars',
  'followUps',
  'partnerSearch',
] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export interface CoverageItem {
  kind: CoverageKind;
  /** The entry; for a service, the organisation running it; for a follow-up action, the seminar that agreed it. */
  entry: Entry;
  followUp?: FollowUp;
  service?: string;
  /** Linked priorities that exist in this catalog (document ids). */
  priorities: string[];
  areas: string[];
  municipalities: string[];
  years: [number, number] | null;
}

/** One view of the matrix: at most one filter at a time, each with its own stable URL. */
export type CoverageFilter =
  | { key: 'municipality'; term: Term }
  | { key: 'level'; level: string }
  | { key: 'period'; period: [number, number] };

export const filterValue = (filter: CoverageFilter) =>
  filter.key === 'municipality'
    ? filter.term.documentId
    : filter.key === 'level'
      ? filter.level
      : `${filter.period[0]}-${filter.period[1]}`;

/** The same in every language: pairs translated views and tells which filter is active. */
export const filterId = (filter: CoverageFilter | null) => (filter ? `${filter.key}:${filterValue(filter)}` : '');

export interface CoverageCell {
  area: Term;
  items: CoverageItem[];
  /** The priority (or one of its sub-priorities in the view) names this area as its own. */
  relevant: boolean;
}

export interface CoverageRow {
  priority: Entry;
  /** 0 for a top-level row; sub-priorities are indented below their parent in the detailed view. */
  depth: number;
  cells: CoverageCell[];
  /** Everything behind the row, whatever its area. */
  items: CoverageItem[];
  /** Sub-priorities whose work this row includes (folded in the summary view). */
  subPriorities: number;
}

export interface Coverage {
  areas: Term[];
  rows: CoverageRow[];
  /** Rows of the view with the areas they name but have nothing behind. */
  gaps: { priority: Entry; areas: Term[] }[];
  /** Work (in the filter) that names no priority, per area and in all. */
  unlinked: { cells: CoverageCell[]; items: CoverageItem[] };
}

const itemsCache = new WeakMap<Catalog, CoverageItem[]>();

/** Every piece of work the matrix can count, in the catalog's language (Lithuanian-only entries included in English). */
export function coverageItems(catalog: Catalog): CoverageItem[] {
  const cached = itemsCache.get(catalog);
  if (cached) return cached;
  const priorityIds = new Set(catalog.sections.priorities.map((p) => p.documentId));
  const known = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id && priorityIds.has(id)))];
  const terms = (entry: Entry, key: 'area' | 'municipality') => (entry.facets[key] ?? []).map((v) => v.key);
  const item = (
    kind: CoverageKind,
    entry: Entry,
    priorities: (string | null)[],
    years: [number, number] | null,
    extra: { followUp?: FollowUp; service?: string } = {},
  ): CoverageItem => ({
    kind,
    entry,
    ...extra,
    priorities: known(priorities),
    areas: terms(entry, 'area'),
    municipalities: terms(entry, 'municipality'),
    years,
  });

  const items: CoverageItem[] = [];
  for (const kind of ['goodPractices', 'research', 'funding', 'seminars', 'partnerSearch'] as const) {
    for (const entry of catalog.sections[kind])
      if (entry.work) items.push(item(kind, entry, entry.work.priorities, entry.work.years));
  }
  // Each service an organisation runs, with the priority it serves; it runs now, so every period counts it.
  for (const entry of catalog.sections.organisations) {
    for (const service of entry.organisation?.services ?? [])
      items.push(item('services', entry, [service.priority], null, { service: service.name }));
  }
  for (const seminar of catalog.sections.seminars) {
    for (const action of seminar.followUps ?? []) {
      const due = action.dueDate ? Number(action.dueDate.slice(0, 4)) : null;
      items.push(
        item('followUps', seminar, [action.priority], due != null ? [due, due] : (seminar.work?.years ?? null), {
          followUp: action,
        }),
      );
    }
  }
  itemsCache.set(catalog, items);
  return items;
}

const overlaps = (a: [number, number] | null, b: [number, number]) => !a || (a[0] <= b[1] && a[1] >= b[0]);
/** The municipality terms that stand for the whole country ("All of Lithuania"). */
export function nationalScope(catalog: Catalog): Set<string> {
  return new Set(
    catalog.taxonomies.municipality
      .filter((t) => (t as Term & { scope?: string | null }).scope === 'national')
      .map((t) => t.documentId),
  );
}

function priorityInView(priority: Entry, filter: CoverageFilter | null, national: Set<string>): boolean {
  const facts = priority.priority;
  if (!filter || !facts) return true;
  if (filter.key === 'level') return facts.level === filter.level;
  if (filter.key === 'period')
    return overlaps([facts.periodStart ?? -Infinity, facts.periodEnd ?? Infinity], filter.period);
  // A municipality sees its own priorities and the national ones that apply everywhere.
  const places = (priority.facets.municipality ?? []).map((v) => v.key);
  return (
    places.includes(filter.term.documentId) ||
    places.some((p) => national.has(p)) ||
    (places.length === 0 && facts.level !== 'municipal')
  );
}

function itemInView(item: CoverageItem, filter: CoverageFilter | null): boolean {
  if (filter?.key === 'municipality') return item.municipalities.includes(filter.term.documentId);
  if (filter?.key === 'period') return overlaps(item.years, filter.period);
  return true;
}

/**
 * The matrix for one view. `detailed` lists sub-priorities as rows of their own under their
 * parent; otherwise only top-level rows, each including its sub-priorities' work.
 */
export function computeCoverage(catalog: Catalog, filter: CoverageFilter | null = null, detailed = false): Coverage {
  const cache = coverageCache.get(catalog) ?? new Map<string, Coverage>();
  coverageCache.set(catalog, cache);
  const key = `${filterId(filter)}|${detailed}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const coverage = compute(catalog, filter, detailed);
  cache.set(key, coverage);
  return coverage;
}

const coverageCache = new WeakMap<Catalog, Map<string, Coverage>>();

function compute(catalog: Catalog, filter: CoverageFilter | null, detailed: boolean): Coverage {
  const areas = catalog.taxonomies.area;
  const national = nationalScope(catalog);
  const priorities = catalog.sections.priorities.filter((p) => priorityInView(p, filter, national));
  const visible = new Map(priorities.map((p) => [p.documentId, p]));
  const all = new Map(catalog.sections.priorities.map((p) => [p.documentId, p]));

  // The tree of visible priorities: a priority hangs under its nearest visible ancestor.
  const visibleParent = (p: Entry): string | null => {
    const seen = new Set<string>();
    for (let id = p.priority?.parent ?? null; id && !seen.has(id); id = all.get(id)?.priority?.parent ?? null) {
      seen.add(id);
      if (visible.has(id)) return id;
    }
    return null;
  };
  const children = new Map<string | null, Entry[]>();
  for (const p of priorities) {
    const parent = visibleParent(p);
    const siblings = children.get(parent) ?? [];
    children.set(parent, siblings);
    siblings.push(p);
  }
  const subtree = (p: Entry): Entry[] => [p, ...(children.get(p.documentId) ?? []).flatMap(subtree)];

  const items = coverageItems(catalog).filter((i) => itemInView(i, filter));
  const byPriority = new Map<string, CoverageItem[]>();
  for (const item of items) {
    for (const id of item.priorities) {
      const list = byPriority.get(id);
      if (list) list.push(item);
      else byPriority.set(id, [item]);
    }
  }

  const cellsOf = (list: CoverageItem[], relevantAreas: Set<string>): CoverageCell[] =>
    areas.map((area) => ({
      area,
      items: list.filter((i) => i.areas.includes(area.documentId)),
      relevant: relevantAreas.has(area.documentId),
    }));

  const row = (p: Entry, depth: number): CoverageRow => {
    const members = subtree(p);
    const behind = [...new Set(members.flatMap((m) => byPriority.get(m.documentId) ?? []))];
    const named = new Set(members.flatMap((m) => (m.facets.area ?? []).map((v) => v.key)));
    return { priority: p, depth, cells: cellsOf(behind, named), items: behind, subPriorities: members.length - 1 };
  };
  const rows: CoverageRow[] = [];
  const walk = (p: Entry, depth: number) => {
    rows.push(row(p, depth));
    if (detailed) for (const child of children.get(p.documentId) ?? []) walk(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) walk(root, 0);

  const gaps = rows
    .map((r) => ({
      priority: r.priority,
      areas: r.cells.filter((c) => c.relevant && c.items.length === 0).map((c) => c.area),
    }))
    .filter((g) => g.areas.length > 0);
  const unlinkedItems = items.filter((i) => i.priorities.length === 0);
  return { areas, rows, gaps, unlinked: { cells: cellsOf(unlinkedItems, new Set()), items: unlinkedItems } };
}

/** The periods of the priorities (e.g. 2024–2026), earliest first: the period filter's values. */
export function coveragePeriods(catalog: Catalog): [number, number][] {
  const periods = new Map<string, [number, number]>();
  for (const p of catalog.sections.priorities) {
    const { periodStart, periodEnd } = p.priority ?? {};
    if (periodStart != null && periodEnd != null) periods.set(`${periodStart}-${periodEnd}`, [periodStart, periodEnd]);
  }
  return [...periods.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Items grouped by kind, in the page's order. */
export function byKind(items: CoverageItem[]): [CoverageKind, CoverageItem[]][] {
  return COVERAGE_KINDS.map(
    (kind) => [kind, items.filter((i) => i.kind === kind)] as [CoverageKind, CoverageItem[]],
  ).filter(([, list]) => list.length > 0);
}
