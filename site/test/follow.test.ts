import { describe, expect, it } from 'vitest';
import { followIndexChanges } from '@mip/shared-types';
import { followIndex, followTarget } from '../src/lib/follow.ts';
import { call, days, news, org, practice, priority, ref, seminar, twoLanguageSite } from './fixtures.ts';

// Email alerts, the site's side: what each followable page lists (the follow index), and what a
// new release adds to it, which is all the CMS is told and all that is ever mailed.

const topicsOf = (index: ReturnType<typeof followIndex>, locale: 'lt' | 'en', key: string) =>
  index.items[locale][key]?.topics ?? [];

describe('what can be followed', () => {
  const site = twoLanguageSite({
    lt: {
      newsItems: [news('lt', 'n1', '2026-11-20')],
      fundingCalls: [call('lt', 'c-open', days(-10), days(40))],
      policyPriorities: [priority('lt', 'p1', '1'), priority('lt', 'p2', '1.1', { parent: ref('p1') })],
      seminars: [seminar('lt', 's1', days(-5))],
    },
  });

  it('offers every list, every filtered list (on each of its pages) and the entries whose section says so', () => {
    const kinds = site.pages.lt.filter((p) => followTarget(p)).map((p) => p.kind);
    expect(new Set(kinds)).toEqual(new Set(['listing', 'detail']));
    const listing = site.pages.lt.find(
      (p) => p.kind === 'listing' && p.section === 'funding' && p.facet?.key === 'status',
    )!;
    expect(followTarget(listing)).toEqual({
      topic: 'list:funding:status:open',
      title: 'Finansavimas: Atviras',
      path: '/lt/finansavimas/busena/atviras/',
    });
    const details = site.pages.lt.filter((p) => p.kind === 'detail');
    const followed = details.filter((p) => followTarget(p)).map((p) => followTarget(p)!.topic.split(':')[0]);
    expect(new Set(followed)).toEqual(new Set(['organisation', 'priority', 'seminar']));
    expect(followTarget(details.find((p) => p.kind === 'detail' && p.entry.section === 'news')!)).toBeNull();
    expect(site.pages.lt.filter((p) => p.kind === 'notice' || p.kind === 'search').map(followTarget)).toEqual(
      site.pages.lt.filter((p) => p.kind === 'notice' || p.kind === 'search').map(() => null),
    );
  });
});

describe('the follow index', () => {
  it('puts an entry under its section, each filter it is in, its organisations and its priority and the priority above', () => {
    const site = twoLanguageSite({
      lt: {
        newsItems: [news('lt', 'n1', '2026-11-20')],
        goodPractices: [
          practice('lt', 'g1', { implementingOrganisations: [org('lt')], policyPriorities: [ref('p2')] }),
        ],
        policyPriorities: [priority('lt', 'p1', '1'), priority('lt', 'p2', '1.1', { parent: ref('p1') })],
      },
    });
    const index = followIndex(site);
    expect(index.items.lt['news:n1']).toMatchObject({
      title: 'lt n1',
      path: '/lt/naujienos/lt-n1/',
      uid: 'api::news-item.news-item',
      documentId: 'n1',
      entryLocale: 'lt',
      kind: 'Naujienos',
    });
    expect(topicsOf(index, 'lt', 'news:n1')).toEqual(
      expect.arrayContaining(['list:news', 'list:news:area:area-1', 'list:news:year:2026', 'organisation:org-1']),
    );
    expect(topicsOf(index, 'lt', 'goodPractices:g1')).toEqual(
      expect.arrayContaining(['list:goodPractices', 'organisation:org-1', 'priority:p2', 'priority:p1']),
    );
    // The sub-priority itself is news to the followers of the one above it.
    expect(topicsOf(index, 'lt', 'priorities:p2')).toContain('priority:p1');
    // Only published content is in it: the build reads nothing else.
    expect(index.topics.find((t) => t.topic === 'list:news' && t.locale === 'en')).toEqual({
      topic: 'list:news',
      locale: 'en',
      title: 'News',
      path: '/en/news/',
    });
    // An English list carries the entries only in Lithuanian: their link is the Lithuanian page.
    expect(index.items.en['news:n1']).toMatchObject({ path: '/lt/naujienos/lt-n1/', entryLocale: 'lt', kind: 'News' });
  });

  it("makes a seminar's followers hear of its materials, conclusions, follow-up actions and recording", () => {
    const plain = followIndex(twoLanguageSite({ lt: { seminars: [seminar('lt', 's1', days(-5))] } }));
    const after = followIndex(
      twoLanguageSite({
        lt: {
          seminars: [
            seminar('lt', 's1', days(-5), {
              conclusions: 'Sutarta kurti darbo grupę.',
              materials: [{ url: '/uploads/a.pdf', name: 'Pranešimas.pdf', ext: '.pdf', size: 12 }],
              followUpActions: [{ action: 'Parengti gaires', status: 'planned', dueDate: null }],
              recordingUrl: 'https://video.example/1',
            }),
          ],
        },
      }),
    );
    const notice = followIndexChanges(plain, after, 'r2');
    const parts = notice.additions.filter((a) => a.topics.includes('seminar:s1')).map((a) => a.item.title);
    expect(parts).toEqual([
      'Medžiaga: Pranešimas.pdf · Renginys s1',
      'Išvados · Renginys s1',
      'Tolesni veiksmai: Parengti gaires · Renginys s1',
      'Įrašas · Renginys s1',
    ]);
  });
});

describe('what a release adds', () => {
  const before = twoLanguageSite({ lt: { newsItems: [news('lt', 'n1', '2026-11-20')] } });
  const after = twoLanguageSite({
    lt: { newsItems: [news('lt', 'n1', '2026-11-20', 'lt n1 pataisyta'), news('lt', 'n2', '2026-11-25')] },
  });

  it('is each new item under each of its topics, and nothing for an item only edited', () => {
    const notice = followIndexChanges(followIndex(before), followIndex(after), 'r2');
    expect(notice.release).toBe('r2');
    expect(notice.additions.map((a) => `${a.locale} ${a.item.key}`).sort()).toEqual(['en news:n2', 'lt news:n2']);
    expect(notice.additions.find((a) => a.locale === 'lt')!.topics).toEqual(expect.arrayContaining(['list:news']));
    expect(notice.topics).toEqual([]);
  });

  it('is only the topics the first time (nothing is new before anything was told), and names topics that went', () => {
    const first = followIndexChanges(null, followIndex(before), 'r1');
    expect(first.additions).toEqual([]);
    expect(first.topics.length).toBeGreaterThan(10);
    const none = twoLanguageSite({});
    const gone = followIndexChanges(followIndex(before), followIndex(none), 'r3');
    expect(gone.removedTopics).toContainEqual({ topic: 'list:news:year:2026', locale: 'lt' });
  });
});
