// The site's data layer against a real, seeded CMS: every query the site build runs must work
// with the read-only token, in both locales, and return only published content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@mip/cms/seed';
import { createCmsClient, fetchSiteContent, PAGE_SIZE, type SiteContent } from '@mip/site/data-layer';
import { startTestCms, type TestCms } from './harness.ts';

let cms: TestCms;
let lt: SiteContent;
let en: SiteContent;

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemo(cms.strapi);
  const query = createCmsClient({ url: cms.url, token: cms.token });
  [lt, en] = [await fetchSiteContent(query, 'lt'), await fetchSiteContent(query, 'en')];
});
afterAll(async () => {
  await cms?.stop();
});

describe('site content from the CMS', () => {
  it('reads every published entry of every collection, in both locales', () => {
    expect(lt.newsItems).toHaveLength(13);
    expect(en.newsItems).toHaveLength(12);
    expect(lt.municipalities).toHaveLength(61);
    expect(en.integrationAreas).toHaveLength(14);
    expect(lt.pages.map((p) => p.key).sort()).toEqual(['about', 'accessibility', 'how-to-submit', 'privacy']);
    for (const content of [lt, en]) {
      for (const key of [
        'goodPractices',
        'researchEntries',
        'fundingCalls',
        'seminars',
        'organisations',
        'partnerRequests',
        'policyPriorities',
      ] as const) {
        expect(content[key].length, `${content.locale} ${key}`).toBeGreaterThan(content.locale === 'lt' ? 11 : 6);
      }
    }
  });

  it('never includes drafts', () => {
    expect(lt.newsItems.map((n) => n.title)).not.toContain('Juodraštis: Raudonojo Kryžiaus stebėsenos ataskaita');
    expect(lt.goodPractices.map((p) => p.title)).not.toContain('Futbolo klubas jaunimui iš skirtingų šalių');
  });

  it('says which other translations exist, for hreflang and the language switcher', () => {
    const onlyLithuanian = lt.goodPractices.find(
      (p) => p.title === 'Kvalifikacijų pripažinimo konsultantas Užimtumo tarnyboje',
    )!;
    expect(onlyLithuanian.localizations).toEqual([]);
    const both = lt.goodPractices.find((p) => p.title === 'Vieno langelio centras atvykusiems Vilniuje')!;
    expect(both.localizations).toEqual([{ locale: 'en', slug: 'one-stop-centre-for-newcomers-in-vilnius' }]);
  });

  it('brings the relations each page shows', () => {
    const forum = en.seminars.find((s) => s.title === 'Integration forum: autumn session')!;
    expect(forum.agenda).toHaveLength(3);
    expect(forum.followUpActions[0]).toMatchObject({
      status: 'in_progress',
      responsibleOrganisation: { name: 'Ministry of Social Security and Labour' },
      priority: { code: '1.1' },
    });
    const call = lt.fundingCalls.find((c) => c.callNumber === 'PMIF-2026-01')!;
    expect(call.funder?.name).toBe('Centrinė projektų valdymo agentūra');
    expect(call.eligibleApplicantTypes.map((t) => t?.type)).toEqual(['municipality', 'ngo', 'migrant_organisation']);
    const child = lt.policyPriorities.find((p) => p.code === '1.1')!;
    expect(child.parent?.code).toBe('1');
  });

  it('follows every result page when a collection is larger than one page', async () => {
    await import('@mip/cms/seed').then(({ generateSynthetic }) => generateSynthetic(cms.strapi, 300));
    const query = createCmsClient({ url: cms.url, token: cms.token });
    const content = await fetchSiteContent(query, 'lt');
    const news = await cms.strapi
      .documents('api::news-item.news-item' as never)
      .count({ locale: 'lt', status: 'published' } as never);
    expect(news).toBeGreaterThan(PAGE_SIZE);
    expect(content.newsItems).toHaveLength(news);
    expect(new Set(content.newsItems.map((n) => n.documentId)).size).toBe(news);
    // Generating 300 documents takes about 20 s alone, several times that on a busy machine.
  }, 240_000);
});
