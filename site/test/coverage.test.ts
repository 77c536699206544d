import { describe, expect, it } from 'vitest';
import { computeCoverage, type Coverage, type CoverageFilter } from '../src/lib/coverage.ts';
import { coverageFilters, coverageViews, followUpYears } from '../src/lib/coverage-pages.ts';
import { matchOrganisations, openRequestsForCall } from '../src/lib/matching.ts';
import { openDataRows } from '../src/lib/open-data.ts';
import {
  area,
  call,
  days,
  group,
  municipality,
  org,
  practice,
  priority,
  ref,
  request,
  seminar,
  SITE,
  twoLanguageSite,
} from './fixtures.ts';

// The coverage matrix, partner matching and follow-up lists, computed from small hand-made data.

type Locale = 'lt' | 'en';
const areas = (l: Locale) => [
  area(l, 'a-work', 'Darbas', 'Work'),
  area(l, 'a-lang', 'Kalba', 'Language'),
  area(l, 'a-house', 'Būstas', 'Housing'),
];
const places = (l: Locale) => [
  municipality(l, 'm-all', 'Visa Lietuva', 'All of Lithuania', 'national'),
  municipality(l, 'm-vln', 'Vilnius', 'Vilnius'),
  municipality(l, 'm-kns', 'Kaunas', 'Kaunas'),
];
const [WORK, LANG, HOUSE] = ['a-work', 'a-lang', 'a-house'];
const terms = (l: Locale, ids: string[]) => areas(l).filter((a) => ids.includes(a.documentId));
const at = (l: Locale, ids: string[]) => places(l).filter((m) => ids.includes(m.documentId));

function data(l: Locale) {
  return {
    integrationAreas: areas(l),
    municipalities: places(l),
    targetGroups: [group(l)],
    policyPriorities: [
      priority(l, 'p1', '1', { integrationAreas: terms(l, [WORK, HOUSE]), municipalities: at(l, ['m-all']) }),
      priority(l, 'p1-1', '1.1', {
        parent: ref('p1'),
        integrationAreas: terms(l, [WORK]),
        municipalities: at(l, ['m-all']),
        periodEnd: 2026,
      }),
      priority(l, 'p2', '2', {
        level: 'municipal',
        periodStart: 2021,
        periodEnd: 2023,
        integrationAreas: terms(l, [LANG]),
        municipalities: at(l, ['m-vln']),
      }),
      // Nothing links to it: every area it names is a gap.
      priority(l, 'p3', '3', { integrationAreas: terms(l, [LANG]), municipalities: at(l, ['m-all']) }),
    ],
    goodPractices: [
      practice(l, 'x1', {
        policyPriorities: [ref('p1-1')],
        integrationAreas: terms(l, [WORK]),
        municipalities: at(l, ['m-vln']),
        startDate: '2025-03-01',
      }),
    ],
    researchEntries: [
      {
        documentId: 'r1',
        title: 'Tyrimas',
        slug: 'r1',
        summary: null,
        type: 'study',
        publicationDate: '2024-05-01',
        authors: [],
        institutions: [],
        keyFindings: null,
        methodology: null,
        doi: null,
        isbn: null,
        fullTextUrl: null,
        file: null,
        language: 'lt',
        updatedAt: days(-3),
        localizations: [],
        policyPriorities: [ref('p1'), ref('p1-1')],
        integrationAreas: terms(l, [WORK, LANG]),
        targetGroups: [],
        municipalities: at(l, ['m-kns']),
      },
    ],
    organisations: [
      org(l, {
        documentId: 'o-ngo',
        integrationAreas: terms(l, [LANG, WORK]),
        targetGroups: [group(l)],
        municipality: at(l, ['m-vln'])[0],
        services: [
          { name: 'Kalbos klubas', description: null, languages: 'lt', priority: ref('p2') },
          { name: 'Konsultacijos', description: null, languages: 'lt', priority: null },
        ],
      }),
      org(l, { documentId: 'o-biz', slug: 'biz', name: 'Įmonė', type: 'business', integrationAreas: terms(l, [WORK]) }),
      org(l, {
        documentId: 'o-closed',
        slug: 'closed',
        name: 'Uždara NVO',
        openToPartnership: false,
        integrationAreas: terms(l, [WORK]),
      }),
      org(l, {
        documentId: 'o-kaunas',
        slug: 'kaunas',
        name: 'Kauno NVO',
        integrationAreas: terms(l, [WORK]),
        municipality: at(l, ['m-kns'])[0],
      }),
    ],
    seminars: [
      seminar(l, 's1', '2026-03-10T10:00:00Z', {
        integrationAreas: terms(l, [WORK]),
        followUpActions: [
          {
            action: 'Parengti gaires',
            status: 'in_progress',
            dueDate: '2026-12-01',
            priority: ref('p1'),
            responsibleOrganisation: ref('o-ngo'),
          },
          {
            action: 'Surengti susitikimą',
            status: 'planned',
            dueDate: null,
            priority: null,
            responsibleOrganisation: null,
          },
        ],
      }),
      seminar(l, 's0', '2025-10-01T10:00:00Z', {
        followUpActions: [
          {
            action: 'Senas veiksmas',
            status: 'done',
            dueDate: '2025-12-01',
            priority: null,
            responsibleOrganisation: null,
          },
        ],
      }),
    ],
    fundingCalls: [
      call(l, 'c1', days(-5), days(30), {
        integrationAreas: terms(l, [WORK]),
        municipalities: at(l, ['m-vln']),
        eligibleApplicantTypes: [{ type: 'ngo' }],
      }),
    ],
    partnerRequests: [
      request(l, 'q-open', {
        fundingCall: ref('c1'),
        organisation: ref('o-kaunas', { type: 'ngo' }),
        integrationAreas: terms(l, [WORK]),
        partnerTypesSought: [{ type: 'ngo' }],
      }),
      request(l, 'q-expired', {
        fundingCall: ref('c1'),
        expiresAt: days(-2).slice(0, 10),
        integrationAreas: terms(l, [WORK]),
      }),
    ],
  };
}

const site = twoLanguageSite({ lt: data('lt'), en: data('en') });
const lt = site.catalogs.lt;
const cell = (coverage: Coverage, code: string, areaId: string) => {
  const row = coverage.rows.find((r) => r.priority.priority?.code === code)!;
  return row.cells.find((c) => c.area.documentId === areaId)!;
};
const count = (coverage: Coverage, code: string, areaId: string) => cell(coverage, code, areaId).items.length;
const codes = (coverage: Coverage) => coverage.rows.map((r) => `${'  '.repeat(r.depth)}${r.priority.priority?.code}`);

describe('the coverage matrix', () => {
  const summary = computeCoverage(lt);

  it('has a row per top-level priority that folds in its sub-priorities, counting each piece of work once', () => {
    expect(codes(summary)).toEqual(['1', '2', '3']);
    // Work: the practice (via 1.1), the research (linked to 1 and 1.1, counted once) and a follow-up action.
    expect(count(summary, '1', WORK)).toBe(3);
    expect(
      cell(summary, '1', WORK)
        .items.map((i) => i.kind)
        .sort(),
    ).toEqual(['followUps', 'goodPractices', 'research']);
    expect(count(summary, '1', LANG)).toBe(1);
    expect(summary.rows[0]).toMatchObject({ subPriorities: 1 });
    expect(summary.rows[0].items).toHaveLength(3);
    // An organisation's service counts for the priority it serves.
    expect(cell(summary, '2', LANG).items.map((i) => [i.kind, i.service])).toEqual([['services', 'Kalbos klubas']]);
  });

  it('lists sub-priorities under their parent in the detailed view', () => {
    const detailed = computeCoverage(lt, null, true);
    expect(codes(detailed)).toEqual(['1', '  1.1', '2', '3']);
    expect(count(detailed, '1.1', WORK)).toBe(2);
  });

  it('shows a gap where a priority names an area with nothing behind it, and a priority with no links at all', () => {
    expect(cell(summary, '1', HOUSE)).toMatchObject({ relevant: true, items: [] });
    expect(cell(summary, '1', LANG).relevant).toBe(false);
    expect(summary.gaps.map((g) => [g.priority.priority?.code, g.areas.map((a) => a.documentId)])).toEqual([
      ['1', [HOUSE]],
      ['3', [LANG]],
    ]);
  });

  it('lists the work linked to no priority, per area', () => {
    const unlinked = summary.unlinked.items.map((i) => i.service ?? i.followUp?.action ?? i.entry.documentId).sort();
    expect(unlinked).toEqual([
      'Konsultacijos',
      'Senas veiksmas',
      'Surengti susitikimą',
      'c1',
      'q-expired',
      'q-open',
      's0',
      's1',
    ]);
    expect(summary.unlinked.cells.find((c) => c.area.documentId === LANG)!.items.map((i) => i.service)).toEqual([
      'Konsultacijos',
    ]);
  });

  it('filters by municipality: its own and the national priorities, and only the work done there', () => {
    const vilnius: CoverageFilter = {
      key: 'municipality',
      term: lt.taxonomies.municipality.find((t) => t.documentId === 'm-vln')!,
    };
    const view = computeCoverage(lt, vilnius);
    expect(codes(view)).toEqual(['1', '2', '3']);
    expect(count(view, '1', WORK)).toBe(1); // the practice; the research is in Kaunas, the seminar has no place
    const kaunas = computeCoverage(lt, {
      key: 'municipality',
      term: lt.taxonomies.municipality.find((t) => t.documentId === 'm-kns')!,
    });
    expect(codes(kaunas)).toEqual(['1', '3']);
    expect(count(kaunas, '1', WORK)).toBe(1);
  });

  it('filters by level (rows only) and by period (rows and the work of those years)', () => {
    expect(codes(computeCoverage(lt, { key: 'level', level: 'municipal' }))).toEqual(['2']);
    const national = computeCoverage(lt, { key: 'level', level: 'national' }, true);
    expect(codes(national)).toEqual(['1', '  1.1', '3']);
    expect(count(national, '1', WORK)).toBe(3);
    const early = computeCoverage(lt, { key: 'period', period: [2021, 2023] });
    expect(codes(early)).toEqual(['2']);
    // The service has no dates: it runs now, so every period counts it.
    expect(count(early, '2', LANG)).toBe(1);
    const actionPlan = computeCoverage(lt, { key: 'period', period: [2024, 2026] }, true);
    expect(codes(actionPlan)).toEqual(['1', '  1.1', '3']);
  });

  it('is empty but valid without priorities or work', () => {
    const empty = twoLanguageSite();
    const coverage = computeCoverage(empty.catalogs.lt);
    expect(coverage).toMatchObject({ rows: [], gaps: [], unlinked: { items: [] } });
    expect(coverageFilters(empty.catalogs.lt)).toEqual([]);
    expect(empty.pages.en.filter((p) => p.kind === 'coverage').map((p) => p.path)).toEqual([
      'priorities/coverage/',
      'priorities/coverage/detailed/',
    ]);
  });

  // The CMS keeps relations the same in every language (cms/src/documents/shared-facts.ts), so each
  // language's matrix counts its own links; an entry with no English version counts in English.
  it('counts each language by its own links, and Lithuanian-only work in English', () => {
    const en = data('en');
    en.goodPractices = [
      practice('en', 'x1', { integrationAreas: terms('en', [WORK]), municipalities: at('en', ['m-vln']) }),
    ]; // no priority in English
    en.researchEntries = []; // the research exists only in Lithuanian
    const mixed = twoLanguageSite({ lt: data('lt'), en });
    expect(count(computeCoverage(mixed.catalogs.lt), '1', WORK)).toBe(3);
    expect(count(computeCoverage(mixed.catalogs.en), '1', WORK)).toBe(2);
    expect(
      cell(computeCoverage(mixed.catalogs.en), '1', WORK).items.find((i) => i.kind === 'research')?.entry.locale,
    ).toBe('lt');
  });

  it('builds a page per view with stable paths in both languages, and a list behind every row with work', () => {
    const { views, lists } = coverageViews(site.catalogs.en);
    const paths = views.map((v) => v.path);
    expect(paths).toContain('priorities/coverage/');
    expect(paths).toContain('priorities/coverage/detailed/');
    expect(paths).toContain('priorities/coverage/municipality/vilnius/');
    expect(paths).toContain('priorities/coverage/level/municipal/detailed/');
    expect(paths).toContain('priorities/coverage/period/2021-2023/');
    expect(lists.map((l) => l.path)).toContain('priorities/coverage/priority/priority-p1-1/municipality/vilnius/');
    expect(lists.map((l) => l.path)).toContain('priorities/coverage/unlinked/');
    // A level view's rows leave out sub-priorities of other levels, so its lists are its own.
    expect(lists.map((l) => l.path)).toContain('priorities/coverage/priority/priority-p2/level/municipal/');
    // Lists exist only where there is something to list.
    expect(lists.some((l) => l.subject?.documentId === 'p3')).toBe(false);
    const ltPage = site.pages.lt.find(
      (p) => p.kind === 'coverage' && p.path === 'prioritetai/apreptis/savivaldybe/vilnius/',
    )!;
    expect(site.alternates(ltPage)).toEqual([{ locale: 'en', path: '/en/priorities/coverage/municipality/vilnius/' }]);
  });

  it('publishes the matrix as open data, one row per priority and area', () => {
    const rows = openDataRows(lt, 'coverage', SITE);
    expect(rows).toHaveLength(4 * 3);
    expect(rows.find((r) => r.priorityCode === '1' && r.areaSlug === 'būstas')).toMatchObject({
      gap: true,
      total: 0,
      priorityCoversArea: true,
    });
    expect(rows.find((r) => r.priorityCode === '1.1' && r.areaSlug === 'darbas')).toMatchObject({
      parentCode: '1',
      goodPractices: 1,
      research: 1,
      total: 2,
    });
  });
});

describe('partner matching', () => {
  const entry = (section: 'funding' | 'partnerSearch', id: string) => lt.entry({ section, documentId: id })!;

  it('suggests open organisations of an eligible type in the same areas, local ones first, with reasons', () => {
    const matches = matchOrganisations(lt, entry('funding', 'c1'));
    // The business is not an eligible type, the closed NGO is not open to partnership, the Kaunas NGO is local elsewhere.
    expect(matches.map((m) => m.organisation.documentId)).toEqual(['o-ngo']);
    expect(matches[0].reasons).toMatchObject({ areas: [{ key: WORK }], municipality: { key: 'm-vln' }, type: 'ngo' });
  });

  it('suggests partners for a request, never its own organisation, and nothing once it has expired', () => {
    const forRequest = matchOrganisations(lt, entry('partnerSearch', 'q-open')).map((m) => m.organisation.documentId);
    expect(forRequest).toContain('o-ngo');
    expect(forRequest).not.toContain('o-kaunas');
    expect(matchOrganisations(lt, entry('partnerSearch', 'q-expired'))).toEqual([]);
  });

  it('lists the open requests for a call; expired ones drop out', () => {
    expect(openRequestsForCall(lt, entry('funding', 'c1')).map((r) => r.documentId)).toEqual(['q-open']);
  });
});

describe('seminar follow-up', () => {
  it('groups the follow-up actions by the seminar’s year, latest first', () => {
    const years = followUpYears(lt);
    expect(years.map((y) => [y.year, y.actions.map((a) => a.action.action)])).toEqual([
      [2026, ['Parengti gaires', 'Surengti susitikimą']],
      [2025, ['Senas veiksmas']],
    ]);
    expect(site.pages.en.filter((p) => p.kind === 'followUps').map((p) => p.path)).toEqual([
      'seminars/follow-up/',
      'seminars/follow-up/2026/',
      'seminars/follow-up/2025/',
    ]);
  });
});
