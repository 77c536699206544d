import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic, seedDemo, type SeedReport } from '@mip/cms/seed';
import { startTestCms, type TestCms } from './harness.ts';

// The types of the sections the demo fills (a dozen entries or more each).
const DEMO_SECTIONS = [
  'news-item',
  'good-practice',
  'research-entry',
  'funding-call',
  'seminar',
  'organisation',
  'partner-request',
  'policy-priority',
];

let cms: TestCms;
let firstRun: SeedReport;

const documents = (name: string) => cms.strapi.documents(`api::${name}.${name}` as never) as any;
const published = (name: string, locale: 'lt' | 'en', extra: Record<string, unknown> = {}) =>
  documents(name).findMany({ locale, status: 'published', limit: 500, ...extra });

beforeAll(async () => {
  cms = await startTestCms();
  firstRun = await seedDemo(cms.strapi);
});
afterAll(async () => {
  await cms?.stop();
});

// Everything that identifies the state of the content: ids, locales, publication and edit times.
async function snapshot() {
  const rows: string[] = [];
  for (const uid of Object.keys(firstRun.created)) {
    const entries = await cms.strapi.db
      .query(uid as never)
      .findMany({ select: ['documentId', 'locale', 'publishedAt', 'updatedAt'], orderBy: { id: 'asc' } });
    rows.push(...entries.map((e: any) => `${uid} ${e.documentId} ${e.locale} ${e.publishedAt} ${e.updatedAt}`));
  }
  return rows;
}

describe('demo seed', () => {
  it('loads all 60 municipalities plus the national scope, and the taxonomies', async () => {
    const municipalities = await published('municipality', 'lt');
    expect(municipalities.filter((m: any) => m.scope === 'municipality')).toHaveLength(60);
    expect(municipalities.filter((m: any) => m.scope === 'national')).toHaveLength(1);
    expect(new Set(municipalities.map((m: any) => m.county).filter(Boolean)).size).toBe(10);
    expect(await published('integration-area', 'en')).toHaveLength(14);
    expect(await published('target-group', 'en')).toHaveLength(12);
  });

  it.each(DEMO_SECTIONS)(
    'publishes at least 12 %s entries in Lithuanian, with English translations for most',
    async (name) => {
      const lt = await published(name, 'lt');
      const en = await published(name, 'en');
      expect(lt.length).toBeGreaterThanOrEqual(12);
      expect(en.length).toBeGreaterThan(lt.length / 2);
    },
  );

  it('keeps some entries in Lithuanian only', async () => {
    const lt = await published('good-practice', 'lt');
    const en = await published('good-practice', 'en');
    const translated = new Set(en.map((e: any) => e.documentId));
    expect(lt.some((e: any) => !translated.has(e.documentId))).toBe(true);
  });

  it('uploads the demo attachments as PDF files, in both languages of the entry', async () => {
    for (const locale of ['lt', 'en'] as const) {
      const [seminar] = await published('seminar', locale, {
        filters: { slug: locale === 'lt' ? 'integracijos-forumas-rudens-sesija' : 'integration-forum-autumn-session' },
        populate: ['materials'],
      });
      expect(seminar.materials.map((f: any) => [f.name, f.mime])).toEqual([
        ['Forumo pranešimų skaidrės.pdf', 'application/pdf'],
        ['Darbo grupių išvados.pdf', 'application/pdf'],
      ]);
    }
    const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'Kursų programa.pdf' } });
    const response = await fetch(`${cms.url}${file.url}`);
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('gives some news a cover picture, in the sizes the CMS makes, described in each language', async () => {
    for (const [locale, slug, alt] of [
      [
        'lt',
        'paskelbta-integracijos-veiksmu-plano-pazangos-ataskaita',
        'Abstrakti iliustracija: geltonas apskritimas mėlyname fone',
      ],
      [
        'en',
        'progress-report-on-the-integration-action-plan-published',
        'Abstract illustration: a yellow circle on a blue background',
      ],
    ] as const) {
      const [item] = await published('news-item', locale, { filters: { slug }, populate: ['cover'] });
      expect(item.coverAlt).toBe(alt);
      expect(item.cover).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 900 });
      expect(Object.keys(item.cover.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
      const response = await fetch(`${cms.url}${item.cover.formats.small.url}`);
      expect(response.headers.get('content-type')).toContain('image/jpeg');
    }
  });

  it('keeps Lithuanian letters intact and makes ASCII slugs from them', async () => {
    const [item] = await documents('news-item').findMany({
      locale: 'lt',
      filters: { title: { $contains: 'Klaipėdoje' } },
    });
    expect(item.title).toBe('Klaipėdoje atidaryta savaitgalio mokyklėlė ukrainiečių vaikams');
    expect(item.slug).toBe('klaipedoje-atidaryta-savaitgalio-mokyklele-ukrainieciu-vaikams');
  });

  it('covers every organisation type', async () => {
    const types = new Set((await published('organisation', 'lt')).map((o: any) => o.type));
    expect([...types].sort()).toEqual([
      'agency',
      'business',
      'international_organisation',
      'media',
      'migrant_organisation',
      'municipality',
      'ngo',
      'other',
      'research_institute',
      'social_partner',
      'state_institution',
    ]);
  });

  it('has funding calls that are closed, open and forthcoming today', async () => {
    const now = Date.now();
    const calls = await published('funding-call', 'lt');
    const closed = calls.filter((c: any) => new Date(c.deadlineAt).getTime() < now);
    const forthcoming = calls.filter((c: any) => new Date(c.opensAt).getTime() > now);
    const open = calls.filter(
      (c: any) => new Date(c.opensAt).getTime() <= now && new Date(c.deadlineAt).getTime() >= now,
    );
    expect(closed.length).toBeGreaterThan(0);
    expect(forthcoming.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
  });

  it('has past seminars with agendas, conclusions and follow-up actions, and upcoming ones', async () => {
    const seminars = await published('seminar', 'en', {
      populate: { agenda: true, followUpActions: { populate: ['responsibleOrganisation', 'priority'] } },
    });
    const past = seminars.filter((s: any) => new Date(s.startAt).getTime() < Date.now());
    const upcoming = seminars.filter((s: any) => new Date(s.startAt).getTime() > Date.now());
    expect(upcoming.length).toBeGreaterThan(0);
    const withRecord = past.filter((s: any) => s.agenda.length > 0 && s.conclusions && s.followUpActions.length > 0);
    expect(withRecord.length).toBeGreaterThan(0);
    const linkedActions = withRecord
      .flatMap((s: any) => s.followUpActions)
      .filter((a: any) => a.priority && a.responsibleOrganisation);
    expect(linkedActions.length).toBeGreaterThan(0);
  });

  it('builds a two-level tree of policy priorities', async () => {
    const priorities = await published('policy-priority', 'lt', { populate: ['parent', 'children'] });
    const roots = priorities.filter((p: any) => !p.parent);
    expect(roots.length).toBeGreaterThanOrEqual(3);
    expect(roots.every((p: any) => p.children.length > 0)).toBe(true);
    const children = priorities.filter((p: any) => p.parent);
    expect(children.every((p: any) => roots.some((r: any) => r.documentId === p.parent.documentId))).toBe(true);
  });

  it('fills relations in both languages', async () => {
    const [practice] = await documents('good-practice').findMany({
      locale: 'en',
      status: 'published',
      filters: { title: 'One-stop centre for newcomers in Vilnius' },
      populate: ['implementingOrganisations', 'integrationAreas', 'targetGroups', 'municipalities', 'policyPriorities'],
    });
    expect(practice.implementingOrganisations.map((o: any) => o.name)).toContain(
      'Vilnius City Municipality Administration',
    );
    expect(practice.integrationAreas.map((a: any) => a.name)).toContain('Reception and civic orientation');
    expect(practice.municipalities.map((m: any) => m.name)).toEqual(['Vilnius City Municipality']);
    expect(practice.policyPriorities.length).toBeGreaterThan(0);
    const [request] = await documents('partner-request').findMany({
      locale: 'lt',
      status: 'published',
      filters: { fundingCall: { $notNull: true } },
      populate: ['fundingCall', 'organisation'],
    });
    expect(request.fundingCall.title).toBeTruthy();
    expect(request.organisation.name).toBeTruthy();
  });

  it('links priorities to their responsible institutions and services to the priority they serve, in both languages', async () => {
    for (const locale of ['lt', 'en']) {
      const [priority] = await documents('policy-priority').findMany({
        locale,
        status: 'published',
        filters: { code: '1.1' },
        populate: ['responsibleInstitutions'],
      });
      expect(priority.responsibleInstitutions.length, locale).toBe(2);
      const [service] = (
        await documents('organisation').findMany({
          locale,
          status: 'published',
          filters: { website: 'https://tiltai.example.org' },
          populate: { services: { populate: ['priority'] } },
        })
      )[0].services;
      expect(service.priority?.code, locale).toBe('1.1');
    }
  });

  it('leaves submissions as drafts', async () => {
    const drafts = await documents('good-practice').findMany({
      locale: 'lt',
      status: 'draft',
      filters: { origin: 'submission' },
    });
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(
        await documents('good-practice').findOne({ documentId: draft.documentId, locale: 'lt', status: 'published' }),
      ).toBeNull();
    }
  });

  it('publishes responses in both languages, with a reply that is an institution’s answer, once however often it runs', async () => {
    const responses = () =>
      cms.strapi.db.query('api::response.response' as never).findMany({
        where: { publishedAt: { $notNull: true } },
        populate: ['parent', 'organisation'],
      } as never) as Promise<any[]>;
    const published = await responses();
    expect(published.length).toBe(5);
    expect(new Set(published.map((r) => r.language))).toEqual(new Set(['lt', 'en']));
    const answer = published.find((r) => r.institutionAnswer)!;
    expect(answer.parent?.documentId).toBeTruthy();
    expect(answer.organisation?.documentId).toBeTruthy();
    expect(published.every((r) => r.moderationStatus === 'published' && !r.email)).toBe(true);
    expect(published.some((r) => /^follow-up:/.test(r.targetPart ?? ''))).toBe(true);
    await seedDemo(cms.strapi);
    expect((await responses()).length).toBe(5);
  });

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const before = await snapshot();
    const secondRun = await seedDemo(cms.strapi);
    expect(Object.values(secondRun.created).every((n) => n === 0)).toBe(true);
    expect(secondRun.existing).toEqual(
      Object.fromEntries(Object.entries(firstRun.created).map(([uid, n]) => [uid, n + firstRun.existing[uid]!])),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('generates synthetic documents in both locales on top of the demo, with progress', async () => {
    const countAll = async (locale: 'lt' | 'en') => {
      let total = 0;
      for (const name of DEMO_SECTIONS) {
        total += await documents(name).count({ locale, status: 'published' });
      }
      return total;
    };
    const [ltBefore, enBefore] = [await countAll('lt'), await countAll('en')];
    const progress: number[] = [];
    const report = await generateSynthetic(cms.strapi, 40, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(40);
    expect(report).toEqual({ created: 40, existing: 0 });
    expect(await countAll('lt')).toBe(ltBefore + 40);
    expect(await countAll('en')).toBeGreaterThan(enBefore + 30);
    // Same size again: nothing new.
    expect(await generateSynthetic(cms.strapi, 40)).toEqual({ created: 0, existing: 40 });
  });
});
