import type { CmsQuery } from './client.ts';
import type { TadaDocumentNode } from 'gql.tada';

/** Strapi's maximum page size (GraphQL maxLimit in cms/config/plugins.ts). */
export const PAGE_SIZE = 100;

interface Page<Node> {
  nodes: readonly Node[];
  pageInfo: { page: number; pageCount: number };
}

/**
 * Every node of a `*_connection` query, page by page. The document takes `$page` and `$pageSize`
 * variables; `pick` finds the connection in the result.
 */
export async function fetchAllPages<Result, Variables extends { page?: number | null; pageSize?: number | null }, Node>(
  query: CmsQuery,
  document: TadaDocumentNode<Result, Variables>,
  variables: Omit<Variables, 'page' | 'pageSize'>,
  pick: (result: Result) => Page<Node> | null | undefined,
): Promise<Node[]> {
  const nodes: Node[] = [];
  for (let page = 1; ; page++) {
    const result = await query(document, { ...variables, page, pageSize: PAGE_SIZE } as Variables);
    const connection = pick(result);
    if (!connection) throw new Error('The CMS returned no connection for a paginated query');
    nodes.push(...connection.nodes);
    if (page >= connection.pageInfo.pageCount) return nodes;
  }
}
