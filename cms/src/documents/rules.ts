import type { Core } from '@strapi/strapi';

type UidAttribute = { type: 'uid'; targetField?: string };

// Business rules that apply to every write, whoever makes it (admin, seed, submission routes).
// Registered once as a Document Service middleware instead of being repeated in controllers.
export function registerDocumentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if ((context.action === 'create' || context.action === 'update') && context.uid.startsWith('api::')) {
      await fillMissingSlug(strapi, context as unknown as SlugContext);
    }
    return next();
  });
}

type SlugContext = { uid: string; action: string; params: { data?: Record<string, unknown>; locale?: string } };

// The admin UI proposes a slug as the editor types; writes from code (seed, submissions) get the
// same treatment here, unique per locale.
async function fillMissingSlug(strapi: Core.Strapi, { uid, action, params }: SlugContext) {
  const data = params.data;
  if (!data) return;
  const attribute = strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.attributes?.slug as UidAttribute | undefined;
  if (attribute?.type !== 'uid' || !attribute.targetField) return;
  if (data.slug || (action === 'update' && !('slug' in data))) return;
  if (!data[attribute.targetField]) return;
  data.slug = await strapi.plugin('content-manager').service('uid').generateUIDField({
    contentTypeUID: uid,
    field: 'slug',
    data,
    locale: params.locale,
  });
}
