// The CMS batches the loads of relations, components and files that Strapi's GraphQL makes one
// entry at a time (src/bootstrap/batched-loads.ts). What the site reads must be exactly what
// Strapi's own loads give, in both languages, with lists cut by pagination per entry, for a
// fraction of the database queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic, seedDemo } from '@mip/cms/seed';
import { createCmsClient, fetchSiteContent } from '@mip/site/data-layer';
import { withoutBatching } from '../src/bootstrap/batched-loads.ts';
import { graphql, startTestCms, type TestCms } from './harness.ts';

let cms: TestCms;
let queries = 0;

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemo(cms.strapi);
  await generateSynthetic(cms.strapi, 300);
  (cms.strapi.db.connection as unknown as { on(event: string, listener: () => void): void }).on(
    'query',
    () => queries++,
  );
}, 600_000);
afterAll(async () => {
  await cms?.stop();
});

/** What `read` answers, and how many database queries it took. */
async function counted<T>(read: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = queries;
  const result = await read();
  return { result, queries: queries - before };
}

describe('batched loads of relations', () => {
  it('give the site’s full read exactly what Strapi’s own loads give, in both languages, with far fewer queries', async () => {
    const query = createCmsClient({ url: cms.url, token: cms.token });
    for (const locale of ['lt', 'en'] as const) {
      const batched = await counted(() => fetchSiteContent(query, locale));
      const single = await withoutBatching(cms.strapi, () => counted(() => fetchSiteContent(query, locale)));
      expect(batched.result).toEqual(single.result);
      expect(batched.result.seminars.length).toBeGreaterThan(30);
      expect(batched.queries * 5, `${batched.queries} queries against ${single.queries}`).toBeLessThan(single.queries);
    }
  });

  it('cut each entry’s list by its own offset and limit, and keep relations to drafts out of a published read', async () => {
    const document = `query {
      seminars_connection(locale: "lt", sort: ["documentId:asc"], pagination: { pageSize: 100 }) {
        nodes {
          documentId
          organisers(pagination: { start: 1, limit: 1 }) { documentId name }
          first: policyPriorities(pagination: { limit: 2 }, sort: ["title:desc"]) { documentId title }
          integrationAreas(filters: { name: { startsWith: "D" } }) { documentId name }
          materials { url }
          followUpActions { action priority { documentId } responsibleOrganisation { documentId } }
        }
      }
    }`;
    const batched = await graphql(cms, document, {}, cms.token);
    const single = await withoutBatching(cms.strapi, () => graphql(cms, document, {}, cms.token));
    expect(batched.body.errors).toBeUndefined();
    expect(batched.body).toEqual(single.body);
    const nodes = batched.body.data.seminars_connection.nodes as { organisers: unknown[]; first: unknown[] }[];
    expect(nodes.some((n) => n.organisers.length === 1)).toBe(true);
    expect(nodes.every((n) => n.organisers.length <= 1 && n.first.length <= 2)).toBe(true);
  });
});
