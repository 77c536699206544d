import { type Locale, toSlug } from '@mip/shared-types';
import type {
  Block,
  CalendarEvent,
  EntryImage,
  EntryRef,
  FacetValue,
  Fact,
  FactValue,
  FileLink,
  OpenDataValue,
} from '../entries.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { enumLabel, type EnumName, UI } from '../i18n/ui.ts';
import type { SectionKey } from '../i18n/routes.ts';
import type { SectionContext } from './definition.ts';

// The builders the sections share: facets, facts, blocks, images, links, schema.org and open-data basics.

export type Term = { documentId: string; name: string; slug: string } | null;
export type Org = { documentId: string; name: string; type: string } | null;

export const present = <T>(list: readonly (T | null | undefined)[] | null | undefined): T[] =>
  (list ?? []).filter((x): x is T => x != null);

export const termValues = (terms: readonly Term[] | null | undefined): FacetValue[] =>
  present(terms).map((t) => ({ key: t.documentId, slug: t.slug, label: t.name }));

export function enumValues(
  locale: Locale,
  name: EnumName,
  values: readonly (string | null | undefined)[],
): FacetValue[] {
  const unique = [...new Set(values.filter((v): v is string => !!v))];
  return unique.map((value) => {
    const label = enumLabel(locale, name, value);
    return { key: value, slug: toSlug(label), label };
  });
}

export const orgTypeValues = (locale: Locale, orgs: readonly Org[]) =>
  enumValues(
    locale,
    'organisationType',
    present(orgs).map((o) => o.type),
  );

export function yearValues(date: string | null | undefined): FacetValue[] {
  if (!date) return [];
  const year = date.slice(0, 4);
  return [{ key: year, slug: year, label: year }];
}

export const refs = (section: SectionKey, items: readonly ({ documentId: string } | null | undefined)[]): EntryRef[] =>
  present(items).map((item) => ({ section, documentId: item.documentId }));

/** A fact's value as the page shows it; nothing (null, '', false, an empty list) leaves the row out. */
export type Shown = FactValue | null | undefined | false | '';

/** Facts without a value are left out, so templates never show empty rows. */
export function facts(...list: [string, Shown][]): Fact[] {
  return list
    .filter(([, value]) => {
      if (value === null || value === undefined || value === false || value === '') return false;
      if (typeof value === 'object' && 'entries' in value) return value.entries.length > 0;
      if (typeof value === 'object' && 'values' in value) return value.values.length > 0;
      return true;
    })
    .map(([label, value]) => ({ label, value: value as FactValue }));
}

/**
 * One field of an entry, declared once: its row on the page (label and shown value) and its
 * open-data columns. A field the page shows must say what open data gets of it: its columns, or
 * `null` on purpose; a `null` label puts columns in open data only.
 */
export type Field = readonly [label: Label | null, shown: Shown, columns: Record<string, OpenDataValue> | null];

/**
 * A field's label: a text from the shared interface labels (`ui(locale)`), or, for a field of one
 * section, written beside its declaration in both languages (`{ lt: '…', en: '…' }`).
 */
export type Label = string | Readonly<Record<Locale, string>>;

/** The identifying columns every open-data row starts with. */
export function identity(item: {
  documentId: string;
  slug: string;
  title?: string;
  summary?: string | null;
}): Record<string, OpenDataValue> {
  return {
    documentId: item.documentId,
    slug: item.slug,
    ...(item.title !== undefined ? { title: item.title } : {}),
    summary: item.summary ?? null,
  };
}

/**
 * An entry's facts (in the order of its fields) and its open-data row: the identifying columns,
 * each field's columns, and when it last changed.
 */
export function entryFields(
  locale: Locale,
  first: Record<string, OpenDataValue>,
  updatedAt: string | null | undefined,
  ...fields: Field[]
): { facts: Fact[]; openData: Record<string, OpenDataValue> } {
  const openData: Record<string, OpenDataValue> = { ...first };
  for (const [, , columns] of fields) Object.assign(openData, columns);
  openData.updatedAt = updatedAt ?? null;
  return {
    facts: facts(
      ...fields
        .filter((f): f is readonly [Label, Shown, Field[2]] => f[0] !== null)
        .map(([label, shown]): [string, Shown] => [typeof label === 'string' ? label : label[locale], shown]),
    ),
    openData,
  };
}

export function markdown(heading: string, text: string | null | undefined): Block[] {
  return text?.trim() ? [{ kind: 'markdown', heading, markdown: text }] : [];
}

export function files(
  heading: string,
  list: readonly ({ url: string; name: string; ext?: string | null; size?: number | null } | null)[] | null | undefined,
  ctx: SectionContext,
): Block[] {
  const links: FileLink[] = present(list).map((f) => ({
    url: ctx.media(f.url),
    name: f.name,
    ext: f.ext,
    size: f.size,
  }));
  return links.length ? [{ kind: 'files', heading, files: links }] : [];
}

export type UploadedImage =
  | { url: string; width?: number | null; height?: number | null; formats?: unknown }
  | null
  | undefined;

/** The widest version a page loads when the browser does not choose (the CMS makes ones of 245, 500, 750 and 1000 pixels). */
export const DEFAULT_IMAGE_WIDTH = 1000;

/**
 * An uploaded image as a page shows it: the versions the CMS made of it (its `formats`) and the
 * original, for the browser to pick from by width. Nothing for a file without dimensions.
 */
export function image(
  kind: EntryImage['kind'],
  file: UploadedImage,
  alt: string,
  ctx: SectionContext,
): EntryImage | undefined {
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

export const time = (locale: Locale, value: string | null | undefined, withTime = false) =>
  value ? { time: value, text: withTime ? formatDateTime(locale, value) : formatDate(locale, value) } : null;

export const link = (url: string | null | undefined, text?: string) => (url ? { url, text: text ?? url } : null);
export const yesNo = (locale: Locale, value: boolean | null | undefined) =>
  value == null ? null : UI[locale].fields[value ? 'yes' : 'no'];
export const names = (list: readonly ({ name: string } | null)[] | null | undefined) =>
  present(list).map((x) => x.name);
export const ms = (value: string | null | undefined) => (value ? Date.parse(value) : 0);
export const yearOf = (value: string | null | undefined) => (value ? Number(value.slice(0, 4)) : null);
/** The years from one date to another (either may be missing; a missing end means "to now"). */
export function years(
  from: string | null | undefined,
  to: string | null | undefined,
  ctx: SectionContext,
): [number, number] | null {
  const start = yearOf(from) ?? yearOf(to);
  if (start == null) return null;
  return [start, Math.max(start, yearOf(to) ?? ctx.now.getUTCFullYear())];
}
export const ids = (items: readonly ({ documentId: string } | null | undefined)[] | null | undefined) =>
  present(items).map((i) => i.documentId);

export function translations(list: readonly ({ locale: string | null; slug: string } | null)[] | null | undefined) {
  return present(list)
    .filter((t): t is { locale: Locale; slug: string } => t.locale === 'lt' || t.locale === 'en')
    .map(({ locale, slug }) => ({ locale, slug }));
}

/** The fields every entry shares; each section adds its own. */
export function base(
  section: SectionKey,
  item: {
    documentId: string;
    slug: string;
    updatedAt?: string | null;
    localizations?: readonly ({ locale: string | null; slug: string } | null)[] | null;
  },
  ctx: SectionContext,
) {
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

export function commonFacets(item: {
  integrationAreas?: readonly Term[] | null;
  targetGroups?: readonly Term[] | null;
  /** Several municipalities, or (an organisation's seat, a seminar's place) one. */
  municipalities?: readonly Term[] | null;
  municipality?: Term | null;
}) {
  return {
    area: termValues(item.integrationAreas),
    group: termValues(item.targetGroups),
    municipality: termValues(item.municipality !== undefined ? present([item.municipality]) : item.municipalities),
  };
}

/** The three taxonomies as fields: links to their filters on the page, their names in open data. */
export function taxonomyFields(
  locale: Locale,
  f: { area: FacetValue[]; group: FacetValue[]; municipality: FacetValue[] },
): Field[] {
  const t = UI[locale].facets;
  const labels = (values: FacetValue[]) => values.map((v) => v.label);
  return [
    [t.area, { facet: 'area', values: f.area }, { integrationAreas: labels(f.area) }],
    [t.group, { facet: 'group', values: f.group }, { targetGroups: labels(f.group) }],
    [t.municipality, { facet: 'municipality', values: f.municipality }, { municipalities: labels(f.municipality) }],
  ];
}

export function schemaBase(
  type: string,
  entry: { title: string; summary: string | null; locale: Locale; updatedAt: string },
  url: string,
) {
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

export const schemaOrgs = (orgs: readonly Org[]) =>
  present(orgs).map((o) => ({ '@type': 'Organization', name: o.name }));

export function ui(locale: Locale) {
  return { ...UI[locale].fields, externalSource: UI[locale].externalLink, kind: UI[locale].fields.kind };
}
