import type { Entry } from '../entries.ts';
import { formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import {
  base,
  commonFacets,
  entryFields,
  enumValues,
  identity,
  markdown,
  names,
  orgTypeValues,
  present,
  refs,
  schemaBase,
  taxonomyFields,
  ui,
} from './builders.ts';
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
      badges: [
        enumLabel(locale, 'implementationStatus', item.implementationStatus),
        enumLabel(locale, 'policyLevel', item.level),
      ].filter(Boolean),
      facets: {
        ...terms,
        orgType: orgTypeValues(locale, item.responsibleInstitutions),
        status: enumValues(locale, 'implementationStatus', [item.implementationStatus]),
      },
      ...entryFields(
        locale,
        identity(item),
        item.updatedAt,
        [f.code, item.code, { code: item.code }],
        [f.level, enumLabel(locale, 'policyLevel', item.level), { level: item.level ?? null }],
        [f.period, period, { periodStart: item.periodStart ?? null, periodEnd: item.periodEnd ?? null }],
        [
          f.status,
          enumLabel(locale, 'implementationStatus', item.implementationStatus),
          { implementationStatus: item.implementationStatus ?? null },
        ],
        [f.parent, { entries: refs('priorities', [item.parent]) }, { parent: item.parent?.code ?? null }],
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
          { entries: refs('organisations', item.responsibleInstitutions) },
          { responsibleInstitutions: names(item.responsibleInstitutions) },
        ],
        ...taxonomyFields(locale, terms),
        [
          null,
          null,
          { indicators: present(item.indicators).map((i) => `${i.name}: ${i.baseline ?? '?'} → ${i.target ?? '?'}`) },
        ],
      ),
      blocks: [
        ...markdown('', item.description),
        ...(present(item.indicators).length
          ? [
              {
                kind: 'table' as const,
                heading: f.indicators,
                columns: [f.indicator, f.baseline, f.target],
                rows: present(item.indicators).map((i) => [
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
