import type { Core } from '@strapi/strapi';

// Actions the anonymous public may call. Reading is never among them: in Strapi 5 any role with
// `find` can ask for drafts (status=draft), so the site reads with an API token instead. The
// submission routes (their own issue) declare `auth: false` and need no entry here.
const PUBLIC_ACTIONS: readonly string[] = [];

export async function lockDownPublicRole(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');

  const permissions = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: role.id } });
  const extra = permissions.filter((p: { action: string }) => !PUBLIC_ACTIONS.includes(p.action));
  if (extra.length > 0) {
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { id: { $in: extra.map((p: { id: number }) => p.id) } } });
    strapi.log.info(`[bootstrap] removed ${extra.length} permission(s) from the public role`);
  }

  // End-user accounts serve no purpose here; closing registration also closes the
  // users-permissions `register` mutation.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ value: { ...advanced, allow_register: false } });
  }
}
