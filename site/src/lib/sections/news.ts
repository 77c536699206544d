import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import { base, commonFacets, enumValues, facts, image, link, markdown, ms, openDataCommon, orgTypeValues, refs, schemaBase, schemaOrgs, taxonomyFacts, time, ui, yearValues } from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const news: SectionDefinition<'newsItems'> = {
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
