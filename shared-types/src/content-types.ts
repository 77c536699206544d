import type { Locale } from './locales.ts';

// The public content types, written once: what the CMS, the site, the rebuild service and the
// tests need to know about each. The key (e.g. `fundingCalls`) is the type's one name in code: the
// site's content collections use it, and so does everything that maps a Strapi uid to a page.

export interface ContentTypeSpec {
  /** The Strapi content type. */
  uid: `api::${string}.${string}`;
  /**
   * Where an entry's page lives: `/<locale>/<segment>/<slug>/`, the segment per language. An empty
   * segment puts the page at the top (`/<locale>/<slug>/`: the editors' free pages). Null: the
   * type has no pages of its own (a response is shown on the page of the entry it answers).
   */
  segments: Record<Locale, string> | null;
  /** Draft & publish: only publishing changes the site. Without it (the taxonomies) a save does. */
  drafts: boolean;
  /** The open-data file (`/data/<locale>/<name>.json|csv`), or null for a type without one. */
  openData: string | null;
  /**
   * The type's inverse relations (the side with `mappedBy` in its schema.json), each with the type
   * it lists. An entry's list there changes when the other side is edited, so an incremental build
   * reads them again. cms/test/content-model.test.ts proves this equals the schemas.
   */
  inverse: Readonly<Record<string, string>>;
  /** The site's name of the type's section (its list, filters, feeds and entry pages), if it has one. */
  section?: string;
  /** The site's name of a taxonomy (its filters and term pages). */
  taxonomy?: string;
  /**
   * False for a type whose entries are one for every language (not localized in Strapi): read once
   * without a locale, shown in every language. Every other type is localized.
   */
  localized?: false;
  /**
   * Its pages get a search index of their own per language; every other page of a language shares
   * one (site/search-index.mjs). For the type published most often and the largest: a publish of
   * it makes only its index again. Not one per type: each index searched adds its own part of the
   * index to a reader's download (394 KB a search with one per section at 10,000 documents, against
   * 284 KB with news apart and 276 KB with one per language).
   */
  searchIndexApart?: true;
}

export const CONTENT_TYPES = {
  newsItems: {
    uid: 'api::news-item.news-item',
    section: 'news',
    segments: { lt: 'naujienos', en: 'news' },
    drafts: true,
    openData: 'news',
    inverse: {},
    searchIndexApart: true,
  },
  goodPractices: {
    uid: 'api::good-practice.good-practice',
    section: 'goodPractices',
    segments: { lt: 'geroji-praktika', en: 'good-practices' },
    drafts: true,
    openData: 'good-practices',
    inverse: {},
  },
  researchEntries: {
    uid: 'api::research-entry.research-entry',
    section: 'research',
    segments: { lt: 'tyrimai', en: 'research' },
    drafts: true,
    openData: 'research',
    inverse: {},
  },
  fundingCalls: {
    uid: 'api::funding-call.funding-call',
    section: 'funding',
    segments: { lt: 'finansavimas', en: 'funding' },
    drafts: true,
    openData: 'funding-calls',
    inverse: { partnerRequests: 'partnerRequests' },
  },
  seminars: {
    uid: 'api::seminar.seminar',
    section: 'seminars',
    segments: { lt: 'renginiai', en: 'seminars' },
    drafts: true,
    openData: 'seminars',
    inverse: {},
  },
  organisations: {
    uid: 'api::organisation.organisation',
    section: 'organisations',
    segments: { lt: 'organizacijos', en: 'organisations' },
    drafts: true,
    openData: 'organisations',
    inverse: {
      newsItems: 'newsItems',
      goodPractices: 'goodPractices',
      researchEntries: 'researchEntries',
      fundingCalls: 'fundingCalls',
      seminars: 'seminars',
      partnerRequests: 'partnerRequests',
      policyPriorities: 'policyPriorities',
    },
  },
  partnerRequests: {
    uid: 'api::partner-request.partner-request',
    section: 'partnerSearch',
    segments: { lt: 'partneriu-paieska', en: 'partner-search' },
    drafts: true,
    openData: 'partner-requests',
    inverse: {},
  },
  policyPriorities: {
    uid: 'api::policy-priority.policy-priority',
    section: 'priorities',
    segments: { lt: 'prioritetai', en: 'priorities' },
    drafts: true,
    openData: 'policy-priorities',
    inverse: {
      children: 'policyPriorities',
      goodPractices: 'goodPractices',
      researchEntries: 'researchEntries',
      fundingCalls: 'fundingCalls',
      seminars: 'seminars',
      partnerRequests: 'partnerRequests',
    },
  },
  integrationAreas: {
    uid: 'api::integration-area.integration-area',
    taxonomy: 'area',
    segments: { lt: 'sritys', en: 'areas' },
    drafts: false,
    openData: 'integration-areas',
    inverse: {},
  },
  targetGroups: {
    uid: 'api::target-group.target-group',
    taxonomy: 'group',
    segments: { lt: 'tikslines-grupes', en: 'target-groups' },
    drafts: false,
    openData: 'target-groups',
    inverse: {},
  },
  municipalities: {
    uid: 'api::municipality.municipality',
    taxonomy: 'municipality',
    segments: { lt: 'savivaldybes', en: 'municipalities' },
    drafts: false,
    openData: 'municipalities',
    inverse: {},
  },
  pages: { uid: 'api::page.page', segments: { lt: '', en: '' }, drafts: true, openData: null, inverse: {} },
  /** The public's responses to entries (shared-types/src/responses.ts): shown on the pages of what they answer. */
  responses: {
    uid: 'api::response.response',
    segments: null,
    drafts: true,
    openData: null,
    inverse: {},
    localized: false,
  },
} as const satisfies Record<string, ContentTypeSpec>;

export type ContentTypeKey = keyof typeof CONTENT_TYPES;
export const CONTENT_TYPE_KEYS = Object.keys(CONTENT_TYPES) as ContentTypeKey[];

type Manifest = typeof CONTENT_TYPES;

/** Each section of the site and the content type it shows, in the manifest's order (the navigation's). */
export type SectionTypes = {
  [K in ContentTypeKey as Manifest[K] extends { section: infer S extends string } ? S : never]: K;
};
export type SectionName = keyof SectionTypes;
/** Each taxonomy of the site and its content type. */
export type TaxonomyTypes = {
  [K in ContentTypeKey as Manifest[K] extends { taxonomy: infer T extends string } ? T : never]: K;
};
export type TaxonomyName = keyof TaxonomyTypes;

const namedBy = (property: 'section' | 'taxonomy') =>
  Object.fromEntries(
    CONTENT_TYPE_KEYS.flatMap((key) => {
      const name = (CONTENT_TYPES[key] as ContentTypeSpec)[property];
      return name ? [[name, key]] : [];
    }),
  );
export const SECTION_TYPES = namedBy('section') as SectionTypes;
export const TAXONOMY_TYPES = namedBy('taxonomy') as TaxonomyTypes;

/** `names`' own value of each name, from its content type's manifest entry, in the manifest's order. */
export function byName<N extends string, V>(
  names: Readonly<Record<N, ContentTypeKey>>,
  value: (spec: ContentTypeSpec) => V,
): Record<N, V> {
  return Object.fromEntries(
    Object.entries<ContentTypeKey>(names).map(([name, key]) => [name, value(CONTENT_TYPES[key])]),
  ) as Record<N, V>;
}

const BY_UID = new Map<string, ContentTypeKey>(CONTENT_TYPE_KEYS.map((key) => [CONTENT_TYPES[key].uid, key]));

/** The manifest key of a Strapi uid, or undefined for a type that is not public content. */
export const contentTypeOfUid = (uid: string): ContentTypeKey | undefined => BY_UID.get(uid);

/** A page type's segments (a section's or a taxonomy's: each has pages). */
export function pageSegments(spec: ContentTypeSpec): Record<Locale, string> {
  if (!spec.segments) throw new Error(`${spec.uid} has no pages of its own`);
  return spec.segments;
}

/** The types whose entries have pages of their own. */
export type PageTypeKey = {
  [K in ContentTypeKey]: Manifest[K]['segments'] extends null ? never : K;
}[ContentTypeKey];
export const hasPages = (key: ContentTypeKey): key is PageTypeKey => CONTENT_TYPES[key].segments !== null;

/** Whether a type's entries are per language (see ContentTypeSpec.localized). */
export const isLocalized = (key: ContentTypeKey) => (CONTENT_TYPES[key] as ContentTypeSpec).localized !== false;

/** The path of an entry's page in a language, from the site's root, with a trailing slash. */
export function entryPagePath(key: PageTypeKey, locale: Locale, slug: string): string {
  const segment = CONTENT_TYPES[key].segments[locale];
  return `/${locale}/${segment ? `${segment}/` : ''}${encodeURIComponent(slug)}/`;
}

// Types without draft & publish (the taxonomies) go live on create and update; for every other
// type only publish, unpublish and delete change what the public sees.
const LIVE_ON_SAVE = new Set<string>(
  Object.values(CONTENT_TYPES as Record<string, ContentTypeSpec>)
    .filter((t) => !t.drafts)
    .map((t) => t.uid),
);

/**
 * Whether a Strapi webhook event can change the public site. Files matter only through published
 * entries: the CMS sends `published-media.*` when a file such an entry uses changed or went, and
 * never asks for a build for a new upload (see cms/src/bootstrap/rebuild-webhook.ts). The rebuild
 * service builds on these; the CMS's tests check that nothing from outside can cause one.
 */
export function changesPublicSite(event: unknown, uid: unknown): boolean {
  if (event === 'entry.publish' || event === 'entry.unpublish' || event === 'entry.delete') return true;
  if (event === 'published-media.update' || event === 'published-media.delete') return true;
  if (event === 'entry.create' || event === 'entry.update') return typeof uid === 'string' && LIVE_ON_SAVE.has(uid);
  return false;
}
