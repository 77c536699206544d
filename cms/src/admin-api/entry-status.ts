import type { Core } from '@strapi/strapi';
import {
  CONTENT_TYPES,
  contentTypeOfUid,
  entryPagePath,
  hasPages,
  LOCALES,
  type ContentTypeKey,
  type Locale,
} from '@mip/shared-types';

// What the edit view's "On the site" panel shows about one entry: its public address in each
// language, whether the live site already has its latest published version (from the rebuild
// service's status), and which linked entries are still drafts (Strapi's publish warning only
// counts them). An admin route: signed-in admins who may read the type, nothing for the public.

export type LiveState =
  /** The live release was built after the latest publish: readers see it. */
  | 'live'
  /** A build is running or queued that will include it. */
  | 'updating'
  /** Published after the last build, and no build is running: the webhook did not arrive, or the service is stopped. */
  | 'waiting'
  /** The build after the publish failed: readers still see the previous release. */
  | 'failed'
  /** Not published in any language. */
  | 'not-published'
  /** The rebuild service does not answer (or none is configured). */
  | 'unknown';

export interface EntryStatus {
  versions: {
    locale: Locale;
    exists: boolean;
    published: boolean;
    path: string | null;
    url: string | null;
    modified: boolean;
  }[];
  live: { state: LiveState; builtAt: string | null; error: string | null };
  draftLinks: { field: string; model: string; typeName: string; documentId: string; title: string }[];
}

interface BuildRecordLike {
  startedAt: string;
  result: 'success' | 'failed';
  error: string | null;
}
export interface RebuildStatusLike {
  lastBuild: BuildRecordLike | null;
  lastSuccess: BuildRecordLike | null;
  queue: { building: boolean; queued: boolean };
}

/**
 * Whether the live site has a version published at `publishedAt`. A build reads the CMS after it
 * starts, so a release built from a build that started later has it.
 */
export function liveState(publishedAt: string | null, status: RebuildStatusLike | null): EntryStatus['live'] {
  if (!status) return { state: 'unknown', builtAt: null, error: null };
  const builtAt = status.lastSuccess?.startedAt ?? null;
  if (!publishedAt)
    return { state: status.queue.building || status.queue.queued ? 'updating' : 'not-published', builtAt, error: null };
  const published = Date.parse(publishedAt);
  if (builtAt && Date.parse(builtAt) >= published) return { state: 'live', builtAt, error: null };
  if (status.queue.building || status.queue.queued) return { state: 'updating', builtAt, error: null };
  const last = status.lastBuild;
  if (last?.result === 'failed' && Date.parse(last.startedAt) >= published)
    return { state: 'failed', builtAt, error: last.error };
  return { state: 'waiting', builtAt, error: null };
}

/** The rebuild service's status, beside its webhook (`/hooks/strapi` → `/status`); null when it does not answer. */
async function rebuildStatus(): Promise<RebuildStatusLike | null> {
  const hook = process.env.REBUILD_WEBHOOK_URL;
  if (!hook) return null;
  try {
    const response = await fetch(new URL('/status', hook), { signal: AbortSignal.timeout(2000) });
    return response.ok ? ((await response.json()) as RebuildStatusLike) : null;
  } catch {
    return null;
  }
}

type Attribute = { type: string; target?: string };
type Doc = Record<string, unknown> & {
  documentId: string;
  locale?: string;
  slug?: string;
  publishedAt?: string | null;
  updatedAt?: string;
};

// Dates come back as strings or Date objects, by database.
const iso = (date: unknown): string | null => (date ? new Date(date as string).toISOString() : null);
const latest = (...dates: unknown[]) =>
  dates
    .map(iso)
    .filter((d): d is string => !!d)
    .sort()
    .pop() ?? null;

export async function entryStatus(
  strapi: Core.Strapi,
  key: ContentTypeKey,
  documentId: string,
  siteUrl: string,
): Promise<EntryStatus> {
  if (key === 'responses') return responseStatus(strapi, documentId, siteUrl);
  const { uid, drafts } = CONTENT_TYPES[key];
  const documents = strapi.documents(uid as never) as unknown as {
    findOne(params: Record<string, unknown>): Promise<Doc | null>;
    findMany(params: Record<string, unknown>): Promise<Doc[]>;
  };
  const base = siteUrl.replace(/\/$/, '');
  const versions: EntryStatus['versions'] = [];
  let newestPublish: string | null = null;
  for (const locale of LOCALES) {
    const draft = await documents.findOne({ documentId, locale, status: 'draft', fields: ['slug', 'updatedAt'] });
    const published = drafts
      ? await documents.findOne({
          documentId,
          locale,
          status: 'published',
          fields: ['slug', 'updatedAt', 'publishedAt'],
        })
      : draft;
    const slug = (published?.slug ?? draft?.slug) as string | undefined;
    const path = slug && hasPages(key) ? entryPagePath(key, locale, slug) : null;
    versions.push({
      locale,
      exists: !!draft,
      published: !!published,
      path,
      url: published && path ? `${base}${path}` : null,
      modified: !!(drafts && draft && published && (iso(draft.updatedAt) ?? '') > (iso(published.updatedAt) ?? '')),
    });
    // Without draft & publish a save is the publish.
    if (published)
      newestPublish = latest(
        newestPublish,
        drafts ? published.publishedAt : latest(published.updatedAt, published.publishedAt),
      );
  }
  return {
    versions,
    live: liveState(newestPublish, await rebuildStatus()),
    draftLinks: await draftLinks(strapi, uid, documentId),
  };
}

/**
 * A response has no page of its own: it is on both language versions of the page of what it
 * answers (at `#response-<id>`), where that page exists.
 */
async function responseStatus(strapi: Core.Strapi, documentId: string, siteUrl: string): Promise<EntryStatus> {
  const rows = (await strapi.db.query(CONTENT_TYPES.responses.uid as never).findMany({
    where: { documentId },
    select: ['target', 'targetDocumentId', 'publishedAt'],
  } as never)) as { target: keyof typeof CONTENT_TYPES; targetDocumentId: string; publishedAt: string | null }[];
  const published = rows.find((r) => r.publishedAt);
  const target = rows[0];
  const base = siteUrl.replace(/\/$/, '');
  const versions: EntryStatus['versions'] = [];
  for (const locale of LOCALES) {
    const page =
      target && hasPages(target.target)
        ? ((await strapi.documents(CONTENT_TYPES[target.target].uid as never).findOne({
            documentId: target.targetDocumentId,
            locale,
            status: 'published',
            fields: ['slug'],
          } as never)) as { slug?: string } | null)
        : null;
    const path =
      page?.slug && target && hasPages(target.target)
        ? `${entryPagePath(target.target, locale, page.slug)}#response-${documentId}`
        : null;
    versions.push({
      locale,
      exists: !!target,
      published: !!published,
      path,
      url: published && path ? `${base}${path}` : null,
      modified: false,
    });
  }
  return {
    versions,
    live: liveState(published ? iso(published.publishedAt) : null, await rebuildStatus()),
    draftLinks: [],
  };
}

/** Linked entries that have no published version in the language (the site cannot show the link). */
async function draftLinks(strapi: Core.Strapi, uid: string, documentId: string): Promise<EntryStatus['draftLinks']> {
  const attributes = (strapi.contentTypes[uid as never] as unknown as { attributes: Record<string, Attribute> })
    .attributes;
  const links = Object.entries(attributes).filter(
    ([, a]) =>
      a.type === 'relation' &&
      a.target &&
      (strapi.contentTypes[a.target as never] as unknown as { options?: { draftAndPublish?: boolean } })?.options
        ?.draftAndPublish,
  );
  if (!links.length) return [];
  const found: EntryStatus['draftLinks'] = [];
  for (const locale of LOCALES) {
    const draft = (await strapi.documents(uid as never).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: Object.fromEntries(links.map(([field]) => [field, true])),
    } as never)) as Doc | null;
    if (!draft) continue;
    for (const [field, attribute] of links) {
      const value = draft[field];
      const targets = (Array.isArray(value) ? value : value ? [value] : []) as Doc[];
      if (!targets.length) continue;
      const ids = targets.map((t) => t.documentId);
      const published = (await strapi.documents(attribute.target as never).findMany({
        filters: { documentId: { $in: ids } },
        locale,
        status: 'published',
        fields: ['documentId'],
      } as never)) as Doc[];
      const live = new Set(published.map((p) => p.documentId));
      for (const target of targets) {
        if (live.has(target.documentId) || found.some((f) => f.documentId === target.documentId && f.field === field))
          continue;
        found.push({
          field,
          model: attribute.target!,
          typeName: (strapi.contentTypes[attribute.target as never] as unknown as { info: { displayName: string } })
            .info.displayName,
          documentId: target.documentId,
          title: String(target.title ?? target.name ?? target.code ?? target.documentId),
        });
      }
    }
  }
  return found;
}

/** `GET /mip/entry-status?model=<uid>&documentId=<id>` for the admin (see cms/src/admin/site-panel.tsx). */
export function registerEntryStatusRoute(strapi: Core.Strapi) {
  const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
  strapi.server.routes({
    type: 'admin',
    prefix: '/mip',
    routes: [
      {
        method: 'GET',
        path: '/entry-status',
        handler: async (ctx: {
          query: Record<string, unknown>;
          state: { userAbility?: { can(action: string, subject: string): boolean } };
          body: unknown;
          status: number;
        }) => {
          const model = String(ctx.query.model ?? '');
          const documentId = String(ctx.query.documentId ?? '');
          const key = contentTypeOfUid(model);
          if (!key || !/^[a-z0-9]{1,64}$/.test(documentId)) {
            ctx.status = 400;
            ctx.body = { error: 'model must be a public content type and documentId a document id' };
            return;
          }
          if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', model)) {
            ctx.status = 403;
            ctx.body = { error: 'You may not read this content type' };
            return;
          }
          ctx.body = await entryStatus(strapi, key, documentId, siteUrl);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
