import { fundingCallStatus, type FundingCallStatus } from '@mip/shared-types';
import type { Entry } from '../entries.ts';
import { formatMoney, formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
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
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const status = fundingCallStatus(item, ctx.now);
    const statusLabel = enumLabel(locale, 'fundingCallStatus', status);
    const range =
      item.minGrantEur != null || item.maxGrantEur != null
        ? [item.minGrantEur, item.maxGrantEur].map((v) => (v != null ? formatMoney(locale, v) : '…')).join(' – ')
        : null;
    const eligible = build.present(item.eligibleApplicantTypes).map((t) => t.type);
    const deadlineMs = build.ms(item.deadlineAt);
    const entry: Entry = {
      ...build.base('funding', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: build.time(locale, item.deadlineAt, true),
      badges: [statusLabel],
      // "Who can apply" is the organisation-type filter of calls.
      facets: {
        ...terms,
        orgType: build.enumValues(locale, 'organisationType', eligible),
        year: build.yearValues(item.deadlineAt),
        status: build.enumValues(locale, 'fundingCallStatus', [status]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [f.status, statusLabel, { status }],
        [f.deadline, build.time(locale, item.deadlineAt, true), { deadlineAt: item.deadlineAt }],
        [f.opensAt, build.time(locale, item.opensAt, true), { opensAt: item.opensAt }],
        [f.programme, enumLabel(locale, 'programme', item.programme), { programme: item.programme ?? null }],
        [f.callNumber, item.callNumber, { callNumber: item.callNumber ?? null }],
        [
          f.funder,
          item.funder ? { entries: build.refs('organisations', [item.funder]) } : null,
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
          build.yesNo(locale, item.partnershipRequired),
          { partnershipRequired: item.partnershipRequired ?? null },
        ],
        [
          f.eligible,
          eligible.map((t) => enumLabel(locale, 'organisationType', t)).join(', '),
          { eligibleApplicantTypes: eligible },
        ],
        [f.callPage, build.link(item.callUrl), { callUrl: item.callUrl ?? null }],
        [
          f.priority,
          { entries: build.refs('priorities', item.policyPriorities) },
          { policyPriorities: build.present(item.policyPriorities).map((p) => p.code) },
        ],
        ...build.taxonomyFields(locale, terms),
      ),
      blocks: [...build.markdown('', item.description), ...build.markdown(f.activities, item.supportedActivities)],
      links: [...build.refs('organisations', [item.funder]), ...build.refs('priorities', item.policyPriorities)],
      work: { priorities: build.ids(item.policyPriorities), years: build.years(item.opensAt, item.deadlineAt, ctx) },
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
        ...build.schemaBase('MonetaryGrant', entry, url),
        ...(item.funder ? { funder: build.schemaOrgs([item.funder])[0] } : {}),
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
