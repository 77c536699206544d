import { COLLECTION_KEYS, type SiteContent } from '../src/lib/cms/content.ts';
import { buildSite } from '../src/lib/site-pages.ts';

// Small hand-made CMS results (the shape of the site's GraphQL answers) for the site-model tests.

type Locale = 'lt' | 'en';
type Overrides = Record<string, unknown>;

export const NOW = new Date('2026-11-26T12:00:00Z');
export const SITE = new URL('https://mip.example/');
export const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

const named = (locale: Locale, lt: string, en: string) => ({
  name: locale === 'lt' ? lt : en,
  slug: (locale === 'lt' ? lt : en).toLowerCase().replace(/[^a-z0-9ąčęėįšųūž]+/g, '-'),
});

export const area = (locale: Locale, id = 'area-1', lt = 'Darbas', en = 'Work') => ({
  documentId: id,
  ...named(locale, lt, en),
  description: null,
  order: 1,
  mipexArea: 'none',
  localizations: [],
});
export const group = (locale: Locale, id = 'group-1', lt = 'Studentai', en = 'Students') => ({
  documentId: id,
  ...named(locale, lt, en),
  localizations: [],
});
export const municipality = (locale: Locale, id: string, lt: string, en: string, scope = 'municipality') => ({
  documentId: id,
  ...named(locale, lt, en),
  scope,
  code: null,
  county: null,
  localizations: [],
});
export const ref = (documentId: string, extra: Overrides = {}) => ({
  documentId,
  slug: documentId,
  name: documentId,
  title: documentId,
  code: documentId,
  ...extra,
});

export const org = (locale: Locale, overrides: Overrides = {}) => ({
  documentId: 'org-1',
  name: locale === 'lt' ? 'Asociacija' : 'Association',
  slug: locale === 'lt' ? 'asociacija' : 'association',
  type: 'ngo',
  summary: null,
  description: null,
  website: null,
  openToPartnership: true,
  acceptsMessages: true,
  updatedAt: days(-1),
  logo: null,
  municipality: null,
  services: [],
  integrationAreas: [area(locale)],
  targetGroups: [],
  localizations: [{ locale: locale === 'lt' ? 'en' : 'lt', slug: 'x' }],
  ...overrides,
});
export const news = (locale: Locale, id: string, date: string, title = `${locale} ${id}`) => ({
  documentId: id,
  title,
  slug: `${locale}-${id}`,
  summary: 'Santrauka',
  body: 'Tekstas',
  date,
  level: 'national',
  kind: 'policy',
  sourceUrl: null,
  updatedAt: days(-1),
  sourceOrganisation: org(locale),
  integrationAreas: [area(locale)],
  targetGroups: [],
  municipalities: [],
  cover: null,
  coverAlt: null,
  localizations: [],
});
export const call = (locale: Locale, id: string, opensAt: string, deadlineAt: string, overrides: Overrides = {}) => ({
  documentId: id,
  title: `Kvietimas ${id}`,
  slug: `call-${id}`,
  summary: null,
  description: null,
  programme: 'amif',
  callNumber: null,
  opensAt,
  deadlineAt,
  budgetEur: 100000,
  minGrantEur: null,
  maxGrantEur: null,
  coFinancingRate: null,
  partnershipRequired: false,
  callUrl: null,
  supportedActivities: null,
  updatedAt: days(-1),
  eligibleApplicantTypes: [{ type: 'ngo' }],
  funder: null,
  policyPriorities: [],
  integrationAreas: id === 'c-open' ? [area(locale)] : [],
  targetGroups: [],
  municipalities: [],
  localizations: [],
  ...overrides,
});
export const seminar = (locale: Locale, id: string, startAt: string, overrides: Overrides = {}) => ({
  documentId: id,
  title: `Renginys ${id}`,
  slug: `seminar-${id}`,
  summary: null,
  description: null,
  type: 'seminar',
  startAt,
  endAt: null,
  format: 'online',
  venue: null,
  registrationUrl: null,
  registrationDeadline: null,
  recordingUrl: null,
  participantsCount: null,
  conclusions: null,
  updatedAt: days(-1),
  municipality: null,
  organisers: [org(locale)],
  agenda: [],
  materials: [],
  followUpActions: [],
  policyPriorities: [],
  integrationAreas: [],
  targetGroups: [],
  localizations: [],
  ...overrides,
});
export const practice = (locale: Locale, id: string, overrides: Overrides = {}) => ({
  documentId: id,
  title: `Praktika ${id}`,
  slug: `practice-${id}`,
  summary: null,
  context: null,
  goals: null,
  howItWorks: null,
  results: null,
  evaluationType: 'none',
  evaluationSummary: null,
  lessonsLearned: null,
  beneficiaries: null,
  peopleReached: null,
  startDate: '2025-03-01',
  endDate: null,
  ongoing: true,
  fundingSources: [],
  transferability: null,
  publishedAt: days(-5),
  updatedAt: days(-5),
  implementingOrganisations: [],
  policyPriorities: [],
  integrationAreas: [area(locale)],
  targetGroups: [],
  municipalities: [],
  attachments: [],
  localizations: [],
  ...overrides,
});
export const priority = (locale: Locale, id: string, code: string, overrides: Overrides = {}) => ({
  documentId: id,
  code,
  title: `Prioritetas ${code}`,
  slug: `priority-${id}`,
  summary: null,
  description: null,
  level: 'national',
  periodStart: 2024,
  periodEnd: 2030,
  implementationStatus: 'in_progress',
  parent: null,
  sourceDocument: null,
  responsibleInstitutions: [],
  indicators: [],
  integrationAreas: [area(locale)],
  targetGroups: [],
  municipalities: [],
  updatedAt: days(-1),
  localizations: [],
  ...overrides,
});
export const request = (locale: Locale, id: string, overrides: Overrides = {}) => ({
  documentId: id,
  title: `Skelbimas ${id}`,
  slug: `request-${id}`,
  summary: null,
  projectIdea: null,
  expiresAt: days(30).slice(0, 10),
  requestStatus: 'open',
  acceptsMessages: true,
  updatedAt: days(-1),
  organisation: null,
  fundingCall: null,
  rolesSought: [{ role: 'partner' }],
  partnerTypesSought: [],
  policyPriorities: [],
  integrationAreas: [area(locale)],
  targetGroups: [],
  municipalities: [],
  localizations: [],
  ...overrides,
});

export function content(locale: Locale, extra: Partial<Record<keyof SiteContent, unknown[]>> = {}): SiteContent {
  // Every collection empty (a new content type too), but for one organisation and one area.
  const empty = {
    ...Object.fromEntries(COLLECTION_KEYS.map((key) => [key, []])),
    organisations: [org(locale)],
    integrationAreas: [area(locale)],
  };
  return { locale, ...empty, ...extra } as unknown as SiteContent;
}

export function twoLanguageSite(
  extra: { lt?: Parameters<typeof content>[1]; en?: Parameters<typeof content>[1] } = {},
) {
  return buildSite(
    { lt: content('lt', extra.lt), en: content('en', extra.en) },
    { now: NOW, media: (p) => `https://cms.example${p}` },
  );
}
