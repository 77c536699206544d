import type { Core } from '@strapi/strapi';

const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('lt');

/**
 * The directory's organisation whose published name, in either language, is the one someone
 * typed in a public form (ignoring case, spaces and Unicode forms; SQLite's LOWER() folds ASCII
 * only, so the comparison is made here, over the directory's names). Editors link the rest
 * themselves: the edit view says when a typed organisation is not linked.
 */
export async function organisationNamed(strapi: Core.Strapi, name: string | undefined): Promise<string | undefined> {
  const wanted = name ? fold(name) : '';
  if (!wanted) return undefined;
  const names = (await strapi.db.query('api::organisation.organisation' as never).findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['documentId', 'name'],
  } as never)) as { documentId: string; name: string }[];
  return names.find((o) => fold(o.name) === wanted)?.documentId;
}
