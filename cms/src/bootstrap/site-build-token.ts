import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const SITE_BUILD_TOKEN_NAME = 'site-build (read-only)';
export const SITE_PREVIEW_TOKEN_NAME = 'site-preview (read-only, drafts)';

// The site reads the CMS with API tokens whose keys come from the environment (generated into the
// root .env on the first `npm start`). Strapi only stores a hash, so we create each token and set
// its key to the one we were given; a changed key replaces the old one on the next start. Each
// token may do exactly what the site does and nothing more: list the platform's own content types
// (GraphQL reads everything through those lists). Strapi's "read-only" type would also read every
// uploaded file (drafts' attachments included), the users-permissions roles and the locales.
// - The build's (CMS_TOKEN) reads published content only: no token type stops `status=draft`, so
//   a Document Service rule does (restrictSiteBuildToken).
// - The preview service's (CMS_PREVIEW_TOKEN) may read drafts too. It lives only in that server
//   process's environment, never in a page, a build or a browser.

interface SiteToken {
  name: string;
  description: string;
  /** The setting holding the key. */
  setting: 'CMS_TOKEN' | 'CMS_PREVIEW_TOKEN';
  /** What cannot work without it, for the warning. */
  needed: string;
}

const SITE_TOKENS: SiteToken[] = [
  {
    name: SITE_BUILD_TOKEN_NAME,
    description: 'Used by the static site build (GraphQL, published content only). Managed by the CMS bootstrap.',
    setting: 'CMS_TOKEN',
    needed: 'the site build will not be able to read content',
  },
  {
    name: SITE_PREVIEW_TOKEN_NAME,
    description: "Used by the preview service to render editors' drafts (GraphQL). Managed by the CMS bootstrap.",
    setting: 'CMS_PREVIEW_TOKEN',
    needed: 'previews of drafts will not work',
  },
];

/** The content-API actions the site needs: `find` on each of the app's own content types. */
export function siteBuildActions(strapi: Core.Strapi): string[] {
  return Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith('api::'))
    .map((uid) => `${uid}.find`)
    .sort();
}

export async function ensureSiteTokens(strapi: Core.Strapi) {
  await removeStrapiDefaultTokens(strapi);
  for (const spec of SITE_TOKENS) await ensureSiteToken(strapi, spec);
}

async function ensureSiteToken(strapi: Core.Strapi, spec: SiteToken) {
  const key = process.env[spec.setting];
  if (!key) {
    strapi.log.warn(`[bootstrap] ${spec.setting} is not set: ${spec.needed}`);
    return;
  }
  if (key.length < 32) throw new Error(`${spec.setting} must be at least 32 characters long`);

  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const hashed = tokens.hash(key);

  let token = await strapi.db.query('admin::api-token').findOne({ where: { name: spec.name } });
  if (!token) {
    token = await tokens.create({
      name: spec.name,
      description: spec.description,
      type: 'custom',
      kind: 'content-api',
      permissions: siteBuildActions(strapi),
      lifespan: null,
    });
    strapi.log.info(`[bootstrap] created the API token "${spec.name}"`);
  }
  const wanted = siteBuildActions(strapi);
  const granted = (
    ((await strapi.db.query('admin::api-token').load(token, 'permissions')) as { action: string }[] | null) ?? []
  )
    .map((p) => p.action)
    .sort();
  if (token.type !== 'custom' || JSON.stringify(granted) !== JSON.stringify(wanted)) {
    await tokens.update(token.id, { type: 'custom', permissions: wanted });
  }
  if (token.accessKey !== hashed) {
    await strapi.db
      .query('admin::api-token')
      .update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(key) } });
  }
}

/**
 * The site build's token reads published content only: any read of drafts it asks for, through
 * REST (`status=draft`) or GraphQL (`status: DRAFT`), is refused. Previews read drafts with a
 * token of their own (SITE_PREVIEW_TOKEN_NAME).
 */
export function restrictSiteBuildToken(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const params = (context as { params?: { status?: string } }).params;
    if (params?.status === 'draft') {
      const auth = strapi.requestContext.get()?.state?.auth as
        | { strategy?: { name?: string }; credentials?: { name?: string } }
        | undefined;
      // Strapi names the API-token strategy `content-api-token` (`api-token` in older versions).
      if (/api-token$/.test(auth?.strategy?.name ?? '') && auth?.credentials?.name === SITE_BUILD_TOKEN_NAME) {
        throw new errors.ForbiddenError('The site build token reads published content only');
      }
    }
    return next();
  });
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
  if (defaults.length > 0)
    strapi.log.info(`[bootstrap] removed ${defaults.length} default API token(s) created by Strapi`);
}
