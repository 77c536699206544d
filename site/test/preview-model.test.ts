import { describe, expect, it } from 'vitest';
import { content, NOW, news, org, practice, priority, ref } from './fixtures.ts';
import { previewView, withDraft } from '../src/preview/model.ts';
import type { Content } from '../src/lib/cms/index.ts';
import { pageViews } from '../src/lib/page-views.ts';
import { buildSite } from '../src/lib/site-pages.ts';

// Maps (reverse links by section) compared by their entries.
const replacer = (_key: string, value: unknown) => (value instanceof Map ? [...value.entries()] : value);

// A draft's preview: the draft over the last build's content, and its page's view model computed
// as the build computes every page's.

const ctx = { now: NOW, media: (p: string) => `https://cms.example${p}` };
const published = (): Content => ({
  lt: content('lt', {
    newsItems: [news('lt', 'n1', '2026-11-20', 'Paskelbta antraštė')],
    policyPriorities: [priority('lt', 'p1', '1.1')],
    goodPractices: [practice('lt', 'g1', { implementingOrganisations: [ref('org-1')] })],
  }),
  en: content('en', { newsItems: [news('en', 'n1', '2026-11-20', 'Published headline')] }),
});

describe('previews of drafts', () => {
  it("show the draft in place of the published version, and leave the other language's", () => {
    const base = published();
    const draft = { ...news('lt', 'n1', '2026-11-20', 'Juodraščio antraštė'), slug: 'nauja-nuoroda' };
    const overlaid = withDraft(base, 'newsItems', 'lt', draft);
    const view = previewView(overlaid, 'newsItems', 'lt', 'n1', ctx);
    expect(view?.page).toMatchObject({
      kind: 'detail',
      path: 'naujienos/nauja-nuoroda/',
      title: 'Juodraščio antraštė',
    });
    // The other language's page, and the footer's pages, as the whole site model has them.
    const site = buildSite(overlaid, ctx);
    const built = site.pages.lt.find((p) => p.identity === 'detail:news:n1')!;
    expect(view?.layout).toEqual({ alternates: site.alternates(built), staticPages: [], privacy: null });
    expect(view?.layout.alternates).toEqual([{ locale: 'en', path: '/en/news/en-n1/' }]);
    expect(overlaid.en.newsItems.map((n) => n.title)).toEqual(['Published headline']);
    // The snapshot itself is untouched.
    expect(base.lt.newsItems.map((n) => n.title)).toEqual(['Paskelbta antraštė']);
  });

  it("compute the draft's page as a whole-site build computes it", () => {
    const overlaid = withDraft(published(), 'organisations', 'en', { ...org('en'), name: 'Renamed association' });
    const view = previewView(overlaid, 'organisations', 'en', 'org-1', ctx)!;
    const built = pageViews(buildSite(overlaid, ctx)).find(
      (v) => v.page.identity === 'detail:organisations:org-1' && v.page.locale === 'en',
    )!;
    expect(JSON.stringify(view, replacer)).toBe(JSON.stringify(built, replacer));
  });

  it('show a never-published draft, with the links other entries make to it', () => {
    const draft = { ...priority('lt', 'p-new', '9.9'), title: 'Naujas prioritetas' };
    const base = published();
    base.lt.goodPractices = [practice('lt', 'g2', { policyPriorities: [ref('p-new')] })] as never;
    const view = previewView(withDraft(base, 'policyPriorities', 'lt', draft), 'policyPriorities', 'lt', 'p-new', ctx);
    expect(view?.page).toMatchObject({ kind: 'detail', title: '9.9 Naujas prioritetas' });
    expect(view?.main.kind === 'detail' && view.main.context.coverage.map((c) => c.entry.documentId)).toEqual(['g2']);
  });

  it("give an organisation's draft the practices that name it", () => {
    const draft = { ...org('lt'), name: 'Pervadinta asociacija' };
    const view = previewView(withDraft(published(), 'organisations', 'lt', draft), 'organisations', 'lt', 'org-1', ctx);
    expect(view?.page.title).toBe('Pervadinta asociacija');
    expect(
      view?.main.kind === 'detail' && view.main.context.related.get('goodPractices')?.map((e) => e.documentId),
    ).toEqual(['g1']);
  });

  it('have no page for a type without one of its own', () => {
    expect(previewView(published(), 'integrationAreas', 'lt', 'area-1', ctx)).toBeNull();
    expect(previewView(published(), 'newsItems', 'lt', 'no-such-document', ctx)).toBeNull();
  });
});
