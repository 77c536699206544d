// Relations are one for the entry, not one per language (src/documents/shared-facts.ts): a new
// language version starts with them, a change in either language reaches the other, drafts and
// published versions each in step, and taking the Lithuanian original down takes every language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@mip/cms/seed';
import { shareExistingRelations } from '../src/documents/shared-facts.ts';
import { demoEditorHeaders, startTestCms, type TestCms } from './harness.ts';

let cms: TestCms;
let headers: Record<string, string>;
const NEWS = 'api::news-item.news-item';
const ORG = 'api::organisation.organisation';
const AREA = 'api::integration-area.integration-area';
const MUNICIPALITY = 'api::municipality.municipality';

type Doc = { documentId: string; locale: string; publishedAt?: string | null } & Record<string, unknown>;
const docs = (uid: string) =>
  cms.strapi.documents(uid as never) as unknown as {
    findMany(p: object): Promise<Doc[]>;
    findOne(p: object): Promise<Doc | null>;
    create(p: object): Promise<Doc>;
    update(p: object): Promise<Doc>;
    publish(p: object): Promise<unknown>;
    unpublish(p: object): Promise<unknown>;
    delete(p: object): Promise<unknown>;
  };
const ids = (value: unknown) =>
  ((Array.isArray(value) ? value : value ? [value] : []) as { documentId: string }[]).map((d) => d.documentId).sort();
const LINKS = { sourceOrganisation: true, integrationAreas: true, municipalities: true } as const;
async function links(documentId: string, locale: string, status: 'draft' | 'published') {
  const doc = await docs(NEWS).findOne({ documentId, locale, status, populate: LINKS });
  if (!doc) return null;
  return {
    organisation: ids(doc.sourceOrganisation),
    areas: ids(doc.integrationAreas),
    municipalities: ids(doc.municipalities),
  };
}
let org: string, otherOrg: string, areas: string[], municipality: string;

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemo(cms.strapi);
  headers = await demoEditorHeaders(cms);
  const orgs = await docs(ORG).findMany({ locale: 'en', status: 'draft', limit: 2 });
  [org, otherOrg] = orgs.map((o) => o.documentId) as [string, string];
  areas = (await docs(AREA).findMany({ locale: 'en', limit: 3 })).map((a) => a.documentId);
  municipality = (await docs(MUNICIPALITY).findMany({ locale: 'en', limit: 1 }))[0]!.documentId;
});
afterAll(async () => {
  await cms?.stop();
});

const manager = `/content-manager/collection-types/${NEWS}`;
const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cms.url}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  expect(
    response.status,
    `${method} ${path}: ${response.status} ${response.status >= 400 ? await response.clone().text() : ''}`,
  ).toBeLessThan(300);
  return (await response.json()) as { data: Doc };
};
const connect = (documentIds: string[], locale = 'lt') => ({
  connect: documentIds.map((documentId) => ({ documentId, locale })),
});
const newsData = (title: string) => ({
  title,
  summary: 'Trumpai.',
  body: 'Tekstas.',
  date: '2026-12-02',
  level: 'national',
  kind: 'institutional',
});

describe('relations across languages', () => {
  let news: string;

  it('gives a new language version, made in the admin with no links, the links of the existing one', async () => {
    const created = await call('POST', `${manager}?locale=lt`, {
      ...newsData('Bendros nuorodos'),
      sourceOrganisation: connect([org]),
      integrationAreas: connect(areas.slice(0, 2)),
      municipalities: connect([municipality]),
    });
    news = created.data.documentId;
    // What the admin sends for a new English version: its texts, relation fields untouched.
    await call('PUT', `${manager}/${news}?locale=en`, {
      ...newsData('Shared links'),
      sourceOrganisation: { connect: [], disconnect: [] },
      integrationAreas: { connect: [], disconnect: [] },
    });
    const expected = { organisation: [org], areas: areas.slice(0, 2).sort(), municipalities: [municipality] };
    expect(await links(news, 'lt', 'draft')).toEqual(expected);
    expect(await links(news, 'en', 'draft')).toEqual(expected);
    const english = (await call('GET', `${manager}/${news}?locale=en`)).data;
    // The admin's edit view reads the same: two areas in English.
    expect(english.integrationAreas).toEqual({ count: 2 });
  });

  it('carries a change made in English to the Lithuanian draft, replacing a single link', async () => {
    await call('PUT', `${manager}/${news}?locale=en`, {
      ...newsData('Shared links'),
      sourceOrganisation: { connect: [{ documentId: otherOrg, locale: 'en' }] },
      integrationAreas: {
        connect: [{ documentId: areas[2], locale: 'en' }],
        disconnect: [{ documentId: areas[0], locale: 'en' }],
      },
    });
    const expected = { organisation: [otherOrg], areas: [areas[1]!, areas[2]!].sort(), municipalities: [municipality] };
    expect(await links(news, 'en', 'draft')).toEqual(expected);
    expect(await links(news, 'lt', 'draft')).toEqual(expected);
  });

  it('keeps published versions in step: publishing one language updates the other published one', async () => {
    await call('POST', `${manager}/${news}/actions/publish?locale=lt`, {});
    await call('POST', `${manager}/${news}/actions/publish?locale=en`, {});
    await call('PUT', `${manager}/${news}?locale=lt`, {
      ...newsData('Bendros nuorodos'),
      municipalities: { disconnect: [{ documentId: municipality, locale: 'lt' }] },
    });
    // Saved, not yet published: the live versions keep their link.
    expect((await links(news, 'en', 'published'))!.municipalities).toEqual([municipality]);
    expect((await links(news, 'en', 'draft'))!.municipalities).toEqual([]);
    await call('POST', `${manager}/${news}/actions/publish?locale=lt`, {});
    expect((await links(news, 'lt', 'published'))!.municipalities).toEqual([]);
    expect((await links(news, 'en', 'published'))!.municipalities).toEqual([]);
    expect((await links(news, 'en', 'published'))!.organisation).toEqual([otherOrg]);
  });

  it('never drops a link that the other language cannot have', async () => {
    const lithuanianOnly = await docs(ORG).create({
      locale: 'lt',
      data: { name: 'Tik lietuviška organizacija', type: 'ngo' },
    });
    const only = await docs(NEWS).create({
      locale: 'lt',
      data: {
        ...newsData('Tik lietuviškas ryšys'),
        sourceOrganisation: lithuanianOnly.documentId,
        integrationAreas: [areas[0]],
      },
    });
    await docs(NEWS).update({ documentId: only.documentId, locale: 'en', data: newsData('Only a Lithuanian link') });
    expect(await links(only.documentId, 'en', 'draft')).toEqual({
      organisation: [],
      areas: [areas[0]],
      municipalities: [],
    });
    await docs(NEWS).update({
      documentId: only.documentId,
      locale: 'en',
      data: { integrationAreas: [areas[0], areas[1]] },
    });
    expect(await links(only.documentId, 'lt', 'draft')).toEqual({
      organisation: [lithuanianOnly.documentId],
      areas: [areas[0]!, areas[1]!].sort(),
      municipalities: [],
    });
  });

  it('unpublishes and deletes every language with the Lithuanian original, and only the translation alone', async () => {
    await call('POST', `${manager}/${news}/actions/unpublish?locale=en`, {});
    expect(await links(news, 'en', 'published')).toBeNull();
    expect(await links(news, 'lt', 'published')).not.toBeNull();
    await call('POST', `${manager}/${news}/actions/publish?locale=en`, {});
    await call('POST', `${manager}/${news}/actions/unpublish?locale=lt`, {});
    expect(await links(news, 'lt', 'published')).toBeNull();
    expect(await links(news, 'en', 'published')).toBeNull();
    expect(await links(news, 'en', 'draft')).not.toBeNull();
    await call('DELETE', `${manager}/${news}?locale=lt`);
    expect(await docs(NEWS).findOne({ documentId: news, locale: 'en', status: 'draft' })).toBeNull();
  });

  it('brings an older database into step once, losing no link made in either language', async () => {
    const item = await docs(NEWS).create({
      locale: 'lt',
      data: { ...newsData('Sena naujiena'), integrationAreas: [areas[0]] },
    });
    await docs(NEWS).update({ documentId: item.documentId, locale: 'en', data: newsData('An old item') });
    // As a database written before the rule: the English draft links another area only.
    const english = (await cms.strapi.db
      .query(NEWS as never)
      .findOne({ where: { documentId: item.documentId, locale: 'en', publishedAt: null } })) as { id: number };
    const area1 = (await cms.strapi.db
      .query(AREA as never)
      .findOne({ where: { documentId: areas[1], locale: 'en' } })) as { id: number };
    await cms.strapi.db
      .query(NEWS as never)
      .update({ where: { id: english.id }, data: { integrationAreas: [area1.id] } });
    expect((await links(item.documentId, 'en', 'draft'))!.areas).toEqual([areas[1]]);
    await shareExistingRelations(cms.strapi);
    expect((await links(item.documentId, 'en', 'draft'))!.areas).toEqual([areas[1]]); // once per database
    await cms.strapi.store({ type: 'core', name: 'mip' }).delete({ key: 'shared-relations-v1' });
    await shareExistingRelations(cms.strapi);
    for (const locale of ['lt', 'en'])
      expect((await links(item.documentId, locale, 'draft'))!.areas, locale).toEqual([areas[0]!, areas[1]!].sort());
  });
});
