import { fundingCallStatus, partnerRequestOpen, practiceOngoing, SEMINAR_DEFAULT_HOURS, seminarUpcoming, toSlug, type FundingCallStatus, type Locale } from '@mip/shared-types';
import type { SiteContent } from './cms/index.ts';
import type { Block, CalendarEvent, Entry, EntryImage, EntryRef, FacetKey, FacetValue, Fact, FactValue, FileLink, OpenDataValue } from './entries.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format.ts';
import { UI, enumLabel, type EnumName } from './i18n/ui.ts';
import type { SectionKey } from './i18n/routes.ts';

// One configuration per section: which CMS collection it shows, its filters and feeds, and how a
// record becomes an Entry (facts, text blocks, links, schema.org type, open-data row). The generic
// listing and detail layouts know nothing about individual types.

export interface SectionContext {
  locale: Locale;
  /** The build time: call status and upcoming/past are derived from it. */
  now: Date;
  /** Absolute URL of a CMS upload. */
  media: (path: string) => string;
}

type ContentKey = Exclude<keyof SiteContent, 'locale'>;
type Item<K extends ContentKey> = SiteContent[K][number];

export interface SectionDefinition<K extends ContentKey = ContentKey> {
  key: SectionKey;
  collection: K;
  title: Record<Locale, string>;
  intro: Record<Locale, string>;
  /** Listing filters, in the order they are offered. */
  facets: FacetKey[];
  /** iCalendar feed of the section's events (deadlines, seminars). */
  calendar?: boolean;
  toEntry: (item: Item<K>, ctx: SectionContext) => Entry;
}

// --- small builders -------------------------------------------------------------------------

type Term = { documentId: string; name: string; slug: string } | null;
type Org = { documentId: string; name: string; type: string } | null;

const present = <T,>(list: readonly (T | null | undefined)[] | null | undefined): T[] =>
  (list ?? []).filter((x): x is T => x != null);

const termValues = (terms: readonly Term[] | null | undefined): FacetValue[] =>
  present(terms).map((t) => ({ key: t.documentId, slug: t.slug, label: t.name }));

function enumValues(locale: Locale, name: EnumName, values: readonly (string | null | undefined)[]): FacetValue[] {
  const unique = [...new Set(values.filter((v): v is string => !!v))];
  return unique.map((value) => {
    const label = enumLabel(locale, name, value);
    return { key: value, slug: toSlug(label), label };
  });
}

const orgTypeValues = (locale: Locale, orgs: readonly Org[]) => enumValues(locale, 'organisationType', present(orgs).map((o) => o.type));

function yearValues(date: string | null | undefined): FacetValue[] {
  if (!date) return [];
  const year = date.slice(0, 4);
  return [{ key: year, slug: year, label: year }];
}

const refs = (section: SectionKey, items: readonly ({ documentId: string } | null | undefined)[]): EntryRef[] =>
  present(items).map((item) => ({ section, documentId: item.documentId }));

/** Facts without a value are left out, so templates never show empty rows. */
function facts(...list: [string, FactValue | null | undefined | false | ''][]): Fact[] {
  return list
    .filter(([, value]) => {
      if (value === null || value === undefined || value === false || value === '') return false;
      if (typeof value === 'object' && 'entries' in value) return value.entries.length > 0;
      if (typeof value === 'object' && 'values' in value) return value.values.length > 0;
      return true;
    })
    .map(([label, value]) => ({ label, value: value as FactValue }));
}

function markdown(heading: string, text: string | null | undefined): Block[] {
  return text?.trim() ? [{ kind: 'markdown', heading, markdown: text }] : [];
}

function files(heading: string, list: readonly ({ url: string; name: string; ext?: string | null; size?: number | null } | null)[] | null | undefined, ctx: SectionContext): Block[] {
  const links: FileLink[] = present(list).map((f) => ({ url: ctx.media(f.url), name: f.name, ext: f.ext, size: f.size }));
  return links.length ? [{ kind: 'files', heading, files: links }] : [];
}

type UploadedImage = { url: string; width?: number | null; height?: number | null; formats?: unknown } | null | undefined;

/** The widest version a page loads when the browser does not choose (the CMS makes ones of 245, 500, 750 and 1000 pixels). */
const DEFAULT_IMAGE_WIDTH = 1000;

/**
 * An uploaded image as a page shows it: the versions the CMS made of it (its `formats`) and the
 * original, for the browser to pick from by width. Nothing for a file without dimensions.
 */
function image(kind: EntryImage['kind'], file: UploadedImage, alt: string, ctx: SectionContext): EntryImage | undefined {
  if (!file?.width || !file.height) return undefined;
  const versions = Object.values(typeof file.formats === 'object' && file.formats ? file.formats : {})
    .filter((v): v is { url: string; width: number } => typeof v?.url === 'string' && typeof v.width === 'number')
    .concat({ url: file.url, width: file.width })
    .sort((a, b) => a.width - b.width);
  const fallback = versions.filter((v) => v.width <= DEFAULT_IMAGE_WIDTH).at(-1) ?? versions[0]!;
  return {
    kind,
    src: ctx.media(fallback.url),
    srcset: versions.length > 1 ? versions.map((v) => `${ctx.media(v.url)} ${v.width}w`).join(', ') : null,
    width: file.width,
    height: file.height,
    alt,
  };
}

const time = (locale: Locale, value: string | null | undefined, withTime = false) =>
  value ? { time: value, text: withTime ? formatDateTime(locale, value) : formatDate(locale, value) } : null;

const link = (url: string | null | undefined, text?: string) => (url ? { url, text: text ?? url } : null);
const yesNo = (locale: Locale, value: boolean | null | undefined) => (value == null ? null : UI[locale].fields[value ? 'yes' : 'no']);
const names = (list: readonly ({ name: string } | null)[] | null | undefined) => present(list).map((x) => x.name);
const ms = (value: string | null | undefined) => (value ? Date.parse(value) : 0);
const yearOf = (value: string | null | undefined) => (value ? Number(value.slice(0, 4)) : null);
/** The years from one date to another (either may be missing; a missing end means "to now"). */
function years(from: string | null | undefined, to: string | null | undefined, ctx: SectionContext): [number, number] | null {
  const start = yearOf(from) ?? yearOf(to);
  if (start == null) return null;
  return [start, Math.max(start, yearOf(to) ?? ctx.now.getUTCFullYear())];
}
const ids = (items: readonly ({ documentId: string } | null | undefined)[] | null | undefined) => present(items).map((i) => i.documentId);

function translations(list: readonly ({ locale: string | null; slug: string } | null)[] | null | undefined) {
  return present(list)
    .filter((t): t is { locale: Locale; slug: string } => t.locale === 'lt' || t.locale === 'en')
    .map(({ locale, slug }) => ({ locale, slug }));
}

/** The fields every entry shares; each section adds its own. */
function base(section: SectionKey, item: { documentId: string; slug: string; updatedAt?: string | null; localizations?: readonly ({ locale: string | null; slug: string } | null)[] | null }, ctx: SectionContext) {
  return {
    section,
    documentId: item.documentId,
    slug: item.slug,
    locale: ctx.locale,
    translations: translations(item.localizations),
    updatedAt: item.updatedAt ?? '',
    calendar: null as CalendarEvent | null,
  };
}

function commonFacets(item: { integrationAreas?: readonly Term[] | null; targetGroups?: readonly Term[] | null; municipalities?: readonly Term[] | null }) {
  return {
    area: termValues(item.integrationAreas),
    group: termValues(item.targetGroups),
    municipality: termValues(item.municipalities),
  };
}

function taxonomyFacts(locale: Locale, f: { area: FacetValue[]; group: FacetValue[]; municipality: FacetValue[] }): [string, FactValue][] {
  const t = UI[locale].facets;
  return [
    [t.area, { facet: 'area', values: f.area }],
    [t.group, { facet: 'group', values: f.group }],
    [t.municipality, { facet: 'municipality', values: f.municipality }],
  ];
}

function schemaBase(type: string, entry: { title: string; summary: string | null; locale: Locale; updatedAt: string }, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: entry.title,
    ...(entry.summary ? { description: entry.summary } : {}),
    url,
    inLanguage: entry.locale,
    ...(entry.updatedAt ? { dateModified: entry.updatedAt } : {}),
  };
}

const schemaOrgs = (orgs: readonly Org[]) => present(orgs).map((o) => ({ '@type': 'Organization', name: o.name }));

function openDataCommon(item: { documentId: string; slug: string; title?: string; summary?: string | null; updatedAt?: string | null }, f: { area: FacetValue[]; group: FacetValue[]; municipality: FacetValue[] }): Record<string, OpenDataValue> {
  return {
    documentId: item.documentId,
    slug: item.slug,
    ...(item.title !== undefined ? { title: item.title } : {}),
    summary: item.summary ?? null,
    integrationAreas: f.area.map((v) => v.label),
    targetGroups: f.group.map((v) => v.label),
    municipalities: f.municipality.map((v) => v.label),
    updatedAt: item.updatedAt ?? null,
  };
}

// --- the sections -----------------------------------------------------------------------------

const news: SectionDefinition<'newsItems'> = {
  key: 'news',
  collection: 'newsItems',
  title: { lt: 'Naujienos', en: 'News' },
  intro: { lt: 'Migracijos ir integracijos politikos, teisės ir praktikos naujienos.', en: 'News on migration and integration policy, law and practice.' },
  facets: ['area', 'group', 'municipality', 'orgType', 'year', 'kind'],
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const entry: Entry = {
      ...base('news', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.date),
      badges: [enumLabel(locale, 'newsKind', item.kind)].filter(Boolean),
      facets: { ...terms, orgType: orgTypeValues(locale, [item.sourceOrganisation]), year: yearValues(item.date), kind: enumValues(locale, 'newsKind', [item.kind]) },
      facts: facts(
        [f.date, time(locale, item.date)],
        [f.source, item.sourceOrganisation ? { entries: refs('organisations', [item.sourceOrganisation]) } : null],
        [f.level, enumLabel(locale, 'newsLevel', item.level)],
        [f.kind, enumLabel(locale, 'newsKind', item.kind)],
        [f.externalSource, link(item.sourceUrl)],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: markdown('', item.body),
      // Described per language by the editor (the media library's one text cannot serve both
      // languages); undescribed, the cover is treated as decorative.
      image: image('cover', item.cover, item.coverAlt?.trim() ?? '', ctx),
      links: refs('organisations', [item.sourceOrganisation]),
      order: [-ms(item.date), item.title],
      published: item.date,
      schema: (url) => ({
        ...schemaBase('NewsArticle', entry, url),
        headline: item.title,
        datePublished: item.date,
        ...(item.sourceOrganisation ? { sourceOrganization: schemaOrgs([item.sourceOrganisation])[0] } : {}),
        ...(item.cover ? { image: ctx.media(item.cover.url) } : {}),
        about: terms.area.map((a) => a.label),
      }),
      openData: {
        ...openDataCommon(item, terms),
        date: item.date,
        level: item.level ?? null,
        kind: item.kind ?? null,
        sourceOrganisation: item.sourceOrganisation?.name ?? null,
        sourceUrl: item.sourceUrl ?? null,
        coverImage: item.cover ? ctx.media(item.cover.url) : null,
      },
    };
    return entry;
  },
};

const goodPractices: SectionDefinition<'goodPractices'> = {
  key: 'goodPractices',
  collection: 'goodPractices',
  title: { lt: 'Geroji praktika', en: 'Good practices' },
  intro: {
    lt: 'Išbandyti integracijos sprendimai: kontekstas, tikslai, rezultatai ir pamokos, kad kiti galėtų juos pritaikyti.',
    en: 'Tried and tested integration measures: context, goals, results and lessons, so others can adapt them.',
  },
  facets: ['area', 'group', 'municipality', 'orgType', 'year', 'status'],
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const ongoing = practiceOngoing(item, ctx.now);
    const timing = ongoing ? 'ongoing' : 'completed';
    const period = item.startDate
      ? `${formatDate(locale, item.startDate)} – ${item.endDate ? formatDate(locale, item.endDate) : f.ongoing.toLowerCase()}`
      : null;
    const funding = present(item.fundingSources).map((s) =>
      [s.funder, enumLabel(locale, 'programme', s.programme), s.amountEur != null ? formatMoney(locale, s.amountEur) : ''].filter(Boolean).join(', '),
    );
    const entry: Entry = {
      ...base('goodPractices', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.startDate),
      badges: [enumLabel(locale, 'practiceTiming', timing), enumLabel(locale, 'evaluationType', item.evaluationType)].filter(Boolean),
      facets: { ...terms, orgType: orgTypeValues(locale, item.implementingOrganisations), year: yearValues(item.startDate), status: enumValues(locale, 'practiceTiming', [timing]) },
      facts: facts(
        [f.organisations, { entries: refs('organisations', item.implementingOrganisations) }],
        [f.period, period],
        [f.funding, funding.join('; ')],
        [f.beneficiaries, item.beneficiaries],
        [f.peopleReached, item.peopleReached != null ? formatNumber(locale, item.peopleReached) : null],
        [f.evaluation, enumLabel(locale, 'evaluationType', item.evaluationType)],
        [f.priority, { entries: refs('priorities', item.policyPriorities) }],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: [
        ...markdown(f.context, item.context),
        ...markdown(f.goals, item.goals),
        ...markdown(f.howItWorks, item.howItWorks),
        ...markdown(f.results, item.results),
        ...markdown(f.evaluation, item.evaluationSummary),
        ...markdown(f.lessonsLearned, item.lessonsLearned),
        ...markdown(f.transferability, item.transferability),
        ...files(f.attachments, item.attachments, ctx),
      ],
      links: [...refs('organisations', item.implementingOrganisations), ...refs('priorities', item.policyPriorities)],
      work: { priorities: ids(item.policyPriorities), years: years(item.startDate, item.ongoing ? null : item.endDate, ctx) },
      order: [-ms(item.publishedAt ?? item.updatedAt), item.title],
      published: item.publishedAt ?? item.updatedAt ?? '',
      schema: (url) => ({
        ...schemaBase('CreativeWork', entry, url),
        genre: locale === 'lt' ? 'Geroji praktika' : 'Good practice',
        creator: schemaOrgs(item.implementingOrganisations),
        ...(item.startDate ? { temporalCoverage: `${item.startDate}/${item.endDate ?? '..'}` } : {}),
        about: terms.area.map((a) => a.label),
      }),
      openData: {
        ...openDataCommon(item, terms),
        implementingOrganisations: names(item.implementingOrganisations),
        startDate: item.startDate ?? null,
        endDate: item.endDate ?? null,
        ongoing,
        evaluationType: item.evaluationType ?? null,
        peopleReached: item.peopleReached ?? null,
        funding,
        policyPriorities: present(item.policyPriorities).map((p) => p.code),
      },
    };
    return entry;
  },
};

const REPORT_TYPES = new Set(['report', 'policy_brief', 'evaluation']);

const research: SectionDefinition<'researchEntries'> = {
  key: 'research',
  collection: 'researchEntries',
  title: { lt: 'Tyrimai', en: 'Research' },
  intro: { lt: 'Tyrimai, apklausos, vertinimai ir duomenų rinkiniai apie migraciją ir integraciją Lietuvoje.', en: 'Studies, surveys, evaluations and datasets on migration and integration in Lithuania.' },
  facets: ['area', 'group', 'municipality', 'orgType', 'year', 'kind'],
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const authors = present(item.authors).map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name));
    const entry: Entry = {
      ...base('research', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.publicationDate),
      badges: [enumLabel(locale, 'researchType', item.type)].filter(Boolean),
      facets: { ...terms, orgType: orgTypeValues(locale, item.institutions), year: yearValues(item.publicationDate), kind: enumValues(locale, 'researchType', [item.type]) },
      facts: facts(
        [f.authors, authors.join('; ')],
        [f.institutions, { entries: refs('organisations', item.institutions) }],
        [f.publicationDate, time(locale, item.publicationDate)],
        [f.kind, enumLabel(locale, 'researchType', item.type)],
        [f.language, enumLabel(locale, 'language', item.language)],
        ['DOI', item.doi ? { url: `https://doi.org/${item.doi}`, text: item.doi } : null],
        ['ISBN', item.isbn],
        [f.fullText, link(item.fullTextUrl)],
        [f.priority, { entries: refs('priorities', item.policyPriorities) }],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: [...markdown(f.keyFindings, item.keyFindings), ...markdown(f.methodology, item.methodology), ...files(f.fullText, [item.file], ctx)],
      links: [...refs('organisations', item.institutions), ...refs('priorities', item.policyPriorities)],
      work: { priorities: ids(item.policyPriorities), years: years(item.publicationDate, item.publicationDate, ctx) },
      order: [-ms(item.publicationDate), item.title],
      published: item.publicationDate ?? item.updatedAt ?? '',
      schema: (url) => ({
        ...schemaBase(item.type === 'dataset' ? 'Dataset' : item.type === 'thesis' ? 'Thesis' : REPORT_TYPES.has(item.type ?? '') ? 'Report' : 'ScholarlyArticle', entry, url),
        headline: item.title,
        ...(item.publicationDate ? { datePublished: item.publicationDate } : {}),
        author: present(item.authors).map((a) => ({ '@type': 'Person', name: a.name, ...(a.affiliation ? { affiliation: a.affiliation } : {}) })),
        publisher: schemaOrgs(item.institutions),
        ...(item.doi ? { sameAs: `https://doi.org/${item.doi}` } : {}),
        ...(item.isbn ? { isbn: item.isbn } : {}),
      }),
      openData: {
        ...openDataCommon(item, terms),
        type: item.type ?? null,
        publicationDate: item.publicationDate ?? null,
        authors,
        institutions: names(item.institutions),
        language: item.language ?? null,
        doi: item.doi ?? null,
        isbn: item.isbn ?? null,
        fullTextUrl: item.fullTextUrl ?? null,
        keyFindings: item.keyFindings ?? null,
      },
    };
    return entry;
  },
};

const CALL_STATUS_ORDER: Record<FundingCallStatus, number> = { closing_soon: 0, open: 1, forthcoming: 2, closed: 3 };

const funding: SectionDefinition<'fundingCalls'> = {
  key: 'funding',
  collection: 'fundingCalls',
  title: { lt: 'Finansavimas', en: 'Funding' },
  intro: {
    lt: 'Kvietimai teikti paraiškas integracijos projektams. Būsena apskaičiuojama pagal datas; terminai nurodyti Lietuvos laiku.',
    en: 'Calls for proposals for integration projects. Status follows the dates; deadlines are in Lithuanian time.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType', 'year'],
  calendar: true,
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const status = fundingCallStatus(item, ctx.now);
    const statusLabel = enumLabel(locale, 'fundingCallStatus', status);
    const range = item.minGrantEur != null || item.maxGrantEur != null
      ? [item.minGrantEur, item.maxGrantEur].map((v) => (v != null ? formatMoney(locale, v) : '…')).join(' – ')
      : null;
    const eligible = present(item.eligibleApplicantTypes).map((t) => t.type);
    const deadlineMs = ms(item.deadlineAt);
    const entry: Entry = {
      ...base('funding', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.deadlineAt, true),
      badges: [statusLabel],
      // "Who can apply" is the organisation-type filter of calls.
      facets: { ...terms, orgType: enumValues(locale, 'organisationType', eligible), year: yearValues(item.deadlineAt), status: enumValues(locale, 'fundingCallStatus', [status]) },
      facts: facts(
        [f.status, statusLabel],
        [f.deadline, time(locale, item.deadlineAt, true)],
        [f.opensAt, time(locale, item.opensAt, true)],
        [f.programme, enumLabel(locale, 'programme', item.programme)],
        [f.callNumber, item.callNumber],
        [f.funder, item.funder ? { entries: refs('organisations', [item.funder]) } : null],
        [f.budget, item.budgetEur != null ? formatMoney(locale, item.budgetEur) : null],
        [f.grantSize, range],
        [f.coFinancing, item.coFinancingRate != null ? `${formatNumber(locale, item.coFinancingRate)} %` : null],
        [f.partnership, yesNo(locale, item.partnershipRequired)],
        [f.eligible, eligible.map((t) => enumLabel(locale, 'organisationType', t)).join(', ')],
        [f.callPage, link(item.callUrl)],
        [f.priority, { entries: refs('priorities', item.policyPriorities) }],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: [...markdown('', item.description), ...markdown(f.activities, item.supportedActivities)],
      links: [...refs('organisations', [item.funder]), ...refs('priorities', item.policyPriorities)],
      work: { priorities: ids(item.policyPriorities), years: years(item.opensAt, item.deadlineAt, ctx) },
      seeks: { types: eligible.filter((t) => !!t) as string[], open: status !== 'closed', fundingCall: null },
      order: [CALL_STATUS_ORDER[status], status === 'closed' ? -deadlineMs : deadlineMs, item.title],
      published: item.opensAt ?? item.updatedAt ?? '',
      calendar: { start: item.deadlineAt, end: new Date(deadlineMs + 30 * 60_000).toISOString(), url: item.callUrl },
      schema: (url) => ({
        ...schemaBase('MonetaryGrant', entry, url),
        ...(item.funder ? { funder: schemaOrgs([item.funder])[0] } : {}),
        ...(item.budgetEur != null ? { amount: { '@type': 'MonetaryAmount', currency: 'EUR', value: item.budgetEur } } : {}),
        ...(item.callUrl ? { sameAs: item.callUrl } : {}),
        validFrom: item.opensAt,
        validThrough: item.deadlineAt,
      }),
      openData: {
        ...openDataCommon(item, terms),
        status,
        programme: item.programme ?? null,
        callNumber: item.callNumber ?? null,
        funder: item.funder?.name ?? null,
        opensAt: item.opensAt,
        deadlineAt: item.deadlineAt,
        budgetEur: item.budgetEur ?? null,
        minGrantEur: item.minGrantEur ?? null,
        maxGrantEur: item.maxGrantEur ?? null,
        coFinancingRate: item.coFinancingRate ?? null,
        partnershipRequired: item.partnershipRequired ?? null,
        eligibleApplicantTypes: eligible,
        callUrl: item.callUrl ?? null,
      },
    };
    return entry;
  },
};

const seminars: SectionDefinition<'seminars'> = {
  key: 'seminars',
  collection: 'seminars',
  title: { lt: 'Renginiai', en: 'Seminars' },
  intro: {
    lt: 'Seminarai, forumai ir dirbtuvės: darbotvarkės, medžiaga, išvados ir sutarti tolesni veiksmai.',
    en: 'Seminars, forums and workshops: agendas, materials, conclusions and the follow-up actions agreed.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType', 'year', 'kind'],
  calendar: true,
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = { area: termValues(item.integrationAreas), group: termValues(item.targetGroups), municipality: termValues([item.municipality]) };
    const end = item.endAt ?? new Date(ms(item.startAt) + SEMINAR_DEFAULT_HOURS * 3600_000).toISOString();
    const timing = seminarUpcoming(item, ctx.now) ? 'upcoming' : 'past';
    const startMs = ms(item.startAt);
    const followUp = present(item.followUpActions);
    const entry: Entry = {
      ...base('seminars', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.startAt, true),
      badges: [enumLabel(locale, 'seminarType', item.type), enumLabel(locale, 'seminarFormat', item.format)].filter(Boolean),
      facets: {
        ...terms,
        orgType: orgTypeValues(locale, item.organisers),
        year: yearValues(item.startAt),
        status: enumValues(locale, 'seminarTiming', [timing]),
        kind: enumValues(locale, 'seminarType', [item.type]),
      },
      facts: facts(
        [f.startAt, time(locale, item.startAt, true)],
        [f.endAt, time(locale, item.endAt, true)],
        [f.kind, enumLabel(locale, 'seminarType', item.type)],
        [f.format, enumLabel(locale, 'seminarFormat', item.format)],
        [f.venue, item.venue],
        [f.organisers, { entries: refs('organisations', item.organisers) }],
        [f.registration, timing === 'upcoming' ? link(item.registrationUrl) : null],
        [f.registrationDeadline, timing === 'upcoming' ? time(locale, item.registrationDeadline, true) : null],
        [f.recording, link(item.recordingUrl)],
        [f.participants, item.participantsCount != null ? formatNumber(locale, item.participantsCount) : null],
        [f.priority, { entries: refs('priorities', item.policyPriorities) }],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: [
        ...markdown('', item.description),
        ...(present(item.agenda).length
          ? [{ kind: 'table' as const, heading: f.agenda, columns: [f.time, f.topic, f.speaker], rows: present(item.agenda).map((a) => [a.time ?? '', a.title, a.speaker ?? '']) }]
          : []),
        ...files(f.materials, item.materials, ctx),
        ...markdown(f.conclusions, item.conclusions),
        ...(followUp.length
          ? [{
              kind: 'table' as const,
              heading: f.followUp,
              columns: [f.action, f.responsible, f.due, f.status, f.priority],
              rows: followUp.map((a): FactValue[] => [
                a.action,
                { entries: refs('organisations', [a.responsibleOrganisation]) },
                time(locale, a.dueDate) ?? '',
                enumLabel(locale, 'followUpStatus', a.status),
                { entries: refs('priorities', [a.priority]) },
              ]),
            }]
          : []),
      ],
      links: [
        ...refs('organisations', item.organisers),
        ...refs('priorities', item.policyPriorities),
        ...refs('organisations', followUp.map((a) => a.responsibleOrganisation)),
        ...refs('priorities', followUp.map((a) => a.priority)),
      ],
      work: { priorities: ids(item.policyPriorities), years: years(item.startAt, item.endAt ?? item.startAt, ctx) },
      followUps: followUp.map((a) => ({
        action: a.action,
        status: a.status ?? null,
        dueDate: a.dueDate ?? null,
        priority: a.priority?.documentId ?? null,
        responsible: a.responsibleOrganisation?.documentId ?? null,
      })),
      order: timing === 'upcoming' ? [0, startMs, item.title] : [1, -startMs, item.title],
      published: item.startAt,
      calendar: { start: item.startAt, end, location: item.venue, url: item.registrationUrl ?? item.recordingUrl },
      schema: (url) => ({
        ...schemaBase('Event', entry, url),
        startDate: item.startAt,
        endDate: end,
        eventAttendanceMode: `https://schema.org/${item.format === 'online' ? 'Online' : item.format === 'hybrid' ? 'Mixed' : 'Offline'}EventAttendanceMode`,
        eventStatus: 'https://schema.org/EventScheduled',
        location: item.format === 'online'
          ? { '@type': 'VirtualLocation', url: item.registrationUrl ?? url }
          : { '@type': 'Place', name: item.venue ?? item.municipality?.name ?? 'Lietuva', address: item.municipality?.name ?? 'Lietuva' },
        organizer: schemaOrgs(item.organisers),
      }),
      openData: {
        ...openDataCommon(item, terms),
        type: item.type ?? null,
        format: item.format ?? null,
        startAt: item.startAt,
        endAt: item.endAt ?? null,
        venue: item.venue ?? null,
        organisers: names(item.organisers),
        participantsCount: item.participantsCount ?? null,
        conclusions: item.conclusions ?? null,
        followUpActions: followUp.map((a) => `${a.action} [${a.status ?? ''}]`),
      },
    };
    return entry;
  },
};

const organisations: SectionDefinition<'organisations'> = {
  key: 'organisations',
  collection: 'organisations',
  title: { lt: 'Organizacijos', en: 'Organisations' },
  intro: {
    lt: 'Institucijos, savivaldybės, tyrėjai, NVO ir migrantų organizacijos, dirbančios integracijos srityje.',
    en: 'Institutions, municipalities, researchers, NGOs and migrant organisations working on integration.',
  },
  facets: ['orgType', 'area', 'group', 'municipality'],
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = { area: termValues(item.integrationAreas), group: termValues(item.targetGroups), municipality: termValues([item.municipality]) };
    const services = present(item.services);
    const entry: Entry = {
      ...base('organisations', item, ctx),
      title: item.name,
      summary: item.summary ?? null,
      date: null,
      badges: [enumLabel(locale, 'organisationType', item.type), item.openToPartnership ? f.openToPartnership : ''].filter(Boolean),
      facets: { ...terms, orgType: enumValues(locale, 'organisationType', [item.type]) },
      facts: facts(
        [ui(locale).kind, enumLabel(locale, 'organisationType', item.type)],
        [f.website, link(item.website)],
        [f.openToPartnership, yesNo(locale, item.openToPartnership)],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: [
        ...markdown('', item.description),
        ...(services.length
          ? [{
              kind: 'table' as const,
              heading: f.services,
              columns: [f.services, f.serviceLanguages, f.priority],
              rows: services.map((s): FactValue[] => [s.description ? `${s.name}: ${s.description}` : s.name, s.languages ?? '', { entries: refs('priorities', [s.priority]) }]),
            }]
          : []),
      ],
      // Shown beside the name it spells out: decorative.
      image: image('logo', item.logo, '', ctx),
      links: refs('priorities', services.map((s) => s.priority)),
      organisation: {
        open: item.openToPartnership === true,
        type: item.type ?? null,
        services: services.map((s) => ({ name: s.name, priority: s.priority?.documentId ?? null })),
      },
      order: [item.name],
      published: item.updatedAt ?? '',
      contactable: item.acceptsMessages,
      schema: (url) => ({
        ...schemaBase('Organization', entry, url),
        ...(item.website ? { sameAs: item.website } : {}),
        ...(item.logo ? { logo: ctx.media(item.logo.url) } : {}),
        ...(item.municipality ? { areaServed: item.municipality.name } : {}),
      }),
      openData: {
        documentId: item.documentId,
        slug: item.slug,
        name: item.name,
        summary: item.summary ?? null,
        type: item.type ?? null,
        website: item.website ?? null,
        municipality: item.municipality?.name ?? null,
        openToPartnership: item.openToPartnership ?? null,
        integrationAreas: terms.area.map((v) => v.label),
        targetGroups: terms.group.map((v) => v.label),
        services: services.map((s) => s.name),
        updatedAt: item.updatedAt ?? null,
      },
    };
    return entry;
  },
};

const partnerSearch: SectionDefinition<'partnerRequests'> = {
  key: 'partnerSearch',
  collection: 'partnerRequests',
  title: { lt: 'Partnerių paieška', en: 'Partner search' },
  intro: {
    lt: 'Organizacijos, ieškančios partnerių bendriems integracijos projektams ir kvietimams.',
    en: 'Organisations looking for partners for joint integration projects and calls.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType'],
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const active = partnerRequestOpen(item, ctx.now);
    const timing = active ? 'open' : 'closed';
    const roles = present(item.rolesSought).map((r) => enumLabel(locale, 'partnerRole', r.role));
    const partnerTypes = present(item.partnerTypesSought).map((t) => enumLabel(locale, 'organisationType', t.type));
    const entry: Entry = {
      ...base('partnerSearch', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.expiresAt),
      badges: [enumLabel(locale, 'requestStatus', item.requestStatus)].filter(Boolean),
      facets: { ...terms, orgType: orgTypeValues(locale, [item.organisation]), status: enumValues(locale, 'requestTiming', [timing]) },
      facts: facts(
        [f.organisation, { entries: refs('organisations', [item.organisation]) }],
        [f.status, enumLabel(locale, 'requestStatus', item.requestStatus)],
        [f.expiresAt, time(locale, item.expiresAt)],
        [f.fundingCall, { entries: refs('funding', [item.fundingCall]) }],
        [f.rolesSought, roles.join(', ')],
        [f.partnerTypes, partnerTypes.join(', ')],
        [f.priority, { entries: refs('priorities', item.policyPriorities) }],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: markdown(f.projectIdea, item.projectIdea),
      links: [...refs('organisations', [item.organisation]), ...refs('funding', [item.fundingCall]), ...refs('priorities', item.policyPriorities)],
      work: { priorities: ids(item.policyPriorities), years: years(item.expiresAt, item.expiresAt, ctx) },
      seeks: { types: present(item.partnerTypesSought).map((t) => t.type).filter((t): t is NonNullable<typeof t> => !!t), open: active, fundingCall: item.fundingCall?.documentId ?? null },
      order: [active ? 0 : 1, ms(item.expiresAt), item.title],
      published: item.updatedAt ?? '',
      contactable: item.acceptsMessages && active,
      schema: (url) => ({
        ...schemaBase('Demand', entry, url),
        ...(item.expiresAt ? { availabilityEnds: item.expiresAt } : {}),
        ...(item.organisation ? { seller: schemaOrgs([item.organisation])[0] } : {}),
      }),
      openData: {
        ...openDataCommon(item, terms),
        organisation: item.organisation?.name ?? null,
        requestStatus: item.requestStatus ?? null,
        expiresAt: item.expiresAt ?? null,
        fundingCall: item.fundingCall?.title ?? null,
        rolesSought: present(item.rolesSought).map((r) => r.role ?? ''),
        partnerTypesSought: present(item.partnerTypesSought).map((t) => t.type ?? ''),
      },
    };
    return entry;
  },
};

const priorities: SectionDefinition<'policyPriorities'> = {
  key: 'priorities',
  collection: 'policyPriorities',
  title: { lt: 'Politikos prioritetai', en: 'Policy priorities' },
  intro: {
    lt: 'Valstybės ir savivaldybių integracijos prioritetai su rodikliais ir tuo, kas jiems įgyvendinti daroma.',
    en: 'National and municipal integration priorities, their indicators and what is being done to meet them.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType'],
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const period = [item.periodStart, item.periodEnd].filter((year) => year != null).join('–');
    const entry: Entry = {
      ...base('priorities', item, ctx),
      title: `${item.code} ${item.title}`,
      summary: item.summary ?? null,
      date: null,
      badges: [enumLabel(locale, 'implementationStatus', item.implementationStatus), enumLabel(locale, 'policyLevel', item.level)].filter(Boolean),
      facets: { ...terms, orgType: orgTypeValues(locale, item.responsibleInstitutions), status: enumValues(locale, 'implementationStatus', [item.implementationStatus]) },
      facts: facts(
        [f.code, item.code],
        [f.level, enumLabel(locale, 'policyLevel', item.level)],
        [f.period, period],
        [f.status, enumLabel(locale, 'implementationStatus', item.implementationStatus)],
        [f.parent, { entries: refs('priorities', [item.parent]) }],
        [f.sourceDocument, item.sourceDocument ? (item.sourceDocument.url ? { url: item.sourceDocument.url, text: item.sourceDocument.title } : item.sourceDocument.title) : null],
        [f.responsibleInstitutions, { entries: refs('organisations', item.responsibleInstitutions) }],
        ...taxonomyFacts(locale, terms),
      ),
      blocks: [
        ...markdown('', item.description),
        ...(present(item.indicators).length
          ? [{
              kind: 'table' as const,
              heading: f.indicators,
              columns: [f.indicator, f.baseline, f.target],
              rows: present(item.indicators).map((i) => [
                i.unit ? `${i.name} (${i.unit})` : i.name,
                i.baseline != null ? `${formatNumber(locale, i.baseline)}${i.baselineYear ? ` (${i.baselineYear})` : ''}` : '',
                i.target != null ? `${formatNumber(locale, i.target)}${i.targetYear ? ` (${i.targetYear})` : ''}` : '',
              ]),
            }]
          : []),
      ],
      links: [...refs('priorities', [item.parent]), ...refs('organisations', item.responsibleInstitutions)],
      priority: {
        code: item.code,
        parent: item.parent?.documentId ?? null,
        level: item.level ?? null,
        periodStart: item.periodStart ?? null,
        periodEnd: item.periodEnd ?? null,
      },
      order: [item.code],
      published: item.updatedAt ?? '',
      schema: (url) => ({
        ...schemaBase('CreativeWork', entry, url),
        identifier: item.code,
        genre: locale === 'lt' ? 'Politikos prioritetas' : 'Policy priority',
        ...(item.sourceDocument ? { isPartOf: { '@type': 'Legislation', name: item.sourceDocument.title, ...(item.sourceDocument.url ? { url: item.sourceDocument.url } : {}) } } : {}),
        ...(item.periodStart ? { temporalCoverage: `${item.periodStart}/${item.periodEnd ?? '..'}` } : {}),
      }),
      openData: {
        ...openDataCommon(item, terms),
        code: item.code,
        level: item.level ?? null,
        periodStart: item.periodStart ?? null,
        periodEnd: item.periodEnd ?? null,
        implementationStatus: item.implementationStatus ?? null,
        parent: item.parent?.code ?? null,
        responsibleInstitutions: names(item.responsibleInstitutions),
        indicators: present(item.indicators).map((i) => `${i.name}: ${i.baseline ?? '?'} → ${i.target ?? '?'}`),
      },
    };
    return entry;
  },
};

function ui(locale: Locale) {
  return { ...UI[locale].fields, externalSource: UI[locale].externalLink, kind: UI[locale].fields.kind };
}

/** The content sections in the order the navigation shows them. */
export const SECTION_DEFINITIONS = [news, goodPractices, research, funding, seminars, organisations, partnerSearch, priorities] as SectionDefinition[];
export type ContentSectionKey = Exclude<SectionKey, 'search'>;

export function sectionDefinition(key: SectionKey): SectionDefinition {
  const found = SECTION_DEFINITIONS.find((s) => s.key === key);
  if (!found) throw new Error(`No section "${key}"`);
  return found;
}
