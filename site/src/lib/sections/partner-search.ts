import { partnerRequestOpen } from '@mip/shared-types';
import type { Entry } from '../entries.ts';
import { enumLabel } from '../i18n/ui.ts';
import {
  base,
  commonFacets,
  entryFields,
  enumValues,
  identity,
  ids,
  markdown,
  ms,
  orgTypeValues,
  present,
  refs,
  schemaBase,
  schemaOrgs,
  taxonomyFields,
  time,
  ui,
  years,
} from './builders.ts';
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
    const f = ui(locale);
    const terms = commonFacets(item);
    const active = partnerRequestOpen(item, ctx.now);
    const timing = active ? 'open' : 'closed';
    const roles = present(item.rolesSought).map((r) => enumLabel(locale, 'partnerRole', r.role));
    const partnerTypes = present(item.partnerTypesSought).map((t) => enumLabel(locale, 'organisationType', t.type));
    const entry: Entry = {
      ...base('partnerSearch', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.expiresAt),
      badges: [enumLabel(locale, 'requestStatus', item.requestStatus)].filter(Boolean),
      facets: {
        ...terms,
        orgType: orgTypeValues(locale, [item.organisation]),
        status: enumValues(locale, 'requestTiming', [timing]),
      },
      ...entryFields(
        locale,
        identity(item),
        item.updatedAt,
        [
          f.organisation,
          { entries: refs('organisations', [item.organisation]) },
          { organisation: item.organisation?.name ?? null },
        ],
        [
          f.status,
          enumLabel(locale, 'requestStatus', item.requestStatus),
          { requestStatus: item.requestStatus ?? null },
        ],
        [f.expiresAt, time(locale, item.expiresAt), { expiresAt: item.expiresAt ?? null }],
        [
          f.fundingCall,
          { entries: refs('funding', [item.fundingCall]) },
          { fundingCall: item.fundingCall?.title ?? null },
        ],
        [f.rolesSought, roles.join(', '), { rolesSought: present(item.rolesSought).map((r) => r.role ?? '') }],
        [
          f.partnerTypes,
          partnerTypes.join(', '),
          { partnerTypesSought: present(item.partnerTypesSought).map((t) => t.type ?? '') },
        ],
        [
          f.priority,
          { entries: refs('priorities', item.policyPriorities) },
          { policyPriorities: present(item.policyPriorities).map((p) => p.code) },
        ],
        ...taxonomyFields(locale, terms),
      ),
      blocks: markdown(f.projectIdea, item.projectIdea),
      links: [
        ...refs('organisations', [item.organisation]),
        ...refs('funding', [item.fundingCall]),
        ...refs('priorities', item.policyPriorities),
      ],
      work: { priorities: ids(item.policyPriorities), years: years(item.expiresAt, item.expiresAt, ctx) },
      seeks: {
        types: present(item.partnerTypesSought)
          .map((t) => t.type)
          .filter((t): t is NonNullable<typeof t> => !!t),
        open: active,
        fundingCall: item.fundingCall?.documentId ?? null,
        seekers: refs('organisations', [item.organisation]).map((ref) => ref.documentId),
      },
      order: [active ? 0 : 1, ms(item.expiresAt), item.title],
      published: item.updatedAt ?? '',
      contactable: item.acceptsMessages && active,
      schema: (url) => ({
        ...schemaBase('Demand', entry, url),
        ...(item.expiresAt ? { availabilityEnds: item.expiresAt } : {}),
        ...(item.organisation ? { seller: schemaOrgs([item.organisation])[0] } : {}),
      }),
    };
    return entry;
  },
};
