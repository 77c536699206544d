import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import {
  base,
  commonFacets,
  entryFields,
  enumValues,
  files,
  identity,
  ids,
  link,
  markdown,
  ms,
  names,
  orgTypeValues,
  present,
  refs,
  schemaBase,
  schemaOrgs,
  taxonomyFields,
  time,
  ui,
  years,
  yearValues,
} from './builders.ts';
import type { SectionDefinition } from './definition.ts';

const REPORT_TYPES = new Set(['report', 'policy_brief', 'evaluation']);

export const research: SectionDefinition<'researchEntries'> = {
  key: 'research',
  collection: 'researchEntries',
  title: { lt: 'Tyrimai', en: 'Research' },
  intro: {
    lt: 'Tyrimai, apklausos, vertinimai ir duomenų rinkiniai apie migraciją ir integraciją Lietuvoje.',
    en: 'Studies, surveys, evaluations and datasets on migration and integration in Lithuania.',
  },
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
      facets: {
        ...terms,
        orgType: orgTypeValues(locale, item.institutions),
        year: yearValues(item.publicationDate),
        kind: enumValues(locale, 'researchType', [item.type]),
      },
      ...entryFields(
        locale,
        identity(item),
        item.updatedAt,
        [f.authors, authors.join('; '), { authors }],
        [
          f.institutions,
          { entries: refs('organisations', item.institutions) },
          { institutions: names(item.institutions) },
        ],
        [f.publicationDate, time(locale, item.publicationDate), { publicationDate: item.publicationDate ?? null }],
        [f.kind, enumLabel(locale, 'researchType', item.type), { type: item.type ?? null }],
        [f.language, enumLabel(locale, 'language', item.language), { language: item.language ?? null }],
        ['DOI', item.doi ? { url: `https://doi.org/${item.doi}`, text: item.doi } : null, { doi: item.doi ?? null }],
        ['ISBN', item.isbn, { isbn: item.isbn ?? null }],
        [f.fullText, link(item.fullTextUrl), { fullTextUrl: item.fullTextUrl ?? null }],
        [
          f.priority,
          { entries: refs('priorities', item.policyPriorities) },
          { policyPriorities: present(item.policyPriorities).map((p) => p.code) },
        ],
        ...taxonomyFields(locale, terms),
        [null, null, { keyFindings: item.keyFindings ?? null }],
      ),
      blocks: [
        ...markdown(f.keyFindings, item.keyFindings),
        ...markdown(f.methodology, item.methodology),
        ...files(f.fullText, [item.file], ctx),
      ],
      links: [...refs('organisations', item.institutions), ...refs('priorities', item.policyPriorities)],
      work: { priorities: ids(item.policyPriorities), years: years(item.publicationDate, item.publicationDate, ctx) },
      order: [-ms(item.publicationDate), item.title],
      published: item.publicationDate ?? item.updatedAt ?? '',
      schema: (url) => ({
        ...schemaBase(
          item.type === 'dataset'
            ? 'Dataset'
            : item.type === 'thesis'
              ? 'Thesis'
              : REPORT_TYPES.has(item.type ?? '')
                ? 'Report'
                : 'ScholarlyArticle',
          entry,
          url,
        ),
        headline: item.title,
        ...(item.publicationDate ? { datePublished: item.publicationDate } : {}),
        author: present(item.authors).map((a) => ({
          '@type': 'Person',
          name: a.name,
          ...(a.affiliation ? { affiliation: a.affiliation } : {}),
        })),
        publisher: schemaOrgs(item.institutions),
        ...(item.doi ? { sameAs: `https://doi.org/${item.doi}` } : {}),
        ...(item.isbn ? { isbn: item.isbn } : {}),
      }),
    };
    return entry;
  },
};
