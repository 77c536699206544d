import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import { base, commonFacets, enumValues, facts, files, ids, link, markdown, ms, names, openDataCommon, orgTypeValues, present, refs, schemaBase, schemaOrgs, taxonomyFacts, time, ui, years, yearValues } from './builders.ts';
import type { SectionDefinition } from './definition.ts';

const REPORT_TYPES = new Set(['report', 'policy_brief', 'evaluation']);

export const research: SectionDefinition<'researchEntries'> = {
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
