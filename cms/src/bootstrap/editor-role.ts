import type { Core } from '@strapi/strapi';
import { MANAGE_ALERTS_ACTION } from '../admin-api/alerts';
import { MANAGE_REGISTRATIONS_ACTION } from '../admin-api/registrations';

// Editors publish and moderate; they do not configure the platform. The Editor role may do
// exactly this: create, read, update, delete and publish the platform's own content types, in
// every language and every field (the same as the super admin has on them), use the media
// library, see and remove email alert subscribers on request, and see seminar registrations and
// mark attendance. Nothing else: no settings, users, roles, API tokens, webhooks, content-type
// builder or marketplace, and not the users-permissions "User" type. Strapi creates an Editor role
// on a new database, but before the locales exist and without delete or publish, and never
// updates it; this converges it on every start.
export const EDITOR_ROLE_CODE = 'strapi-editor';

const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

type Permission = {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
};

const key = (p: Permission) =>
  JSON.stringify([
    p.action,
    p.subject ?? null,
    [...(p.properties?.fields ?? [])].sort(),
    [...(p.properties?.locales ?? [])].sort(),
    [...(p.conditions ?? [])].sort(),
  ]);

/** What the Editor role may do (see above), derived from the super admin's permissions on the app's types. */
async function editorPermissions(strapi: Core.Strapi): Promise<Permission[]> {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  const granted = (await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: superAdmin.id } })) as Permission[];
  const content = granted
    .filter((p) => p.action.startsWith('plugin::content-manager.explorer.') && p.subject?.startsWith('api::'))
    .map(({ action, subject, properties }) => ({ action, subject, properties, conditions: [] }));
  return [
    ...content,
    ...[...MEDIA_ACTIONS, MANAGE_ALERTS_ACTION, MANAGE_REGISTRATIONS_ACTION].map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: [],
    })),
  ];
}

export async function ensureEditorRole(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  let role = await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } });
  role ??= await roles.create({
    name: 'Editor',
    code: EDITOR_ROLE_CODE,
    description: 'Editors publish and moderate the platform’s content and manage its media.',
  });
  const wanted = await editorPermissions(strapi);
  const current = (await strapi.db.query('admin::permission').findMany({ where: { role: role.id } })) as Permission[];
  const same =
    current.length === wanted.length &&
    new Set(current.map(key)).size === new Set([...current, ...wanted].map(key)).size;
  if (!same) {
    await roles.assignPermissions(role.id, wanted);
    strapi.log.info(`[bootstrap] set the Editor role's permissions (${wanted.length})`);
  }
  return role as { id: number };
}

/**
 * On a demo database (SEED_DEMO is not false), an editor to sign in as: DEMO_EDITOR_EMAIL /
 * DEMO_EDITOR_PASSWORD, generated into .env by `npm start`. Never created in production, where
 * editors are invited by an administrator.
 */
export async function ensureDemoEditor(strapi: Core.Strapi, role: { id: number }) {
  const email = process.env.DEMO_EDITOR_EMAIL?.toLowerCase();
  const password = process.env.DEMO_EDITOR_PASSWORD;
  if (process.env.SEED_DEMO === 'false' || !email || !password) return;
  if (await strapi.db.query('admin::user').findOne({ where: { email } })) return;
  // A Lithuanian editor: her admin opens in Lithuanian (each user's choice, in their profile).
  await strapi.service('admin::user').create({
    email,
    firstname: 'Rūta',
    lastname: 'Redaktorė',
    password,
    isActive: true,
    roles: [role.id],
    preferedLanguage: 'lt',
  });
  strapi.log.info(`[bootstrap] created the demo editor ${email}`);
}
