import { describe, expect, it } from 'vitest';
import { followUpPartKey } from '@mip/shared-types/entry-parts';
import { followIndex } from '../src/lib/follow.ts';
import { openDataRows } from '../src/lib/open-data.ts';
import { pageCacheKeys } from '../src/lib/page-keys.ts';
import { pageViews } from '../src/lib/page-views.ts';
import { days, org, priority, seminar, twoLanguageSite } from './fixtures.ts';

// The public's responses in the site model: one list for both languages, threads oldest first
// with their replies, a follow-up action's responses found by its text in either language, the
// counts lists show, and the pages that change when a response is published.

const response = (id: string, overrides: Record<string, unknown> = {}) => ({
  documentId: id,
  target: 'policyPriorities',
  targetDocumentId: 'p1',
  targetPart: null,
  stance: 'support',
  body: `Atsakymas ${id}`,
  displayName: `Autorius ${id}`,
  institutionAnswer: false,
  language: 'lt',
  publishedAt: days(-3),
  parent: null,
  organisation: null,
  ...overrides,
});

const ACTION_LT = 'Parengti kalbos kursų planą';
const ACTION_EN = 'Prepare a plan of language courses';

function site(responses: ReturnType<typeof response>[]) {
  const both = (locale: 'lt' | 'en') => ({
    policyPriorities: [priority(locale, 'p1', '1.1')],
    seminars: [
      seminar(locale, 's1', days(-20), {
        followUpActions: [
          { action: 'Kitas veiksmas', status: 'planned', dueDate: null, responsibleOrganisation: null, priority: null },
          {
            action: locale === 'lt' ? ACTION_LT : ACTION_EN,
            status: 'planned',
            dueDate: null,
            responsibleOrganisation: null,
            priority: null,
          },
        ],
        localizations: [{ locale: locale === 'lt' ? 'en' : 'lt', slug: 'seminar-s1' }],
      }),
    ],
    // Responses are one for both languages: the CMS gives the same list to each.
    responses,
  });
  return twoLanguageSite({ lt: both('lt'), en: both('en') });
}

describe('responses in the site model', () => {
  const responses = [
    response('r2', { publishedAt: days(-1), parent: { documentId: 'r1' }, language: 'en', displayName: 'Ministry' }),
    response('r1', { organisation: { documentId: 'org-1' } }),
    response('r0', { publishedAt: days(-4), stance: 'question' }),
    // A reply whose response is no longer published stands on its own.
    response('r9', { publishedAt: days(-2), parent: { documentId: 'gone' } }),
    response('a1', {
      target: 'seminars',
      targetDocumentId: 's1',
      targetPart: followUpPartKey(ACTION_EN),
      language: 'en',
    }),
    response('s0', { target: 'seminars', targetDocumentId: 's1' }),
  ];
  const built = site(responses);

  it('shows the same responses on both languages’ pages, oldest first, with their replies under them', () => {
    for (const locale of ['lt', 'en'] as const) {
      const catalog = built.catalogs[locale];
      const p1 = catalog.sections.priorities.find((e) => e.documentId === 'p1')!;
      const { threads, count } = catalog.responsesTo(p1);
      expect(count).toBe(4);
      expect(threads.map((r) => r.documentId)).toEqual(['r0', 'r1', 'r9']);
      expect(threads[1]!.replies.map((r) => r.documentId)).toEqual(['r2']);
      expect(threads[1]!.replies[0]).toMatchObject({ language: 'en', displayName: 'Ministry' });
      expect(p1.responseCount).toBe(4);
    }
  });

  it('puts a response to a follow-up action under that action on both pages, whichever language it was written in', () => {
    for (const locale of ['lt', 'en'] as const) {
      const s1 = built.catalogs[locale].sections.seminars.find((e) => e.documentId === 's1')!;
      const { threads, byAction } = built.catalogs[locale].responsesTo(s1);
      expect(threads.map((r) => r.documentId)).toEqual(['s0']);
      expect([...byAction.entries()].map(([position, list]) => [position, list.map((r) => r.documentId)])).toEqual([
        [1, ['a1']],
      ]);
    }
  });

  it('gives the entry’s page its responses and the organisations they name, in the page’s language', () => {
    const views = pageViews(built);
    const detail = [...views.values()].find(
      (v) =>
        v.main.kind === 'detail' &&
        v.page.kind === 'detail' &&
        v.page.entry.documentId === 'p1' &&
        v.page.locale === 'en',
    )!;
    expect(detail.main.kind).toBe('detail');
    if (detail.main.kind !== 'detail') return;
    expect(detail.main.context.responses?.count).toBe(4);
    expect(detail.main.context.responseOrganisations['org-1']).toMatchObject({ title: org('en').name });
  });

  it('tells the followers of a priority or a seminar of its published responses, in each language', () => {
    const index = followIndex(built);
    for (const locale of ['lt', 'en'] as const) {
      expect(index.items[locale]['responses:r2']).toMatchObject({
        topics: ['priority:p1'],
        uid: 'api::response.response',
        documentId: 'r2',
        entryLocale: 'en',
      });
      expect(index.items[locale]['responses:a1']?.topics).toEqual(['seminar:s1']);
    }
    expect(index.items.lt['responses:r2']!.path).toBe('/lt/prioritetai/priority-p1/#response-r2');
    expect(index.items.en['responses:r2']!.title).toBe('Support: Ministry · 1.1 Prioritetas 1.1');
  });

  it('gives counts only, never a response, in open data: per entry and per priority of the coverage matrix', () => {
    const rows = openDataRows(built.catalogs.lt, 'priorities', new URL('https://mip.example/'));
    expect(rows.find((r) => String(r.url).endsWith('/priority-p1/'))).toMatchObject({ responses: 4 });
    const seminars = openDataRows(built.catalogs.en, 'seminars', new URL('https://mip.example/'));
    expect(seminars.find((r) => String(r.url).endsWith('/seminar-s1/'))).toMatchObject({ responses: 2 });
    const coverage = openDataRows(built.catalogs.lt, 'coverage', new URL('https://mip.example/'));
    expect(coverage.every((r) => r.priorityResponses === 4)).toBe(true);
    expect(JSON.stringify([rows, seminars, coverage])).not.toMatch(/Atsakymas r|Autorius/);
  });

  it('changes the answered entry’s page and the lists that count it when a response is published, and no other page', () => {
    const keys = (list: ReturnType<typeof response>[]) => {
      const s = site(list);
      return new Map([...pageCacheKeys(s, pageViews(s))].map(([page, key]) => [`/${page.locale}/${page.path}`, key]));
    };
    const before = keys([]);
    const after = keys([response('r1')]);
    const changed = [...after.keys()].filter((path) => after.get(path) !== before.get(path));
    expect(changed).toEqual(
      expect.arrayContaining(['/lt/prioritetai/priority-p1/', '/en/priorities/priority-p1/', '/lt/prioritetai/']),
    );
    expect(changed).not.toContain('/lt/renginiai/seminar-s1/');
    // The priority's own page, the lists that show it (with its count) and the coverage matrix.
    expect(
      changed.every((path) => /prioritetai|priorities|sritys|areas/.test(path)),
      changed.join(),
    ).toBe(true);
  });
});
