import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
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
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const authors = build.present(item.authors).map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name));
    const entry: Entry = {
      ...build.base('research', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: build.time(locale, item.publicationDate),
      badges: [enumLabel(locale, 'researchType', item.type)].filter(Boolean),
      facets: {
        ...terms,
        orgType: build.orgTypeValues(locale, item.institutions),
        year: build.yearValues(item.publicationDate),
        kind: build.enumValues(locale, 'researchType', [item.type]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [f.authors, authors.join('; '), { authors }],
        [
          f.institutions,
          { entries: build.refs('organisations', item.institutions) },
          { institutions: build.names(item.institutions) },
        ],
        [
          f.publicationDate,
          build.time(locale, item.publicationDate),
          { publicationDate: item.publicationDate ?? null },
        ],
        [f.kind, enumLabel(locale, 'researchType', item.type), { type: item.type ?? null }],
        [f.language, enumLabel(locale, 'language', item.language), { language: item.language ?? null }],
        ['DOI', item.doi ? { url: `https://doi.org/${item.doi}`, text: item.doi } : null, { doi: item.doi ?? null }],
        ['ISBN', item.isbn, { isbn: item.isbn ?? null }],
        [f.fullText, build.link(item.fullTextUrl), { fullTextUrl: item.fullTextUrl ?? null }],
        [
          f.priority,
          { entries: build.refs('priorities', item.policyPriorities) },
          { policyPriorities: build.present(item.policyPriorities).map((p) => p.code) },
        ],
        ...build.taxonomyFields(locale, terms),
        [null, null, { keyFindings: item.keyFindings ?? null }],
      ),
      blocks: [
        ...build.markdown(f.keyFindings, item.keyFindings),
        ...build.markdown(f.methodology, item.methodology),
        ...build.files(f.fullText, [item.file], ctx),
      ],
      links: [...build.refs('organisations', item.institutions), ...build.refs('priorities', item.policyPriorities)],
      work: {
        priorities: build.ids(item.policyPriorities),
        years: build.years(item.publicationDate, item.publicationDate, ctx),
      },
      order: [-build.ms(item.publicationDate), item.title],
      published: item.publicationDate ?? item.updatedAt ?? '',
      schema: (url) => ({
        ...build.schemaBase(
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
        author: build.present(item.authors).map((a) => ({
          '@type': 'Person',
          name: a.name,
          ...(a.affiliation ? { affiliation: a.affiliation } : {}),
        })),
        publisher: build.schemaOrgs(item.institutions),
        ...(item.doi ? { sameAs: `https://doi.org/${item.doi}` } : {}),
        ...(item.isbn ? { isbn: item.isbn } : {}),
      }),
    };
    return entry;
  },
};
