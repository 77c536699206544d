import type { Core } from '@strapi/strapi';

export const REBUILD_WEBHOOK_NAME = 'site-rebuild';
export const REBUILD_SECRET_HEADER = 'x-rebuild-secret';

// Files reach the site only through published entries. A new upload changes nothing until the
// entry that uses it is published (which is an entry.publish), so Strapi's media.create is not
// sent at all: the public's attachments, which only drafts use, never start a build. A changed or
// deleted file matters only when a published entry uses it: then the CMS sends one of its own
// events, naming the file, and the rebuild service reads again just the entries that show it.
export const PUBLISHED_MEDIA_EVENTS = {
  PUBLISHED_MEDIA_UPDATE: 'published-media.update',
  PUBLISHED_MEDIA_DELETE: 'published-media.delete',
} as const;

// Events that can change the public site; the rebuild service ignores anything else anyway.
export const REBUILD_EVENTS = [
  'entry.publish',
  'entry.unpublish',
  'entry.delete',
  'entry.update',
  'entry.create',
  ...Object.values(PUBLISHED_MEDIA_EVENTS),
];

type FileWithRelated = { documentId: string; related?: { __type?: string; publishedAt?: string | null }[] };

/** Registers the published-media events and re-emits a media change when a published entry uses the file. */
export function announcePublishedMediaChanges(strapi: Core.Strapi) {
  const store = strapi.get('webhookStore');
  for (const [key, event] of Object.entries(PUBLISHED_MEDIA_EVENTS)) store.addAllowedEvent(key, event);
  const relay =
    (event: string) =>
    async ({ media }: { media?: { id?: number } }) => {
      if (!media?.id) return;
      // Runs before a deleted file's row and links are removed (Strapi awaits its listeners first).
      const file = (await strapi.db
        .query('plugin::upload.file')
        .findOne({ where: { id: media.id }, populate: ['related'] })) as FileWithRelated | null;
      const published = (file?.related ?? []).some((entry) => entry.__type?.startsWith('api::') && entry.publishedAt);
      if (file && published) await strapi.eventHub.emit(event, { media: { documentId: file.documentId } });
    };
  strapi.eventHub.on('media.update', relay(PUBLISHED_MEDIA_EVENTS.PUBLISHED_MEDIA_UPDATE));
  strapi.eventHub.on('media.delete', relay(PUBLISHED_MEDIA_EVENTS.PUBLISHED_MEDIA_DELETE));
}

// Keeps exactly one webhook pointing at the rebuild service, configured from the environment
// (REBUILD_WEBHOOK_URL, REBUILD_SECRET). Without a URL the webhook is disabled, not deleted.
export async function ensureRebuildWebhook(strapi: Core.Strapi) {
  const url = process.env.REBUILD_WEBHOOK_URL ?? '';
  const secret = process.env.REBUILD_SECRET ?? '';
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');

  const wanted = {
    name: REBUILD_WEBHOOK_NAME,
    url: url || 'http://127.0.0.1:4322/hooks/strapi',
    headers: secret ? { [REBUILD_SECRET_HEADER]: secret } : {},
    events: REBUILD_EVENTS,
    isEnabled: Boolean(url && secret),
  };
  if (url && !secret)
    strapi.log.warn('[bootstrap] REBUILD_WEBHOOK_URL is set but REBUILD_SECRET is not: webhook disabled');

  const existing = (await store.findWebhooks()).find((w: { name: string }) => w.name === REBUILD_WEBHOOK_NAME);
  if (!existing) {
    const created = await store.createWebhook(wanted);
    runner.add(created);
    return;
  }
  const same =
    existing.url === wanted.url &&
    existing.isEnabled === wanted.isEnabled &&
    JSON.stringify(existing.headers) === JSON.stringify(wanted.headers) &&
    JSON.stringify([...existing.events].sort()) === JSON.stringify([...wanted.events].sort());
  if (!same) {
    const updated = await store.updateWebhook(existing.id, wanted);
    runner.update(updated);
  }
}
