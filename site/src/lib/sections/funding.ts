import { fundingCallStatus, type FundingCallStatus } from '@mip/shared-types';
import type { Entry } from '../entries.ts';
import { formatMoney, formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import {
  base,
  commonFacets,
  entryFields,
  enumValues,
  identity,
  ids,
  link,
  markdown,
  ms,
  present,
  refs,
  schemaBase,
  schemaOrgs,
  taxonomyFields,
  time,
  ui,
  years,
  yearValues,
  yesNo,
} from './builders.ts';
import type { SectionDefinition } from './definition.ts';

const CALL_STATUS_ORDER: Record<FundingCallStatus, number> = { closing_soon: 0, open: 1, forthcoming: 2, closed: 3 };

export const funding: SectionDefinition<'fundingCalls'> = {
  key: 'funding',
  collection: 'fundingCalls',
  title: { lt: 'Finansavimas', en: 'Funding' },
  intro: {
    lt: 'Kvietimai teikti paraiškas integracijos projektams. Būsena apskaičiuojama pagal datas; terminai nurodyti Lietuvos laiku.',
    en: 'Calls for proposals for integration projects. Status follows the dates; deadlines are in Lithuanian time.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType', 'year'],
  calendar: true,
  calendarPrefix: { lt: 'Terminas', en: 'Deadline' },
  statusOrder: ['closing_soon', 'open', 'forthcoming', 'closed'],
  matching: { requests: true },
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const status = fundingCallStatus(item, ctx.now);
    const statusLabel = enumLabel(locale, 'fundingCallStatus', status);
    const range =
      item.minGrantEur != null || item.maxGrantEur != null
        ? [item.minGrantEur, item.maxGrantEur].map((v) => (v != null ? formatMoney(locale, v) : '…')).join(' – ')
        : null;
    const eligible = present(item.eligibleApplicantTypes).map((t) => t.type);
    const deadlineMs = ms(item.deadlineAt);
    const entry: Entry = {
      ...base('funding', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.deadlineAt, true),
      badges: [statusLabel],
      // "Who can apply" is the organisation-type filter of calls.
      facets: {
        ...terms,
        orgType: enumValues(locale, 'organisationType', eligible),
        year: yearValues(item.deadlineAt),
        status: enumValues(locale, 'fundingCallStatus', [status]),
      },
      ...entryFields(
        locale,
        identity(item),
        item.updatedAt,
        [f.status, statusLabel, { status }],
        [f.deadline, time(locale, item.deadlineAt, true), { deadlineAt: item.deadlineAt }],
        [f.opensAt, time(locale, item.opensAt, true), { opensAt: item.opensAt }],
        [f.programme, enumLabel(locale, 'programme', item.programme), { programme: item.programme ?? null }],
        [f.callNumber, item.callNumber, { callNumber: item.callNumber ?? null }],
        [
          f.funder,
          item.funder ? { entries: refs('organisations', [item.funder]) } : null,
          { funder: item.funder?.name ?? null },
        ],
        [
          f.budget,
          item.budgetEur != null ? formatMoney(locale, item.budgetEur) : null,
          { budgetEur: item.budgetEur ?? null },
        ],
        [f.grantSize, range, { minGrantEur: item.minGrantEur ?? null, maxGrantEur: item.maxGrantEur ?? null }],
        [
          f.coFinancing,
          item.coFinancingRate != null ? `${formatNumber(locale, item.coFinancingRate)} %` : null,
          { coFinancingRate: item.coFinancingRate ?? null },
        ],
        [
          f.partnership,
          yesNo(locale, item.partnershipRequired),
          { partnershipRequired: item.partnershipRequired ?? null },
        ],
        [
          f.eligible,
          eligible.map((t) => enumLabel(locale, 'organisationType', t)).join(', '),
          { eligibleApplicantTypes: eligible },
        ],
        [f.callPage, link(item.callUrl), { callUrl: item.callUrl ?? null }],
        [
          f.priority,
          { entries: refs('priorities', item.policyPriorities) },
          { policyPriorities: present(item.policyPriorities).map((p) => p.code) },
        ],
        ...taxonomyFields(locale, terms),
      ),
      blocks: [...markdown('', item.description), ...markdown(f.activities, item.supportedActivities)],
      links: [...refs('organisations', [item.funder]), ...refs('priorities', item.policyPriorities)],
      work: { priorities: ids(item.policyPriorities), years: years(item.opensAt, item.deadlineAt, ctx) },
      seeks: {
        types: eligible.filter((t) => !!t) as string[],
        open: status !== 'closed',
        fundingCall: null,
        seekers: [],
      },
      order: [CALL_STATUS_ORDER[status], status === 'closed' ? -deadlineMs : deadlineMs, item.title],
      published: item.opensAt ?? item.updatedAt ?? '',
      calendar: { start: item.deadlineAt, end: new Date(deadlineMs + 30 * 60_000).toISOString(), url: item.callUrl },
      schema: (url) => ({
        ...schemaBase('MonetaryGrant', entry, url),
        ...(item.funder ? { funder: schemaOrgs([item.funder])[0] } : {}),
        ...(item.budgetEur != null
          ? { amount: { '@type': 'MonetaryAmount', currency: 'EUR', value: item.budgetEur } }
          : {}),
        ...(item.callUrl ? { sameAs: item.callUrl } : {}),
        validFrom: item.opensAt,
        validThrough: item.deadlineAt,
      }),
    };
    return entry;
  },
};
