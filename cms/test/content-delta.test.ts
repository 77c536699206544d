// The site's delta read (site/src/lib/cms/snapshot.ts) against a real CMS: after every kind of
// change an editor can make, the snapshot plus the delta must equal a full read of the CMS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPdf } from '@mip/cms/seed/demo-pdf';
import { seedDemo } from '@mip/cms/seed';
import { createCmsClient, loadContent, type CmsQuery, type LoadOptions } from '@mip/site/data-layer';
import { startTestCms, type TestCms } from './harness.ts';

let cms: TestCms;
let query: CmsQuery;
let dir: string;
let options: LoadOptions;

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemo(cms.strapi);
  query = createCmsClient({ url: cms.url, token: cms.token });
  dir = mkdtempSync(path.join(tmpdir(), 'mip-snapshot-'));
  // The CMS runs in this process: its clock is this one, so no overlap is needed (a delta reads
  // from the exact start of the previous read; the seed is older).
  options = { snapshotFile: path.join(dir, 'content.json'), cmsTime: async () => new Date(), overlapMs: 0 };
});
afterAll(async () => {
  await cms?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const fullRead = async () => (await loadContent(query, { cmsTime: options.cmsTime })).content;

describe('reading only what changed since the last build', () => {
  it('reads everything the first time, then nothing when nothing changed', async () => {
    const first = await loadContent(query, options);
    expect(first.mode).toBe('full');
    const second = await loadContent(query, options);
    // Nothing changed: only the seminars taking registration here are read again (their places).
    const registering = first.content.lt.seminars.filter((s) => s.platformRegistration).length;
    expect(registering).toBeGreaterThan(0);
    expect(second).toMatchObject({ mode: 'delta', detail: `${registering} document(s) read again` });
    expect(second.content).toEqual(first.content);
  });

  it('after publishing, unpublishing, deleting, renaming and relinking, equals a full read', async () => {
    await loadContent(query, options);
    await new Promise((resolve) => setTimeout(resolve, 20)); // changes later than the read's start
    const documents = (uid: string) => cms.strapi.documents(uid as never);
    const lt = { locale: 'lt', status: 'published' } as const;
    const find = async (uid: string, filters: Record<string, unknown> = {}) =>
      (await documents(uid).findMany({ ...lt, filters, populate: '*' } as never)) as unknown as Record<string, any>[];

    // An edited news item, published again.
    const [news] = await find('api::news-item.news-item');
    await documents('api::news-item.news-item').update({
      documentId: news!.documentId,
      locale: 'lt',
      data: { title: 'Pataisyta antraštė' },
      status: 'published',
    } as never);
    // A new news item.
    await documents('api::news-item.news-item').create({
      locale: 'lt',
      status: 'published',
      data: {
        title: 'Visiškai nauja žinia',
        summary: 'Nauja.',
        body: 'Nauja.',
        date: '2026-11-27',
        level: 'national',
        kind: 'institutional',
      },
    } as never);
    // An organisation other entries link to, renamed: they show its new name.
    const [practice] = (await find('api::good-practice.good-practice')).filter(
      (p) => p.implementingOrganisations.length > 0,
    );
    const organisation = practice!.implementingOrganisations[0];
    await documents('api::organisation.organisation').update({
      documentId: organisation.documentId,
      locale: 'lt',
      data: { name: 'Pervadinta organizacija' },
      status: 'published',
    } as never);
    // A link made from the organisation's side.
    const [unlinked] = (await find('api::good-practice.good-practice')).filter(
      (p) => !p.implementingOrganisations.some((o: { documentId: string }) => o.documentId === organisation.documentId),
    );
    await documents('api::organisation.organisation').update({
      documentId: organisation.documentId,
      locale: 'lt',
      data: { goodPractices: { connect: [{ documentId: unlinked!.documentId, locale: 'lt' }] } },
      status: 'published',
    } as never);
    // A practice unpublished, a research entry's English version deleted.
    const [other] = (await find('api::good-practice.good-practice')).filter(
      (p) => p.documentId !== practice!.documentId && p.documentId !== unlinked!.documentId,
    );
    await documents('api::good-practice.good-practice').unpublish({
      documentId: other!.documentId,
      locale: 'lt',
    } as never);
    const [research] = (await documents('api::research-entry.research-entry').findMany({
      locale: 'en',
      status: 'published',
    } as never)) as unknown as { documentId: string }[];
    await documents('api::research-entry.research-entry').delete({
      documentId: research!.documentId,
      locale: 'en',
    } as never);
    // A taxonomy term (no drafts): live on save.
    const [municipality] = (await documents('api::municipality.municipality').findMany({
      locale: 'lt',
      limit: 1,
    } as never)) as unknown as { documentId: string }[];
    await documents('api::municipality.municipality').update({
      documentId: municipality!.documentId,
      locale: 'lt',
      data: { name: 'Pervadinta savivaldybė' },
    } as never);

    const delta = await loadContent(query, options);
    expect(delta.mode).toBe('delta');
    const full = await fullRead();
    expect(delta.content).toEqual(full);

    // The changes are really there (the comparison above is not of two stale copies).
    const lt2 = delta.content.lt;
    expect(lt2.newsItems.map((n) => n.title)).toEqual(
      expect.arrayContaining(['Pataisyta antraštė', 'Visiškai nauja žinia']),
    );
    expect(
      lt2.goodPractices
        .find((p) => p.documentId === practice!.documentId)!
        .implementingOrganisations.map((o) => o!.name),
    ).toContain('Pervadinta organizacija');
    expect(
      lt2.goodPractices
        .find((p) => p.documentId === unlinked!.documentId)!
        .implementingOrganisations.map((o) => o!.documentId),
    ).toContain(organisation.documentId);
    expect(lt2.goodPractices.map((p) => p.documentId)).not.toContain(other!.documentId);
    expect(delta.content.en.researchEntries.map((r) => r.documentId)).not.toContain(research!.documentId);
    expect(lt2.municipalities.find((m) => m.documentId === municipality!.documentId)!.name).toBe(
      'Pervadinta savivaldybė',
    );
    // ...and the delta read far fewer documents than the CMS holds.
    const reread = Number(/^(\d+)/.exec(delta.detail)![1]);
    expect(reread).toBeGreaterThan(0);
    expect(reread).toBeLessThan(
      lt2.newsItems.length + lt2.goodPractices.length + lt2.organisations.length + lt2.researchEntries.length,
    );
  });

  it('after a file of a published entry changes, reads again the documents that show it (named by the CMS)', async () => {
    // The CMS names a changed file only when a published entry uses it.
    const announced: string[] = [];
    cms.strapi.eventHub.on(
      'published-media.update',
      ({ media }: { media: { documentId: string } }) => void announced.push(media.documentId),
    );
    const uploads = cms.strapi.plugin('upload').service('upload');
    const seminars = (await cms.strapi
      .documents('api::seminar.seminar' as never)
      .findMany({ locale: 'lt', status: 'published', populate: ['materials'] } as never)) as unknown as {
      documentId: string;
      platformRegistration: boolean | null;
      materials: { id: number; documentId: string }[];
    }[];
    // Any published seminar with materials (the order of an unsorted read differs by database), not
    // one taking registration here (those are read again by every delta).
    const seminar = seminars.find((s) => s.materials.length > 0 && !s.platformRegistration);
    const material = seminar!.materials[0]!;
    // A file only the seminar's unpublished draft uses (saved, not published).
    const pdf = path.join(dir, 'juodrastis.pdf');
    writeFileSync(pdf, demoPdf('Juodrastis', ['Dar neskelbta']));
    const [draftFile] = (await uploads.upload({
      data: { fileInfo: { name: 'Juodraštis.pdf' } },
      files: { filepath: pdf, originalFilename: 'juodrastis.pdf', mimetype: 'application/pdf', size: 1000 },
    })) as { id: number }[];
    await cms.strapi.documents('api::seminar.seminar' as never).update({
      documentId: seminar!.documentId,
      locale: 'lt',
      data: { materials: [...seminar!.materials.map((m) => m.id), draftFile!.id] },
    } as never);

    await loadContent(query, options);
    await uploads.updateFileInfo(material.id, { name: 'Atnaujinta medžiaga.pdf' });
    await uploads.updateFileInfo(draftFile!.id, { name: 'Pervadintas juodraštis.pdf' });
    expect(announced).toEqual([material.documentId]);

    // The snapshot alone cannot know: no date of the seminar changed...
    const stale = await loadContent(query, { ...options, snapshotFile: path.join(dir, 'stale.json') });
    await uploads.updateFileInfo(material.id, { name: 'Dar kartą atnaujinta medžiaga.pdf' });
    const unaware = await loadContent(query, { ...options, snapshotFile: path.join(dir, 'stale.json') });
    expect(unaware.content).toEqual(stale.content);
    // ...so the file is named, and the delta reads the seminar again.
    const named = await loadContent(query, { ...options, changedMedia: [material.documentId] });
    expect(named).toMatchObject({ mode: 'delta' });
    expect(named.content).toEqual(await fullRead());
    const materials = named.content.lt.seminars.find((s) => s.documentId === seminar!.documentId)!.materials;
    expect(materials.map((m) => m!.name)).toContain('Dar kartą atnaujinta medžiaga.pdf');
    expect(Number(/^(\d+)/.exec(named.detail)![1])).toBeLessThan(5);
  });

  it('reads everything when asked to, or when the snapshot is unreadable', async () => {
    expect((await loadContent(query, { ...options, full: true })).detail).toBe('full read requested');
    writeFileSync(options.snapshotFile!, '{"version":1,"sour');
    expect((await loadContent(query, options)).detail).toBe('no usable snapshot');
    expect((await loadContent(query, options)).mode).toBe('delta');
  });
});
