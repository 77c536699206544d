import { describe, expect, it } from 'vitest';
import type { CmsQuery } from '../src/lib/cms/client.ts';
import { graphql } from '../src/lib/cms/graphql.ts';
import { fetchAllPages, PAGE_SIZE } from '../src/lib/cms/paginate.ts';

const Areas = graphql(`
  query Areas($locale: I18NLocaleCode, $page: Int, $pageSize: Int) {
    integrationAreas_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { name }
      pageInfo { page pageCount }
    }
  }
`);

// A fake CMS holding `total` areas, answering page by page like Strapi does.
function fakeCms(total: number) {
  const asked: unknown[] = [];
  const query = (async (_document: unknown, variables: { page: number; pageSize: number; locale: string }) => {
    asked.push(variables);
    const start = (variables.page - 1) * variables.pageSize;
    const names = Array.from({ length: Math.max(0, Math.min(variables.pageSize, total - start)) }, (_, i) => ({
      name: `area ${start + i + 1}`,
    }));
    return {
      integrationAreas_connection: {
        nodes: names,
        pageInfo: { page: variables.page, pageCount: Math.max(1, Math.ceil(total / variables.pageSize)) },
      },
    };
  }) as unknown as CmsQuery;
  return { query, asked };
}

describe('fetchAllPages', () => {
  it('reads every page in order, at the maximum page size', async () => {
    const { query, asked } = fakeCms(250);
    const nodes = await fetchAllPages(query, Areas, { locale: 'lt' }, (r) => r.integrationAreas_connection);
    expect(nodes).toHaveLength(250);
    expect(nodes[0]).toEqual({ name: 'area 1' });
    expect(nodes[249]).toEqual({ name: 'area 250' });
    expect(asked).toEqual([1, 2, 3].map((page) => ({ locale: 'lt', page, pageSize: PAGE_SIZE })));
  });

  it('makes one request for an empty collection', async () => {
    const { query, asked } = fakeCms(0);
    expect(await fetchAllPages(query, Areas, { locale: 'en' }, (r) => r.integrationAreas_connection)).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it('fails loudly when the connection is missing', async () => {
    const query = (async () => ({ integrationAreas_connection: null })) as unknown as CmsQuery;
    await expect(fetchAllPages(query, Areas, { locale: 'lt' }, (r) => r.integrationAreas_connection)).rejects.toThrow(
      /no connection/,
    );
  });
});
