import { practiceOngoing } from '@mip/shared-types';
import type { Entry } from '../entries.ts';
import { formatDate, formatMoney, formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import {
  base,
  commonFacets,
  entryFields,
  enumValues,
  files,
  identity,
  ids,
  markdown,
  ms,
  names,
  orgTypeValues,
  present,
  refs,
  schemaBase,
  schemaOrgs,
  taxonomyFields,
  time,
  ui,
  years,
  yearValues,
} from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const goodPractices: SectionDefinition<'goodPractices'> = {
  key: 'goodPractices',
  collection: 'goodPractices',
  title: { lt: 'Geroji praktika', en: 'Good practices' },
  intro: {
    lt: 'Išbandyti integracijos sprendimai: kontekstas, tikslai, rezultatai ir pamokos, kad kiti galėtų juos pritaikyti.',
    en: 'Tried and tested integration measures: context, goals, results and lessons, so others can adapt them.',
  },
  facets: ['area', 'group', 'municipality', 'orgType', 'year', 'status'],
  statusOrder: ['ongoing', 'completed'],
  submitForm: 'goodPractice',
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = ui(locale);
    const terms = commonFacets(item);
    const ongoing = practiceOngoing(item, ctx.now);
    const timing = ongoing ? 'ongoing' : 'completed';
    const period = item.startDate
      ? `${formatDate(locale, item.startDate)} – ${item.endDate ? formatDate(locale, item.endDate) : f.ongoing.toLowerCase()}`
      : null;
    const funding = present(item.fundingSources).map((s) =>
      [
        s.funder,
        enumLabel(locale, 'programme', s.programme),
        s.amountEur != null ? formatMoney(locale, s.amountEur) : '',
      ]
        .filter(Boolean)
        .join(', '),
    );
    const entry: Entry = {
      ...base('goodPractices', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: time(locale, item.startDate),
      badges: [
        enumLabel(locale, 'practiceTiming', timing),
        enumLabel(locale, 'evaluationType', item.evaluationType),
      ].filter(Boolean),
      facets: {
        ...terms,
        orgType: orgTypeValues(locale, item.implementingOrganisations),
        year: yearValues(item.startDate),
        status: enumValues(locale, 'practiceTiming', [timing]),
      },
      ...entryFields(
        locale,
        identity(item),
        item.updatedAt,
        [
          f.organisations,
          { entries: refs('organisations', item.implementingOrganisations) },
          { implementingOrganisations: names(item.implementingOrganisations) },
        ],
        [f.period, period, { startDate: item.startDate ?? null, endDate: item.endDate ?? null, ongoing }],
        [f.funding, funding.join('; '), { funding }],
        [f.beneficiaries, item.beneficiaries, { beneficiaries: item.beneficiaries ?? null }],
        [
          f.peopleReached,
          item.peopleReached != null ? formatNumber(locale, item.peopleReached) : null,
          { peopleReached: item.peopleReached ?? null },
        ],
        [
          f.evaluation,
          enumLabel(locale, 'evaluationType', item.evaluationType),
          { evaluationType: item.evaluationType ?? null },
        ],
        [
          f.priority,
          { entries: refs('priorities', item.policyPriorities) },
          { policyPriorities: present(item.policyPriorities).map((p) => p.code) },
        ],
        ...taxonomyFields(locale, terms),
      ),
      blocks: [
        ...markdown(f.context, item.context),
        ...markdown(f.goals, item.goals),
        ...markdown(f.howItWorks, item.howItWorks),
        ...markdown(f.results, item.results),
        ...markdown(f.evaluation, item.evaluationSummary),
        ...markdown(f.lessonsLearned, item.lessonsLearned),
        ...markdown(f.transferability, item.transferability),
        ...files(f.attachments, item.attachments, ctx),
      ],
      links: [...refs('organisations', item.implementingOrganisations), ...refs('priorities', item.policyPriorities)],
      work: {
        priorities: ids(item.policyPriorities),
        years: years(item.startDate, item.ongoing ? null : item.endDate, ctx),
      },
      order: [-ms(item.publishedAt ?? item.updatedAt), item.title],
      published: item.publishedAt ?? item.updatedAt ?? '',
      schema: (url) => ({
        ...schemaBase('CreativeWork', entry, url),
        genre: locale === 'lt' ? 'Geroji praktika' : 'Good practice',
        creator: schemaOrgs(item.implementingOrganisations),
        ...(item.startDate ? { temporalCoverage: `${item.startDate}/${item.endDate ?? '..'}` } : {}),
        about: terms.area.map((a) => a.label),
      }),
    };
    return entry;
  },
};
