import type { Core } from '@strapi/strapi';

export const SITE_BUILD_TOKEN_NAME = 'site-build (read-only)';

// The site build reads with a read-only API token whose key comes from the environment
// (CMS_TOKEN, generated into the root .env on the first `npm start`). Strapi only stores a hash,
// so we create the token and set its key to the one we were given; a changed CMS_TOKEN replaces
// the old key on the next start.
export async function ensureSiteBuildToken(strapi: Core.Strapi) {
  await removeStrapiDefaultTokens(strapi);

  const key = process.env.CMS_TOKEN;
  if (!key) {
    strapi.log.warn('[bootstrap] CMS_TOKEN is not set: the site build will not be able to read content');
    return;
  }
  if (key.length < 32) throw new Error('CMS_TOKEN must be at least 32 characters long');

  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const hashed = tokens.hash(key);

  let token = await strapi.db.query('admin::api-token').findOne({ where: { name: SITE_BUILD_TOKEN_NAME } });
  if (!token) {
    token = await tokens.create({
      name: SITE_BUILD_TOKEN_NAME,
      description: 'Used by the static site build (GraphQL, read-only). Managed by the CMS bootstrap.',
      type: 'read-only',
      kind: 'content-api',
      lifespan: null,
    });
    strapi.log.info('[bootstrap] created the read-only API token for the site build');
  }
  if (token.type !== 'read-only' || token.accessKey !== hashed) {
    await strapi.db.query('admin::api-token').update({
      where: { id: token.id },
      data: { type: 'read-only', accessKey: hashed, encryptedKey: encryption.encrypt(key) },
    });
  }
}

// On an empty database Strapi creates a "Read Only" and a "Full Access" token nobody asked for.
// Unused credentials are only risk (the full-access one can write and publish), so remove them;
// tokens an editor creates under those names have another description and are left alone.
async function removeStrapiDefaultTokens(strapi: Core.Strapi) {
  const defaults = await strapi.db.query('admin::api-token').findMany({
    where: {
      $or: [
        { name: 'Read Only', description: { $startsWith: 'A default API token with read-only permissions' } },
        { name: 'Full Access', description: { $startsWith: 'A default API token with full access permissions' } },
      ],
    },
  });
  for (const token of defaults) await strapi.service('admin::api-token').revoke(token.id);
  if (defaults.length > 0) strapi.log.info(`[bootstrap] removed ${defaults.length} default API token(s) created by Strapi`);
}
