import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import type { TadaDocumentNode } from 'gql.tada';
import { CONTENT_TYPES, isLocalized, LOCALES, type Locale } from '@mip/shared-types';
import type { CmsQuery } from './client.ts';
import { COLLECTION_KEYS, fetchCollection, fetchSiteContent, type CollectionKey, type SiteContent } from './content.ts';
import { fetchAllPages, PAGE_SIZE } from './paginate.ts';
import { COLLECTION_QUERIES } from './queries.ts';

// The content the last build read, kept on disk (SITE_CONTENT_SNAPSHOT) so that the next build
// asks the CMS only for what changed since: at 10,000 documents reading everything takes minutes,
// a delta in seconds. The snapshot is a cache of the CMS, never a source of truth: any doubt
// (changed queries, a large change, a media change, a restored backup) means a full read, and
// the rebuild service does a full read on its schedule.
//
// What can change a published document's data, and how the delta finds it:
// - publishing it (new publishedAt), or saving a type without drafts (new updatedAt);
// - a file it shows being changed or deleted in the media library (no date of the document shows
//   that): the rebuild service names the file, and every document showing it is read again;
// - unpublishing or deleting it: the collection's count no longer adds up, so its id list is read;
// - a linked document changing (its name is shown, or it disappears): every document that linked
//   to it in the snapshot is read again;
// - a link added from the other side (an organisation's edit view lists its practices): the
//   changed organisations, priorities and calls are asked for what links to them now;
// - registrations for a seminar that takes them on the site (its places taken): such seminars are
//   read again by every delta.
// A document read again is read in both languages, since each language lists the other's slug.

export type Content = Record<Locale, SiteContent>;

const SNAPSHOT_VERSION = 1;
/** The next delta starts this long before the previous read began, so nothing published during it is missed. */
const OVERLAP_MS = 60_000;
/** More changed documents than this in one collection: a full read is simpler and about as fast. */
const MAX_CHANGED = PAGE_SIZE;

interface Snapshot {
  version: number;
  /** The queries the content came from: a snapshot of other queries is not reused. */
  source: string;
  /** CMS time from which the next delta reads. */
  since: string;
  content: Content;
}

export interface LoadedContent {
  content: Content;
  mode: 'full' | 'delta';
  /** Why a full read was done, or how many documents the delta read again. */
  detail: string;
}

export interface LoadOptions {
  /** Where the snapshot lives; without one every build reads everything. */
  snapshotFile?: string;
  /** Read everything even when a snapshot exists (it is then rewritten). */
  full?: boolean;
  /** The CMS's clock (its Date header), so the delta does not depend on this machine's. */
  cmsTime: () => Promise<Date>;
  /** How far before the previous read's start the next delta begins (default a minute). */
  overlapMs?: number;
  /** Files (document ids) changed or deleted since the last read: the documents showing them are read again. */
  changedMedia?: string[];
}

/** Reads the published content of both languages: a delta on top of the snapshot when it can, else everything. */
export async function loadContent(query: CmsQuery, options: LoadOptions): Promise<LoadedContent> {
  const startedAt = await options.cmsTime();
  const source = sourceDigest();
  const previous = options.snapshotFile && !options.full ? readSnapshot(options.snapshotFile, source) : null;
  let loaded: LoadedContent | null = null;
  if (previous) {
    const delta = await readDelta(query, previous.content, previous.since, options.changedMedia ?? []);
    if (typeof delta === 'string') loaded = { content: await readAll(query), mode: 'full', detail: delta };
    else loaded = { content: delta.content, mode: 'delta', detail: `${delta.reread} document(s) read again` };
  }
  loaded ??= {
    content: await readAll(query),
    mode: 'full',
    detail: !options.snapshotFile ? 'no snapshot kept' : options.full ? 'full read requested' : 'no usable snapshot',
  };
  if (options.snapshotFile) {
    writeSnapshot(options.snapshotFile, {
      version: SNAPSHOT_VERSION,
      source,
      since: new Date(startedAt.getTime() - (options.overlapMs ?? OVERLAP_MS)).toISOString(),
      content: loaded.content,
    });
  }
  return loaded;
}

async function readAll(query: CmsQuery): Promise<Content> {
  const content = {} as Content;
  for (const locale of LOCALES) {
    content[locale] = await fetchSiteContent(query, locale);
    // The CMS sorts by document id too, but by its database's collation: sorted here, a full read
    // and a delta give the same order.
    for (const key of COLLECTION_KEYS) (content[locale][key] as { documentId: string }[]).sort(byDocumentId);
  }
  return content;
}

// The snapshot belongs to the site's build cache, and so to one CMS (its address may change, as
// in the benchmarks); `npm run restore` removes the cache, since a restored database is another.
function sourceDigest(): string {
  const hash = createHash('sha256');
  for (const key of COLLECTION_KEYS) hash.update(print(COLLECTION_QUERIES[key] as never));
  return hash.digest('hex');
}

/**
 * The content of the snapshot in `file` as the last build read it, or null when there is none
 * this code can use. Read only: the preview service overlays a draft on it, in memory.
 */
export function readSnapshotContent(file: string): Content | null {
  return readSnapshot(file, sourceDigest())?.content ?? null;
}

function readSnapshot(file: string, source: string): Snapshot | null {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    return snapshot.version === SNAPSHOT_VERSION && snapshot.source === source ? snapshot : null;
  } catch {
    return null; // missing or unreadable: read everything and write a new one
  }
}

function writeSnapshot(file: string, snapshot: Snapshot) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, file); // never half-written
}

type Ids = Map<CollectionKey, Set<string>>;

const add = (ids: Ids, key: CollectionKey, id: string) => {
  let set = ids.get(key);
  if (!set) {
    set = new Set();
    ids.set(key, set);
  }
  set.add(id);
};

const raw = (text: string) => text as unknown as TadaDocumentNode<never, never>;

/** The delta on top of `previous`, or the reason a full read is needed. */
async function readDelta(
  query: CmsQuery,
  previous: Content,
  since: string,
  changedMedia: string[],
): Promise<{ content: Content; reread: number } | string> {
  const reread: Ids = new Map();
  if (changedMedia.length > MAX_CHANGED) return `more than ${MAX_CHANGED} changed files`;

  // 1. What was published or saved since, and how many each collection holds now.
  const changedQuery = raw(`query Changed($locale: I18NLocaleCode!, $since: DateTime!) {
    ${COLLECTION_KEYS.map(
      (
        key,
      ) => `${key}: ${key}_connection(${localeArg(key)}filters: { or: [{ publishedAt: { gt: $since } }, { updatedAt: { gt: $since } }] }, sort: ["documentId:asc"], pagination: { pageSize: ${MAX_CHANGED} }) { nodes { documentId } pageInfo { total } }
    ${key}All: ${key}_connection(${localeArg(key)}pagination: { pageSize: 1 }) { pageInfo { total } }`,
    ).join('\n    ')}
  }`);
  type Connection = { nodes: { documentId: string }[]; pageInfo: { total: number } };
  for (const locale of LOCALES) {
    const result = (await query(changedQuery, { locale, since } as never)) as Record<string, Connection>;
    for (const key of COLLECTION_KEYS) {
      const changed = result[key]!;
      if (changed.pageInfo.total > MAX_CHANGED) return `more than ${MAX_CHANGED} changes in ${key}`;
      for (const { documentId } of changed.nodes) add(reread, key, documentId);
      // 2. Unpublished or deleted: the count does not add up, so compare the id lists.
      const known = new Set([
        ...previous[locale][key].map((d) => d.documentId),
        ...changed.nodes.map((d) => d.documentId),
      ]);
      if (known.size !== result[`${key}All`]!.pageInfo.total) {
        const now = new Set(await documentIds(query, key, locale));
        const before = new Set(previous[locale][key].map((d) => d.documentId));
        for (const id of before) if (!now.has(id)) add(reread, key, id);
        for (const id of now) if (!before.has(id)) add(reread, key, id);
      }
    }
  }

  // 3. Links made from the other side of a relation.
  const inverse = await inverseLinks(query, reread);
  if (typeof inverse === 'string') return inverse;

  // 4. Documents that showed a changed or removed one, or a changed file.
  const referrers = referrersOf(previous, reread, changedMedia);
  for (const [key, ids] of [...inverse, ...referrers]) for (const id of ids) add(reread, key, id);
  // And seminars taking registration on the site: the places taken change without a publish.
  for (const locale of LOCALES)
    for (const seminar of previous[locale].seminars)
      if (seminar.platformRegistration) add(reread, 'seminars', seminar.documentId);

  // 5. Read them again, in both languages, and put them in place of the old versions.
  // Only the lists of collections with changes are replaced below, never a document in place, so
  // copying the two levels above them is enough (a deep copy of 10,000 documents takes seconds).
  const content = Object.fromEntries(LOCALES.map((locale) => [locale, { ...previous[locale] }])) as Content;
  let count = 0;
  for (const [key, ids] of reread) {
    count += ids.size;
    const list = [...ids];
    for (const locale of LOCALES) {
      const fresh: { documentId: string }[] = [];
      for (let i = 0; i < list.length; i += PAGE_SIZE) {
        fresh.push(
          ...((await fetchCollection(query, key, locale, { documentId: { in: list.slice(i, i + PAGE_SIZE) } })) as {
            documentId: string;
          }[]),
        );
      }
      const kept = (content[locale][key] as { documentId: string }[]).filter((d) => !ids.has(d.documentId));
      (content[locale] as unknown as Record<CollectionKey, unknown[]>)[key] = [...kept, ...fresh].sort(byDocumentId);
    }
  }
  return { content, reread: count };
}

const byDocumentId = (a: { documentId: string }, b: { documentId: string }) =>
  a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;

/** The `locale` argument of a collection's field in a query (none for a type that is not localized). */
const localeArg = (key: CollectionKey) => (isLocalized(key) ? 'locale: $locale, ' : '');

async function documentIds(query: CmsQuery, key: CollectionKey, locale: Locale): Promise<string[]> {
  const declared = isLocalized(key) ? '$locale: I18NLocaleCode!, ' : '';
  const document = raw(`query Ids(${declared}$page: Int, $pageSize: Int) {
    list: ${key}_connection(${localeArg(key)}sort: ["documentId:asc"], pagination: { page: $page, pageSize: $pageSize }) { nodes { documentId } pageInfo { page pageCount } }
  }`);
  const nodes = await fetchAllPages(
    query,
    document as TadaDocumentNode<
      { list: { nodes: { documentId: string }[]; pageInfo: { page: number; pageCount: number } } },
      { locale: string; page?: number | null; pageSize?: number | null }
    >,
    { locale },
    (r) => r.list,
  );
  return nodes.map((n) => n.documentId);
}

// The relations an editor can change from the target's side (mappedBy in the content model): the
// field on the target and the collection at its other end.
// The inverse relations of each type, from the content-type manifest (proved equal to the
// schemas' `mappedBy` fields by cms/test/content-model.test.ts).
const INVERSE_FIELDS = Object.fromEntries(
  COLLECTION_KEYS.filter((key) => Object.keys(CONTENT_TYPES[key].inverse).length).map((key) => [
    key,
    CONTENT_TYPES[key].inverse,
  ]),
) as Partial<Record<CollectionKey, Record<string, CollectionKey>>>;

async function inverseLinks(query: CmsQuery, changed: Ids): Promise<Ids | string> {
  const found: Ids = new Map();
  for (const [target, fields] of Object.entries(INVERSE_FIELDS) as [CollectionKey, Record<string, CollectionKey>][]) {
    const ids = [...(changed.get(target) ?? [])];
    const selection = Object.keys(fields)
      .map((field) => `${field}(pagination: { limit: ${PAGE_SIZE} }) { documentId }`)
      .join(' ');
    const document = raw(`query Inverse($locale: I18NLocaleCode!, $ids: [ID]) {
      list: ${target}(locale: $locale, filters: { documentId: { in: $ids } }, pagination: { limit: ${PAGE_SIZE} }) { ${selection} }
    }`);
    for (let i = 0; i < ids.length; i += PAGE_SIZE) {
      for (const locale of LOCALES) {
        const result = (await query(document, { locale, ids: ids.slice(i, i + PAGE_SIZE) } as never)) as {
          list: Record<string, { documentId: string }[]>[];
        };
        for (const node of result.list) {
          for (const [field, key] of Object.entries(fields)) {
            const linked = node[field] ?? [];
            if (linked.length >= PAGE_SIZE) return `a changed entry in ${target} has ${PAGE_SIZE} or more ${field}`;
            for (const { documentId } of linked) add(found, key, documentId);
          }
        }
      }
    }
  }
  return found;
}

/** The documents of `content` whose data shows (links to) any of `ids`, or any of the files `media`. */
function referrersOf(content: Content, ids: Ids, media: string[] = []): Ids {
  const wanted = new Set<string>(media);
  for (const set of ids.values()) for (const id of set) wanted.add(id);
  const found: Ids = new Map();
  const linksWanted = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(linksWanted);
    if (!value || typeof value !== 'object') return false;
    const record = value as Record<string, unknown>;
    if (typeof record.documentId === 'string' && wanted.has(record.documentId)) return true;
    return Object.values(record).some(linksWanted);
  };
  for (const locale of LOCALES) {
    for (const key of COLLECTION_KEYS) {
      for (const doc of content[locale][key] as Record<string, unknown>[]) {
        // The document's own fields, not its own id: only what it links to.
        if (Object.entries(doc).some(([field, value]) => field !== 'documentId' && linksWanted(value)))
          add(found, key, doc.documentId as string);
      }
    }
  }
  return found;
}
