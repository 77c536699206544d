import type { Entry, FactValue } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const organisations: SectionDefinition<'organisations'> = {
  key: 'organisations',
  collection: 'organisations',
  title: { lt: 'Organizacijos', en: 'Organisations' },
  intro: {
    lt: 'Institucijos, savivaldybės, tyrėjai, NVO ir migrantų organizacijos, dirbančios integracijos srityje.',
    en: 'Institutions, municipalities, researchers, NGOs and migrant organisations working on integration.',
  },
  facets: ['orgType', 'area', 'group', 'municipality'],
  contact: { target: 'organisation', title: { lt: 'Parašykite organizacijai', en: 'Write to the organisation' } },
  follow: { topic: 'organisation', hears: 'linked' },
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const services = build.present(item.services);
    const entry: Entry = {
      ...build.base('organisations', item, ctx),
      title: item.name,
      summary: item.summary ?? null,
      date: null,
      badges: [
        enumLabel(locale, 'organisationType', item.type),
        item.openToPartnership ? f.openToPartnership : '',
      ].filter(Boolean),
      facets: { ...terms, orgType: build.enumValues(locale, 'organisationType', [item.type]) },
      ...build.entryFields(
        locale,
        { documentId: item.documentId, slug: item.slug, name: item.name, summary: item.summary ?? null },
        item.updatedAt,
        [build.ui(locale).kind, enumLabel(locale, 'organisationType', item.type), { type: item.type ?? null }],
        [f.website, build.link(item.website), { website: item.website ?? null }],
        [null, null, { municipality: item.municipality?.name ?? null }],
        [
          f.openToPartnership,
          build.yesNo(locale, item.openToPartnership),
          { openToPartnership: item.openToPartnership ?? null },
        ],
        // One municipality, given by name above.
        ...build
          .taxonomyFields(locale, terms)
          .map(
            ([label, shown, columns]): build.Field => [
              label,
              shown,
              columns && 'municipalities' in columns ? null : columns,
            ],
          ),
        [null, null, { services: services.map((s) => s.name) }],
      ),
      blocks: [
        ...build.markdown('', item.description),
        ...(services.length
          ? [
              {
                kind: 'table' as const,
                heading: f.services,
                columns: [f.services, f.serviceLanguages, f.priority],
                rows: services.map((s): FactValue[] => [
                  s.description ? `${s.name}: ${s.description}` : s.name,
                  s.languages ?? '',
                  { entries: build.refs('priorities', [s.priority]) },
                ]),
              },
            ]
          : []),
      ],
      // Shown beside the name it spells out: decorative.
      image: build.image('logo', item.logo, '', ctx),
      links: build.refs(
        'priorities',
        services.map((s) => s.priority),
      ),
      organisation: {
        open: item.openToPartnership === true,
        type: item.type ?? null,
        services: services.map((s) => ({ name: s.name, priority: s.priority?.documentId ?? null })),
      },
      order: [item.name],
      published: item.updatedAt ?? '',
      contactable: item.acceptsMessages,
      schema: (url) => ({
        ...build.schemaBase('Organization', entry, url),
        ...(item.website ? { sameAs: item.website } : {}),
        ...(item.logo ? { logo: ctx.media(item.logo.url) } : {}),
        ...(item.municipality ? { areaServed: item.municipality.name } : {}),
      }),
    };
    return entry;
  },
};
