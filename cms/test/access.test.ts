import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@mip/cms/seed';
import { getJson, graphql, startTestCms, type HttpResult, type TestCms } from './harness.ts';

// REST plural name and GraphQL collection field of every type.
const TYPES: [rest: string, gql: string][] = [
  ['integration-areas', 'integrationAreas'],
  ['target-groups', 'targetGroups'],
  ['municipalities', 'municipalities'],
  ['organisations', 'organisations'],
  ['news-items', 'newsItems'],
  ['good-practices', 'goodPractices'],
  ['research-entries', 'researchEntries'],
  ['funding-calls', 'fundingCalls'],
  ['seminars', 'seminars'],
  ['partner-requests', 'partnerRequests'],
  ['policy-priorities', 'policyPriorities'],
  ['pages', 'pages'],
];

// Queries a member of the public might try to read drafts or private data.
const HOSTILE_QUERIES = [
  '',
  '?status=draft',
  '?locale=en&status=draft',
  '?filters[contactEmail][$contains]=@',
  '?filters[submitterEmail][$notNull]=true',
  '?populate[createdBy]=true',
  '?filters[createdBy][email][$contains]=@',
];

let cms: TestCms;
let draftDocumentId: string;

// Without a token the content API answers 401 before GraphQL runs; either way no data leaves.
function expectRefused(result: HttpResult, what: string) {
  expect(result.body?.data ?? null, what).toBeNull();
  expect(result.status === 401 || result.body?.errors?.length > 0, what).toBe(true);
}

beforeAll(async () => {
  // NODE_ENV as `npm start` has it (unset means development): where Apollo would add stack traces.
  cms = await startTestCms({
    REBUILD_WEBHOOK_URL: 'http://127.0.0.1:9/hooks/strapi',
    REBUILD_SECRET: 'test-secret-value',
    NODE_ENV: 'development',
  });
  await seedDemo(cms.strapi);
  const [draft] = (await cms.strapi.documents('api::good-practice.good-practice' as never).findMany({
    locale: 'lt',
    status: 'draft',
    filters: { origin: 'submission' },
  } as never)) as { documentId: string }[];
  draftDocumentId = draft!.documentId;
});
afterAll(async () => {
  await cms?.stop();
});

describe('the public (no token)', () => {
  it.each(TYPES)('gets nothing from REST /api/%s, whatever it asks for', async (rest) => {
    for (const query of HOSTILE_QUERIES) {
      const result = await getJson(`${cms.url}/api/${rest}${query}`);
      expect([401, 403], `${rest}${query}`).toContain(result.status);
      expect(result.body.data ?? null).toBeNull();
    }
  });

  it('cannot read a single entry, a draft or the users list', async () => {
    for (const path of [
      `/api/good-practices/${draftDocumentId}`,
      `/api/good-practices/${draftDocumentId}?status=draft`,
      '/api/users',
      '/api/users/me',
      '/api/upload/files',
      '/api/i18n/locales',
      '/api/users-permissions/roles',
    ]) {
      const result = await getJson(`${cms.url}${path}`);
      expect([401, 403], path).toContain(result.status);
    }
  });

  it.each(TYPES)('gets nothing from GraphQL %s, published or draft', async (_rest, gql) => {
    for (const args of ['', '(status: DRAFT)', '(locale: "en", status: DRAFT)']) {
      expectRefused(await graphql(cms, `{ ${gql}${args} { documentId } }`), `${gql}${args}`);
    }
  });

  it('cannot filter GraphQL on private fields or admin users', async () => {
    for (const query of [
      '{ goodPractices(filters: { submitterEmail: { contains: "@" } }) { documentId } }',
      '{ organisations(filters: { contactEmail: { contains: "@" } }) { documentId } }',
      '{ usersPermissionsUsers { documentId email } }',
    ]) {
      expectRefused(await graphql(cms, query), query);
    }
  });

  it('finds no mutations to call', async () => {
    for (const mutation of [
      'mutation { createNewsItem(data: { title: "x" }) { documentId } }',
      'mutation { deleteGoodPractice(documentId: "x") { documentId } }',
      'mutation { register(input: { username: "x", email: "x@example.org", password: "Passw0rd!" }) { jwt } }',
    ]) {
      expectRefused(await graphql(cms, mutation), mutation);
    }
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });
});

describe("the preview service's token", () => {
  it('reads drafts, never-published ones too, and nothing the build token cannot', async () => {
    const previewToken = cms.env.CMS_PREVIEW_TOKEN!;
    const drafts = await graphql(
      cms,
      '{ goodPractices(status: DRAFT, pagination: { limit: 100 }) { documentId } }',
      {},
      previewToken,
    );
    expect(drafts.body.errors).toBeUndefined();
    expect(drafts.body.data.goodPractices.map((p: { documentId: string }) => p.documentId)).toContain(draftDocumentId);
    for (const query of [
      '{ uploadFiles { url } }',
      '{ usersPermissionsRoles { name } }',
      '{ i18NLocales { code } }',
      'mutation { deleteGoodPractice(documentId: "x") { documentId } }',
    ]) {
      const result = await graphql(cms, query, {}, previewToken);
      expect(result.body.data ?? null, query).toBeNull();
      expect(result.body.errors?.length, query).toBeGreaterThan(0);
    }
    // Private fields stay private for it too.
    const text = JSON.stringify(
      (await getJson(`${cms.url}/api/good-practices?status=draft&pagination[pageSize]=100`, previewToken)).body,
    );
    expect(text).toContain(draftDocumentId);
    expect(text).not.toMatch(/submitterEmail|contactEmail|moderationStatus/);
  });
});

describe('the read-only site token', () => {
  it('reads published entries in Lithuanian and English, and is refused drafts however it asks', async () => {
    const lt = await getJson(`${cms.url}/api/good-practices?locale=lt&pagination[pageSize]=100`, cms.token);
    const en = await getJson(`${cms.url}/api/good-practices?locale=en&pagination[pageSize]=100`, cms.token);
    expect(lt.status).toBe(200);
    expect(lt.body.data).toHaveLength(12);
    expect(en.body.data).toHaveLength(9);
    expect(lt.body.data.every((p: any) => p.publishedAt && p.locale === 'lt')).toBe(true);
    expect(en.body.data.map((p: any) => p.title)).toContain('Lithuanian at work for truck drivers');
    expect(lt.body.data.map((p: any) => p.documentId)).not.toContain(draftDocumentId);

    for (const query of ['status=draft', 'locale=en&status=draft', 'publicationState=preview']) {
      const drafts = await getJson(`${cms.url}/api/good-practices?${query}&pagination[pageSize]=100`, cms.token);
      expect(JSON.stringify(drafts.body), query).not.toContain(draftDocumentId);
    }
    const rest = await getJson(`${cms.url}/api/good-practices?status=draft`, cms.token);
    expect(rest.status).toBe(403);
    const draftsByGraphql = await graphql(
      cms,
      '{ goodPractices(status: DRAFT, pagination: { limit: 100 }) { documentId } }',
      {},
      cms.token,
    );
    expect(draftsByGraphql.body.data?.goodPractices ?? null).toBeNull();
    expect(draftsByGraphql.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const single = await graphql(
      cms,
      `{ goodPractice(documentId: "${draftDocumentId}", status: DRAFT) { title } }`,
      {},
      cms.token,
    );
    expect(single.body.data?.goodPractice ?? null).toBeNull();
  });

  it('reads nothing else: no uploaded files, roles, users or locales', async () => {
    for (const path of [
      '/api/upload/files',
      '/api/upload/files/1',
      '/api/users-permissions/roles',
      '/api/users',
      '/api/i18n/locales',
    ]) {
      const result = await getJson(`${cms.url}${path}`, cms.token);
      expect([401, 403, 404], path).toContain(result.status);
      expect(JSON.stringify(result.body), path).not.toMatch(/"(url|hash|email|code)":/);
    }
    for (const query of ['{ uploadFiles { url } }', '{ usersPermissionsRoles { name } }', '{ i18NLocales { code } }']) {
      const result = await graphql(cms, query, {}, cms.token);
      expect(result.body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    // Files are still read where the site shows them: through the entries that use them.
    const covers = await graphql(
      cms,
      '{ newsItems(locale: "lt", pagination: { limit: 100 }) { cover { url } } }',
      {},
      cms.token,
    );
    expect(covers.body.errors).toBeUndefined();
    expect(
      covers.body.data.newsItems.some((n: { cover: { url: string } | null }) => n.cover?.url.startsWith('/uploads/')),
    ).toBe(true);
  });

  it('never gets a stack trace or a server path in an error, whatever the mode', async () => {
    for (const query of [
      '{ newsItems(filters: { nope: { eq: 1 } }) { title } }',
      '{ newsItems { title',
      'query { newsItems(pagination: { limit: "x" }) { title } }',
    ]) {
      const result = await graphql(cms, query, {}, cms.token);
      expect(result.body.errors?.length, query).toBeGreaterThan(0);
      const text = JSON.stringify(result.body);
      expect(text, query).not.toMatch(/stacktrace|node_modules|\/cms\/|at [A-Za-z.]+ \(/);
    }
  });

  it('never receives private fields', async () => {
    for (const [rest] of TYPES) {
      const result = await getJson(`${cms.url}/api/${rest}?locale=lt&pagination[pageSize]=100`, cms.token);
      expect(result.body.data.length, rest).toBeGreaterThan(0);
      const text = JSON.stringify(result.body);
      for (const field of [
        'contactEmail',
        'submitterEmail',
        'submitterName',
        'submitterPhone',
        'contactName',
        'moderationStatus',
        'origin',
      ]) {
        expect(text, `${rest} ${field}`).not.toContain(`"${field}"`);
      }
      expect(text).not.toMatch(/@[a-z-]+\.example\.org/);
    }
  });

  it('learns whether an organisation or a request takes messages, never the address', async () => {
    const result = await graphql(
      cms,
      '{ organisations(locale: "en", pagination: { limit: 100 }) { name acceptsMessages } partnerRequests(locale: "lt", pagination: { limit: 100 }) { title acceptsMessages } }',
      {},
      cms.token,
    );
    expect(result.body.errors).toBeUndefined();
    const organisations = result.body.data.organisations as { name: string; acceptsMessages: boolean }[];
    expect(organisations.find((o) => o.name === 'Bridges Integration Centre')?.acceptsMessages).toBe(true);
    // The demo leaves this one without a contact address.
    expect(organisations.find((o) => o.name === 'New Neighbours online media')?.acceptsMessages).toBe(false);
    expect(result.body.data.partnerRequests.length).toBeGreaterThan(0);
    expect(result.body.data.partnerRequests.every((r: { acceptsMessages: boolean }) => r.acceptsMessages)).toBe(true);
    expect(JSON.stringify(result.body)).not.toContain('@');
  });

  it('cannot filter or populate on private fields and admin users', async () => {
    for (const path of [
      '/api/good-practices?filters[submitterEmail][$contains]=@',
      '/api/organisations?filters[contactEmail][$contains]=@',
      '/api/news-items?populate[createdBy]=true',
      '/api/news-items?filters[createdBy][email][$contains]=@',
    ]) {
      const result = await getJson(`${cms.url}${path}`, cms.token);
      expect(result.status, path).toBe(400);
    }
  });

  it('reads through GraphQL with relations, in both locales', async () => {
    const result = await graphql(
      cms,
      `query($locale: I18NLocaleCode) {
        newsItems(locale: $locale, sort: "date:desc", pagination: { limit: 100 }) { title sourceOrganisation { name } municipalities { name } }
      }`,
      { locale: 'en' },
      cms.token,
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.newsItems).toHaveLength(12);
    expect(result.body.data.newsItems[0].sourceOrganisation.name).toBe('Ministry of Social Security and Labour');
  });

  it('cannot ask GraphQL for private fields or run mutations', async () => {
    const privateField = await graphql(cms, '{ goodPractices { submitterEmail } }', {}, cms.token);
    expect(privateField.body.errors?.[0]?.message).toMatch(/Cannot query field "submitterEmail"/);
    const mutation = await graphql(
      cms,
      'mutation { createNewsItem(data: { title: "x" }) { documentId } }',
      {},
      cms.token,
    );
    expect(mutation.body.errors?.length).toBeGreaterThan(0);
  });

  it('is refused when wrong or tampered with', async () => {
    const result = await getJson(`${cms.url}/api/news-items`, `${cms.token.slice(0, -2)}xx`);
    expect(result.status).toBe(401);
  });
});

describe('GraphQL limits', () => {
  it('caps page size at the configured maximum', async () => {
    const result = await graphql(
      cms,
      '{ municipalities(locale: "lt", pagination: { limit: 1000 }) { documentId } }',
      {},
      cms.token,
    );
    expect(result.body.data.municipalities).toHaveLength(61);
    const capped = await graphql(
      cms,
      '{ municipalities_connection(locale: "lt", pagination: { pageSize: 1000 }) { pageInfo { pageSize } } }',
      {},
      cms.token,
    );
    expect(capped.body.data.municipalities_connection.pageInfo.pageSize).toBeLessThanOrEqual(100);
  });

  it('rejects queries nested deeper than the depth limit', async () => {
    const deep =
      '{ policyPriorities { children { parent { children { parent { children { parent { children { parent { children { title } } } } } } } } } } }';
    const result = await graphql(cms, deep, {}, cms.token);
    expect(result.body.errors?.[0]?.message).toMatch(/depth/i);
  });
});

describe('rebuild webhook', () => {
  it('points at the rebuild service with the shared secret header', async () => {
    const hooks = await cms.strapi.get('webhookStore').findWebhooks();
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      url: 'http://127.0.0.1:9/hooks/strapi',
      headers: { 'x-rebuild-secret': 'test-secret-value' },
      isEnabled: true,
    });
    expect(hooks[0].events).toEqual(
      expect.arrayContaining([
        'entry.publish',
        'entry.unpublish',
        'entry.delete',
        'published-media.update',
        'published-media.delete',
      ]),
    );
    // Uploads alone never ask for a build (the public's attachments are uploads).
    expect(hooks[0].events).not.toContain('media.create');
  });
});
