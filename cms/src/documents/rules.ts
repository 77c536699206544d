import type { Core } from '@strapi/strapi';
import { cleanText } from '@mip/shared-types';
import { stripHtml } from './strip-html';
import { DEFAULT_LOCALE } from '../bootstrap/locales';

type UidAttribute = { type: 'uid'; targetField?: string };

// Business rules that apply to every write, whoever makes it (admin, seed, submission routes).
// Registered once as a Document Service middleware instead of being repeated in controllers.
export function registerDocumentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if ((context.action === 'create' || context.action === 'update') && context.uid.startsWith('api::')) {
      const params = (context as unknown as SlugContext).params as SlugContext['params'] & { status?: string };
      if (context.action === 'create' && params.data?.origin === 'submission') {
        // Whatever a caller asks for, a submission starts as a draft waiting for review, and
        // carries no HTML and no hidden characters (plain text and Markdown fields alike).
        delete params.status;
        params.data.moderationStatus = 'submitted';
        plainTextDeep(params.data);
      }
      await fillMissingSlug(strapi, context as unknown as SlugContext);
    }
    return next();
  });
}

type SlugContext = {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown>; locale?: string; documentId?: string };
};

// The admin UI proposes a slug as the editor types; writes from code (seed, submissions) get the
// same treatment here, unique per locale.
async function fillMissingSlug(strapi: Core.Strapi, { uid, action, params }: SlugContext) {
  const data = params.data;
  if (!data) return;
  const attribute = strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.attributes?.slug as
    | UidAttribute
    | undefined;
  if (attribute?.type !== 'uid' || !attribute.targetField) return;
  if (data.slug || !data[attribute.targetField]) return;
  // An update that leaves the slug out keeps the current one, unless it creates a new language version.
  if (
    action === 'update' &&
    !('slug' in data) &&
    (await strapi.db
      .query(uid as never)
      .findOne({ where: { documentId: params.documentId, locale: params.locale ?? DEFAULT_LOCALE }, select: ['id'] }))
  )
    return;
  data.slug = await strapi.plugin('content-manager').service('uid').generateUIDField({
    contentTypeUID: uid,
    field: 'slug',
    data,
    locale: params.locale,
  });
}

/** Cleans every string in a document's data, components and lists included (see strip-html.ts). */
export function plainTextDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripHtml(cleanText(value));
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      value[i] = plainTextDeep(item);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = plainTextDeep(item);
  }
  return value;
}
