import { partnerRequestOpen } from '@mip/shared-types';
import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const partnerSearch: SectionDefinition<'partnerRequests'> = {
  key: 'partnerSearch',
  collection: 'partnerRequests',
  title: { lt: 'Partnerių paieška', en: 'Partner search' },
  intro: {
    lt: 'Organizacijos, ieškančios partnerių bendriems integracijos projektams ir kvietimams.',
    en: 'Organisations looking for partners for joint integration projects and calls.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType'],
  statusOrder: ['open', 'closed'],
  submitForm: 'partnerRequest',
  contact: {
    target: 'partner-request',
    title: { lt: 'Susisiekite dėl šio skelbimo', en: 'Contact about this request' },
  },
  matching: { requests: false },
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const active = partnerRequestOpen(item, ctx.now);
    const timing = active ? 'open' : 'closed';
    const roles = build.present(item.rolesSought).map((r) => enumLabel(locale, 'partnerRole', r.role));
    const partnerTypes = build
      .present(item.partnerTypesSought)
      .map((t) => enumLabel(locale, 'organisationType', t.type));
    const entry: Entry = {
      ...build.base('partnerSearch', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: build.time(locale, item.expiresAt),
      badges: [enumLabel(locale, 'requestStatus', item.requestStatus)].filter(Boolean),
      facets: {
        ...terms,
        orgType: build.orgTypeValues(locale, [item.organisation]),
        status: build.enumValues(locale, 'requestTiming', [timing]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [
          f.organisation,
          { entries: build.refs('organisations', [item.organisation]) },
          { organisation: item.organisation?.name ?? null },
        ],
        [
          f.status,
          enumLabel(locale, 'requestStatus', item.requestStatus),
          { requestStatus: item.requestStatus ?? null },
        ],
        [f.expiresAt, build.time(locale, item.expiresAt), { expiresAt: item.expiresAt ?? null }],
        [
          f.fundingCall,
          { entries: build.refs('funding', [item.fundingCall]) },
          { fundingCall: item.fundingCall?.title ?? null },
        ],
        [f.rolesSought, roles.join(', '), { rolesSought: build.present(item.rolesSought).map((r) => r.role ?? '') }],
        [
          f.partnerTypes,
          partnerTypes.join(', '),
          { partnerTypesSought: build.present(item.partnerTypesSought).map((t) => t.type ?? '') },
        ],
        [
          f.priority,
          { entries: build.refs('priorities', item.policyPriorities) },
          { policyPriorities: build.present(item.policyPriorities).map((p) => p.code) },
        ],
        ...build.taxonomyFields(locale, terms),
      ),
      blocks: build.markdown(f.projectIdea, item.projectIdea),
      links: [
        ...build.refs('organisations', [item.organisation]),
        ...build.refs('funding', [item.fundingCall]),
        ...build.refs('priorities', item.policyPriorities),
      ],
      work: { priorities: build.ids(item.policyPriorities), years: build.years(item.expiresAt, item.expiresAt, ctx) },
      seeks: {
        types: build
          .present(item.partnerTypesSought)
          .map((t) => t.type)
          .filter((t): t is NonNullable<typeof t> => !!t),
        open: active,
        fundingCall: item.fundingCall?.documentId ?? null,
        seekers: build.refs('organisations', [item.organisation]).map((ref) => ref.documentId),
      },
      order: [active ? 0 : 1, build.ms(item.expiresAt), item.title],
      published: item.updatedAt ?? '',
      contactable: item.acceptsMessages && active,
      schema: (url) => ({
        ...build.schemaBase('Demand', entry, url),
        ...(item.expiresAt ? { availabilityEnds: item.expiresAt } : {}),
        ...(item.organisation ? { seller: build.schemaOrgs([item.organisation])[0] } : {}),
      }),
    };
    return entry;
  },
};
