// The Editor role and the demo editor, through the admin API the admin panel uses: an editor
// manages and publishes content in both languages and uses the media library, and can reach
// nothing that configures the platform. (The same, in the real admin UI in Chromium, is in
// e2e/admin.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@mip/cms/seed';
import { EDITOR_ROLE_CODE, ensureEditorRole } from '../src/bootstrap/editor-role.ts';
import { demoEditorHeaders, startTestCms, type TestCms } from './harness.ts';

let cms: TestCms;
let headers: Record<string, string>;

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemo(cms.strapi);
  headers = await demoEditorHeaders(cms);
});
afterAll(async () => {
  await cms?.stop();
});

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${cms.url}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
const manager = (type: string) => `/content-manager/collection-types/api::${type}.${type}`;

describe('the demo editor', () => {
  it('is an Editor, not a super admin', async () => {
    const me = (await (await call('GET', '/admin/users/me')).json()) as {
      data: { email: string; roles: { code: string }[] };
    };
    expect(me.data.email).toBe(cms.env.DEMO_EDITOR_EMAIL);
    expect(me.data.roles.map((r) => r.code)).toEqual([EDITOR_ROLE_CODE]);
  });

  it('writes, publishes, unpublishes and deletes content in both languages', async () => {
    for (const locale of ['lt', 'en'])
      expect((await call('GET', `${manager('good-practice')}?locale=${locale}&pageSize=10`)).status, locale).toBe(200);
    const created = await call('POST', `${manager('news-item')}?locale=lt`, {
      title: 'Redaktorės naujiena',
      summary: 'Trumpai.',
      body: 'Tekstas.',
      date: '2026-12-02',
      level: 'national',
      kind: 'institutional',
    });
    expect(created.status).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    const translated = await call('PUT', `${manager('news-item')}/${documentId}?locale=en`, {
      title: 'The editor’s news',
      summary: 'Briefly.',
      body: 'Text.',
      date: '2026-12-02',
      level: 'national',
      kind: 'institutional',
    });
    expect(translated.status).toBe(200);
    for (const action of ['publish', 'unpublish'])
      expect(
        (await call('POST', `${manager('news-item')}/${documentId}/actions/${action}?locale=lt`, {})).status,
        action,
      ).toBe(200);
    expect((await call('DELETE', `${manager('news-item')}/${documentId}?locale=*`)).status).toBe(200);
  });

  it('uses the media library', async () => {
    expect((await call('GET', '/upload/files?page=1&pageSize=10')).status).toBe(200);
  });

  it('sees what readers follow by email, and finds and removes a subscriber on request', async () => {
    const topics = await call('GET', '/mip/alerts/topics');
    expect(topics.status).toBe(200);
    expect(await topics.json()).toMatchObject({ topics: [], outbox: { sent: 0 } });
    const found = await call('GET', '/mip/alerts/subscribers?email=nobody@example.lt');
    expect(await found.json()).toEqual({ subscriptions: [] });
    expect((await call('DELETE', '/mip/alerts/subscribers?email=nobody@example.lt')).status).toBe(200);
    // Without signing in: nothing.
    expect((await fetch(`${cms.url}/mip/alerts/topics`)).status).toBe(401);
  });

  it('reaches nothing that configures the platform', async () => {
    for (const path of [
      '/admin/api-tokens',
      '/admin/transfer/tokens',
      '/admin/webhooks',
      '/admin/roles',
      '/admin/users',
      '/admin/project-settings',
      '/content-type-builder/content-types',
      '/upload/settings',
      '/users-permissions/roles',
      '/content-manager/collection-types/plugin::users-permissions.user',
    ]) {
      expect((await call('GET', path)).status, path).toBe(403);
    }
    expect((await call('POST', '/admin/api-tokens', { name: 'x', type: 'full-access', lifespan: null })).status).toBe(
      403,
    );
    expect((await call('POST', '/i18n/locales', { code: 'fr', name: 'French' })).status).toBe(403);
  });
});

describe('the Editor role', () => {
  it('has exactly content, media and alert-subscriber permissions, and is left alone when it already has them', async () => {
    const role = (await cms.strapi.db
      .query('admin::role')
      .findOne({ where: { code: EDITOR_ROLE_CODE }, populate: ['permissions'] })) as {
      permissions: { action: string; subject: string | null; properties: { locales?: string[] } }[];
    };
    const types = Object.keys(cms.strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
    // Per type: create, read, update, delete, publish; six of the media library; managing alert subscribers.
    expect(role.permissions).toHaveLength(types.length * 5 + 6 + 2);
    expect(role.permissions.map((p) => p.action)).toContain('api::alerts.manage');
    expect(role.permissions.map((p) => p.action)).toContain('api::registrations.manage');
    // In every language (a type that is one for all languages, the public's responses, has none).
    const localized = (uid: string) =>
      !!(cms.strapi.contentTypes[uid as never] as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions
        ?.i18n?.localized;
    expect(
      role.permissions
        .filter((p) => p.subject)
        .every((p) => [...(p.properties.locales ?? [])].sort().join() === (localized(p.subject!) ? 'en,lt' : '')),
    ).toBe(true);
    expect(
      role.permissions.some((p) =>
        /^admin::|content-type-builder|users-permissions|i18n\.locale|upload\.settings/.test(p.action),
      ),
    ).toBe(false);
    const before = (
      await cms.strapi.db
        .query('admin::permission')
        .findMany({ where: { role: (await ensureEditorRole(cms.strapi)).id } })
    ).map((p: { id: number }) => p.id);
    await ensureEditorRole(cms.strapi);
    const after = (
      await cms.strapi.db
        .query('admin::permission')
        .findMany({ where: { role: (await ensureEditorRole(cms.strapi)).id } })
    ).map((p: { id: number }) => p.id);
    expect(after).toEqual(before);
  });
});
