import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
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
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const entry: Entry = {
      ...build.base('news', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: build.time(locale, item.date),
      badges: [enumLabel(locale, 'newsKind', item.kind)].filter(Boolean),
      facets: {
        ...terms,
        orgType: build.orgTypeValues(locale, [item.sourceOrganisation]),
        year: build.yearValues(item.date),
        kind: build.enumValues(locale, 'newsKind', [item.kind]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [f.date, build.time(locale, item.date), { date: item.date }],
        [
          f.source,
          item.sourceOrganisation ? { entries: build.refs('organisations', [item.sourceOrganisation]) } : null,
          { sourceOrganisation: item.sourceOrganisation?.name ?? null },
        ],
        [f.level, enumLabel(locale, 'newsLevel', item.level), { level: item.level ?? null }],
        [f.kind, enumLabel(locale, 'newsKind', item.kind), { kind: item.kind ?? null }],
        [f.externalSource, build.link(item.sourceUrl), { sourceUrl: item.sourceUrl ?? null }],
        ...build.taxonomyFields(locale, terms),
        [null, null, { coverImage: item.cover ? ctx.media(item.cover.url) : null }],
      ),
      blocks: build.markdown('', item.body),
      // Described per language by the editor (the media library's one text cannot serve both
      // languages); undescribed, the cover is treated as decorative.
      image: build.image('cover', item.cover, item.coverAlt?.trim() ?? '', ctx),
      links: build.refs('organisations', [item.sourceOrganisation]),
      order: [-build.ms(item.date), item.title],
      published: item.date,
      schema: (url) => ({
        ...build.schemaBase('NewsArticle', entry, url),
        headline: item.title,
        datePublished: item.date,
        ...(item.sourceOrganisation ? { sourceOrganization: build.schemaOrgs([item.sourceOrganisation])[0] } : {}),
        ...(item.cover ? { image: ctx.media(item.cover.url) } : {}),
        about: terms.area.map((a) => a.label),
      }),
    };
    return entry;
  },
};
