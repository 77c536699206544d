import { byName, type Locale, pageSegments, SECTION_TYPES, TAXONOMY_TYPES } from '@mip/shared-types';

/** URL segment of each section in each language: a content type's from the manifest (shared-types). */
export const SECTION_SEGMENTS = {
  ...byName(SECTION_TYPES, pageSegments),
  search: { lt: 'paieska', en: 'search' },
} satisfies Record<string, Record<Locale, string>>;

export type SectionKey = keyof typeof SECTION_SEGMENTS;

export const homePath = (locale: Locale) => `/${locale}/`;

/** Path of a section's listing, or of one entry in it. Always with a trailing slash. */
export function sectionPath(section: SectionKey, locale: Locale, slug?: string): string {
  const base = `/${locale}/${SECTION_SEGMENTS[section][locale]}/`;
  return slug ? `${base}${encodeURIComponent(slug)}/` : base;
}

/** URL segment of each listing filter, e.g. /lt/naujienos/sritis/darbas/. */
export const FACET_SEGMENTS = {
  area: { lt: 'sritis', en: 'area' },
  group: { lt: 'tiksline-grupe', en: 'target-group' },
  municipality: { lt: 'savivaldybe', en: 'municipality' },
  orgType: { lt: 'organizacijos-tipas', en: 'organisation-type' },
  year: { lt: 'metai', en: 'year' },
  status: { lt: 'busena', en: 'status' },
  kind: { lt: 'tipas', en: 'type' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Taxonomy term pages: everything linked to one area, target group or municipality. */
export const TAXONOMY_SEGMENTS = byName(TAXONOMY_TYPES, pageSegments);

export const OTHER_SEGMENTS = {
  page: { lt: 'puslapis', en: 'page' },
  openData: { lt: 'atviri-duomenys', en: 'open-data' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The coverage matrix and its lists (under the priorities section) and the follow-up pages (under seminars). */
export const COVERAGE_SEGMENTS = {
  coverage: { lt: 'apreptis', en: 'coverage' },
  detailed: { lt: 'issamiai', en: 'detailed' },
  municipality: { lt: 'savivaldybe', en: 'municipality' },
  level: { lt: 'lygmuo', en: 'level' },
  period: { lt: 'laikotarpis', en: 'period' },
  priority: { lt: 'prioritetas', en: 'priority' },
  unlinked: { lt: 'nesusieta', en: 'unlinked' },
  followUp: { lt: 'tolesni-veiksmai', en: 'follow-up' },
} as const satisfies Record<string, Record<Locale, string>>;
