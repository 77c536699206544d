import type { Entry } from '../entries.ts';
import { formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const priorities: SectionDefinition<'policyPriorities'> = {
  key: 'priorities',
  collection: 'policyPriorities',
  title: { lt: 'Politikos prioritetai', en: 'Policy priorities' },
  intro: {
    lt: 'Valstybės ir savivaldybių integracijos prioritetai su rodikliais ir tuo, kas jiems įgyvendinti daroma.',
    en: 'National and municipal integration priorities, their indicators and what is being done to meet them.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType'],
  statusOrder: ['planned', 'in_progress', 'implemented', 'delayed', 'discontinued'],
  coverageRows: true,
  follow: { topic: 'priority', hears: 'linkedTree' },
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const period = [item.periodStart, item.periodEnd].filter((year) => year != null).join('–');
    const entry: Entry = {
      ...build.base('priorities', item, ctx),
      title: `${item.code} ${item.title}`,
      summary: item.summary ?? null,
      date: null,
      badges: [
        enumLabel(locale, 'implementationStatus', item.implementationStatus),
        enumLabel(locale, 'policyLevel', item.level),
      ].filter(Boolean),
      facets: {
        ...terms,
        orgType: build.orgTypeValues(locale, item.responsibleInstitutions),
        status: build.enumValues(locale, 'implementationStatus', [item.implementationStatus]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [f.code, item.code, { code: item.code }],
        [f.level, enumLabel(locale, 'policyLevel', item.level), { level: item.level ?? null }],
        [f.period, period, { periodStart: item.periodStart ?? null, periodEnd: item.periodEnd ?? null }],
        [
          f.status,
          enumLabel(locale, 'implementationStatus', item.implementationStatus),
          { implementationStatus: item.implementationStatus ?? null },
        ],
        [f.parent, { entries: build.refs('priorities', [item.parent]) }, { parent: item.parent?.code ?? null }],
        [
          f.sourceDocument,
          item.sourceDocument
            ? item.sourceDocument.url
              ? { url: item.sourceDocument.url, text: item.sourceDocument.title }
              : item.sourceDocument.title
            : null,
          { sourceDocument: item.sourceDocument?.title ?? null },
        ],
        [
          f.responsibleInstitutions,
          { entries: build.refs('organisations', item.responsibleInstitutions) },
          { responsibleInstitutions: build.names(item.responsibleInstitutions) },
        ],
        ...build.taxonomyFields(locale, terms),
        [
          null,
          null,
          {
            indicators: build
              .present(item.indicators)
              .map((i) => `${i.name}: ${i.baseline ?? '?'} → ${i.target ?? '?'}`),
          },
        ],
      ),
      blocks: [
        ...build.markdown('', item.description),
        ...(build.present(item.indicators).length
          ? [
              {
                kind: 'table' as const,
                heading: f.indicators,
                columns: [f.indicator, f.baseline, f.target],
                rows: build
                  .present(item.indicators)
                  .map((i) => [
                    i.unit ? `${i.name} (${i.unit})` : i.name,
                    i.baseline != null
                      ? `${formatNumber(locale, i.baseline)}${i.baselineYear ? ` (${i.baselineYear})` : ''}`
                      : '',
                    i.target != null
                      ? `${formatNumber(locale, i.target)}${i.targetYear ? ` (${i.targetYear})` : ''}`
                      : '',
                  ]),
              },
            ]
          : []),
      ],
      links: [...build.refs('priorities', [item.parent]), ...build.refs('organisations', item.responsibleInstitutions)],
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
        ...build.schemaBase('CreativeWork', entry, url),
        identifier: item.code,
        genre: locale === 'lt' ? 'Politikos prioritetas' : 'Policy priority',
        ...(item.sourceDocument
          ? {
              isPartOf: {
                '@type': 'Legislation',
                name: item.sourceDocument.title,
                ...(item.sourceDocument.url ? { url: item.sourceDocument.url } : {}),
              },
            }
          : {}),
        ...(item.periodStart ? { temporalCoverage: `${item.periodStart}/${item.periodEnd ?? '..'}` } : {}),
      }),
    };
    return entry;
  },
};
