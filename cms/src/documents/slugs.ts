import type { Core } from '@strapi/strapi';
import { toSlug } from '@mip/shared-types';

type UidService = {
  generateUIDField(args: {
    contentTypeUID: string;
    field: string;
    data: Record<string, unknown>;
    locale?: string;
  }): Promise<string>;
  findUniqueUID(args: { contentTypeUID: string; field: string; value: string; locale?: string }): Promise<string>;
};

/**
 * Every slug Strapi proposes (the admin's default, its "Regenerate" button, the slug that follows
 * the title as the editor types, and the ones the server fills for code) comes from the site's
 * own rule, `toSlug` in shared-types, so `Ąžuolų g. – naujienos` is `azuolu-g-naujienos` wherever
 * it is made. A document keeps its own slug: proposing the slug it already has is not a collision.
 */
export function applySiteSlugRule(strapi: Core.Strapi) {
  const service = strapi.plugin('content-manager').service('uid') as UidService;
  const strapiRule = service.generateUIDField.bind(service);
  service.generateUIDField = async (args) => {
    const attribute = strapi.contentTypes[args.contentTypeUID as keyof typeof strapi.contentTypes]?.attributes?.[
      args.field as never
    ] as { targetField?: string } | undefined;
    const title = attribute?.targetField ? args.data?.[attribute.targetField] : undefined;
    const value = typeof title === 'string' ? toSlug(title) : '';
    if (!value) return strapiRule(args);
    const documentId =
      typeof args.data?.id === 'string' && args.data.id
        ? args.data.id
        : typeof args.data?.documentId === 'string'
          ? args.data.documentId
          : undefined;
    if (documentId) {
      const own = (await strapi.db.query(args.contentTypeUID as never).findOne({
        where: { documentId, ...(args.locale ? { locale: args.locale } : {}), [args.field]: value },
        select: ['id'],
      })) as { id: number } | null;
      if (own) return value;
    }
    return service.findUniqueUID({ ...args, value });
  };
}
