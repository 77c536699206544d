import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import {
  base,
  commonFacets,
  entryFields,
  enumValues,
  identity,
  image,
  link,
  markdown,
  ms,
  orgTypeValues,
  refs,
  schemaBase,
  schemaOrgs,
  taxonomyFields,
  time,
  ui,
  yearValues,
} from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const news: SectionDefinition<'newsItems'> = {
  key: 'news',
  collection: 'newsItems',
  title: { lt: 'Naujienos', en: 'News' },
  intro: {
    lt: 'Migracijos ir integracijos politikos, teisės ir praktikos naujienos.',
    en: 'News on migration and integration policy, law and practice.',
  },
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
      facets: {
        ...terms,
        orgType: orgTypeValues(locale, [item.sourceOrganisation]),
        year: yearValues(item.date),
        kind: enumValues(locale, 'newsKind', [item.kind]),
      },
      ...entryFields(
        locale,
        identity(item),
        item.updatedAt,
        [f.date, time(locale, item.date), { date: item.date }],
        [
          f.source,
          item.sourceOrganisation ? { entries: refs('organisations', [item.sourceOrganisation]) } : null,
          { sourceOrganisation: item.sourceOrganisation?.name ?? null },
        ],
        [f.level, enumLabel(locale, 'newsLevel', item.level), { level: item.level ?? null }],
        [f.kind, enumLabel(locale, 'newsKind', item.kind), { kind: item.kind ?? null }],
        [f.externalSource, link(item.sourceUrl), { sourceUrl: item.sourceUrl ?? null }],
        ...taxonomyFields(locale, terms),
        [null, null, { coverImage: item.cover ? ctx.media(item.cover.url) : null }],
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
    };
    return entry;
  },
};
