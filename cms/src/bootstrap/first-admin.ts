import type { Core } from '@strapi/strapi';

// On a database with no admin users, creates a super admin from ADMIN_EMAIL / ADMIN_PASSWORD
// (generated into the root .env by `npm start`). Never touches existing admins.
export async function ensureFirstAdmin(strapi: Core.Strapi) {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if ((await users.count()) > 0) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('super admin role is missing');
  await users.create({
    email: email.toLowerCase(),
    firstname: 'Platform',
    lastname: 'Admin',
    password,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[bootstrap] created the first admin user ${email}`);
}
