import { practiceOngoing } from '@mip/shared-types';
import type { Entry } from '../entries.ts';
import { formatDate, formatMoney, formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
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
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const ongoing = practiceOngoing(item, ctx.now);
    const timing = ongoing ? 'ongoing' : 'completed';
    const period = item.startDate
      ? `${formatDate(locale, item.startDate)} – ${item.endDate ? formatDate(locale, item.endDate) : f.ongoing.toLowerCase()}`
      : null;
    const funding = build
      .present(item.fundingSources)
      .map((s) =>
        [
          s.funder,
          enumLabel(locale, 'programme', s.programme),
          s.amountEur != null ? formatMoney(locale, s.amountEur) : '',
        ]
          .filter(Boolean)
          .join(', '),
      );
    const entry: Entry = {
      ...build.base('goodPractices', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: build.time(locale, item.startDate),
      badges: [
        enumLabel(locale, 'practiceTiming', timing),
        enumLabel(locale, 'evaluationType', item.evaluationType),
      ].filter(Boolean),
      facets: {
        ...terms,
        orgType: build.orgTypeValues(locale, item.implementingOrganisations),
        year: build.yearValues(item.startDate),
        status: build.enumValues(locale, 'practiceTiming', [timing]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [
          f.organisations,
          { entries: build.refs('organisations', item.implementingOrganisations) },
          { implementingOrganisations: build.names(item.implementingOrganisations) },
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
          { entries: build.refs('priorities', item.policyPriorities) },
          { policyPriorities: build.present(item.policyPriorities).map((p) => p.code) },
        ],
        ...build.taxonomyFields(locale, terms),
      ),
      blocks: [
        ...build.markdown(f.context, item.context),
        ...build.markdown(f.goals, item.goals),
        ...build.markdown(f.howItWorks, item.howItWorks),
        ...build.markdown(f.results, item.results),
        ...build.markdown(f.evaluation, item.evaluationSummary),
        ...build.markdown(f.lessonsLearned, item.lessonsLearned),
        ...build.markdown(f.transferability, item.transferability),
        ...build.files(f.attachments, item.attachments, ctx),
      ],
      links: [
        ...build.refs('organisations', item.implementingOrganisations),
        ...build.refs('priorities', item.policyPriorities),
      ],
      work: {
        priorities: build.ids(item.policyPriorities),
        years: build.years(item.startDate, item.ongoing ? null : item.endDate, ctx),
      },
      order: [-build.ms(item.publishedAt ?? item.updatedAt), item.title],
      published: item.publishedAt ?? item.updatedAt ?? '',
      schema: (url) => ({
        ...build.schemaBase('CreativeWork', entry, url),
        genre: locale === 'lt' ? 'Geroji praktika' : 'Good practice',
        creator: build.schemaOrgs(item.implementingOrganisations),
        ...(item.startDate ? { temporalCoverage: `${item.startDate}/${item.endDate ?? '..'}` } : {}),
        about: terms.area.map((a) => a.label),
      }),
    };
    return entry;
  },
};
