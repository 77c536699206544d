import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../bootstrap/locales';

// What is per language and what is one for the entry (README, "Languages in the admin").
//
// Texts are per language: titles, summaries, bodies, slugs, alt texts, names. Everything else is a
// fact about the entry and the same in every language: dates, numbers, enumerations, files,
// non-localized components (Strapi's i18n already copies those between the language versions on
// every write) and relations, which Strapi keeps per language and cannot make shared
// (strapi/strapi#24065). This rule keeps the relations in step:
//
// - every write of one language version sets the same links on the other versions of the same
//   status (drafts with drafts, published with published), each pointing at the target's version
//   in that language;
// - a new language version starts with the links the existing ones have (added to any it brings),
//   so an English version is never created with its organisation, areas or municipality missing;
// - a link to a target that has no version in the other language cannot be made there, and is
//   kept where it is: writing the other version never removes it.
//
// And one decision about taking entries down: the Lithuanian version is the original and the
// others translate it, so unpublishing or deleting the Lithuanian version does the same to every
// language (an English page of a withdrawn entry would stay in English lists, feeds and the
// coverage matrix). Unpublishing or deleting only a translation stays possible. The admin's edit
// view says this beside the actions (src/admin).

type Attribute = { type: string; target?: string; relation?: string; visible?: boolean; unstable_virtual?: boolean };
type Model = {
  uid: string;
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
};
type Row = { id: number; locale: string } & Record<string, unknown>;
type Params = { documentId?: string; locale?: unknown; status?: string };

const syncing = new AsyncLocalStorage<true>();

const model = (strapi: Core.Strapi, uid: string) =>
  strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as Model | undefined;
const isLocalized = (m: Model | undefined) => !!m?.pluginOptions?.i18n?.localized;
const hasDrafts = (m: Model | undefined) => !!m?.options?.draftAndPublish;
const isSingle = (a: Attribute) => a.relation === 'oneToOne' || a.relation === 'manyToOne';

/** The relations of a localized content type that this rule keeps the same in every language. */
export function sharedRelations(strapi: Core.Strapi, uid: string): string[] {
  const m = model(strapi, uid);
  if (!isLocalized(m)) return [];
  return Object.entries(m!.attributes)
    .filter(
      ([name, a]) =>
        a.type === 'relation' &&
        a.target?.startsWith('api::') &&
        a.visible !== false &&
        !a.unstable_virtual &&
        name !== 'localizations',
    )
    .map(([name]) => name);
}

export function registerSharedFacts(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (syncing.getStore() || !context.uid.startsWith('api::')) return next();
    const m = model(strapi, context.uid);
    if (!isLocalized(m)) return next();
    const params = (context as unknown as { params: Params }).params;
    const locale = typeof params.locale === 'string' ? params.locale : undefined;

    if (
      (context.action === 'unpublish' || context.action === 'delete') &&
      (locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE &&
      params.documentId
    ) {
      params.locale = '*';
      return next();
    }

    const relations = sharedRelations(strapi, context.uid);
    const writes = context.action === 'create' || context.action === 'update' || context.action === 'publish';
    if (!writes || !relations.length || locale === '*') return next();
    const written = locale ?? DEFAULT_LOCALE;
    const existed =
      context.action === 'update' && params.documentId
        ? !!(await strapi.db
            .query(context.uid as never)
            .findOne({ where: { documentId: params.documentId, locale: written }, select: ['id'] }))
        : true;

    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
    if (!documentId) return result;
    const statuses: boolean[] = !hasDrafts(m)
      ? [true]
      : context.action === 'publish'
        ? [true]
        : params.status === 'published'
          ? [false, true]
          : [false];
    await syncing.run(true, async () => {
      for (const published of statuses)
        await shareRelations(strapi, context.uid, documentId, written, published, { fill: !existed });
    });
    return result;
  });
}

/**
 * Sets the relations of every language version of one document (of one status) to those of the
 * `locale` version. With `fill`, that version first takes the links of the others as well.
 */
export async function shareRelations(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string,
  published: boolean,
  { fill = false } = {},
) {
  const m = model(strapi, uid)!;
  const relations = sharedRelations(strapi, uid);
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId, ...(hasDrafts(m) ? { publishedAt: published ? { $notNull: true } : null } : {}) },
    select: ['id', 'locale'],
    populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
  })) as Row[];
  const source = rows.find((row) => row.locale === locale);
  if (!source || rows.length < 2) return;

  for (const name of relations) {
    const attribute = m.attributes[name]!;
    const linked = (row: Row) => {
      const value = row[name] as { documentId: string } | { documentId: string }[] | null | undefined;
      return (Array.isArray(value) ? value : value ? [value] : []).map((t) => t.documentId);
    };
    let wanted = linked(source);
    if (fill) {
      wanted = unique([...wanted, ...rows.flatMap(linked)]);
      if (isSingle(attribute)) wanted = wanted.slice(0, 1);
      await setLinks(strapi, uid, source, name, wanted, published);
    }
    for (const row of rows) {
      if (row === source) continue;
      const current = linked(row);
      // Links the source language cannot have (the target has no version in it) stay.
      const missing = current.filter((id) => !wanted.includes(id));
      const kept = missing.length ? await withoutVersionIn(strapi, attribute.target!, missing, locale, published) : [];
      let target = unique([...wanted, ...kept]);
      if (isSingle(attribute)) target = target.slice(0, 1);
      if (!sameList(target, current)) await setLinks(strapi, uid, row, name, target, published);
    }
  }
}

/** Points `row`'s relation at the version, in the row's language and status, of each target document. */
async function setLinks(
  strapi: Core.Strapi,
  uid: string,
  row: Row,
  name: string,
  documentIds: string[],
  published: boolean,
) {
  const attribute = model(strapi, uid)!.attributes[name]!;
  const target = model(strapi, attribute.target!);
  const found = documentIds.length
    ? ((await strapi.db.query(attribute.target as never).findMany({
        where: {
          documentId: { $in: documentIds },
          ...(isLocalized(target) ? { locale: row.locale } : {}),
          ...(hasDrafts(target) ? { publishedAt: published ? { $notNull: true } : null } : {}),
        },
        select: ['id', 'documentId'],
      })) as { id: number; documentId: string }[])
    : [];
  const ids = documentIds
    .map((d) => found.find((f) => f.documentId === d)?.id)
    .filter((id): id is number => id !== undefined);
  await strapi.db
    .query(uid as never)
    .update({ where: { id: row.id }, data: { [name]: isSingle(attribute) ? (ids[0] ?? null) : ids } });
}

/** Of these target documents, the ones with no version in `locale` (and status). */
async function withoutVersionIn(
  strapi: Core.Strapi,
  targetUid: string,
  documentIds: string[],
  locale: string,
  published: boolean,
) {
  const target = model(strapi, targetUid);
  if (!isLocalized(target)) return [];
  const present = (await strapi.db.query(targetUid as never).findMany({
    where: {
      documentId: { $in: documentIds },
      locale,
      ...(hasDrafts(target) ? { publishedAt: published ? { $notNull: true } : null } : {}),
    },
    select: ['documentId'],
  })) as { documentId: string }[];
  const have = new Set(present.map((p) => p.documentId));
  return documentIds.filter((id) => !have.has(id));
}

/**
 * Brings a database written before this rule into step, once: each document's language versions
 * get the union of their links (nothing an editor linked in either language is lost).
 */
export async function shareExistingRelations(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'core', name: 'mip' });
  const MARKER = 'shared-relations-v1';
  if (await store.get({ key: MARKER })) return;
  let documents = 0;
  for (const uid of Object.keys(strapi.contentTypes).filter((u) => u.startsWith('api::'))) {
    if (!sharedRelations(strapi, uid).length) continue;
    const m = model(strapi, uid);
    for (const published of hasDrafts(m) ? [false, true] : [true]) {
      const rows = (await strapi.db.query(uid as never).findMany({
        where: {
          locale: DEFAULT_LOCALE,
          ...(hasDrafts(m) ? { publishedAt: published ? { $notNull: true } : null } : {}),
        },
        select: ['documentId'],
      })) as { documentId: string }[];
      for (const { documentId } of rows) {
        await shareRelations(strapi, uid, documentId, DEFAULT_LOCALE, published, { fill: true });
        documents++;
      }
    }
  }
  await store.set({ key: MARKER, value: true });
  if (documents) strapi.log.info(`[bootstrap] relations shared across languages for ${documents} document versions`);
}

const unique = (ids: string[]) => [...new Set(ids)];
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
