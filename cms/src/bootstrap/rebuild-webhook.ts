import type { Core } from '@strapi/strapi';

export const REBUILD_WEBHOOK_NAME = 'site-rebuild';
export const REBUILD_SECRET_HEADER = 'x-rebuild-secret';
// Events that can change the public site; the rebuild service ignores anything else anyway.
export const REBUILD_EVENTS = [
  'entry.publish',
  'entry.unpublish',
  'entry.delete',
  'entry.update',
  'entry.create',
  'media.create',
  'media.update',
  'media.delete',
];

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
  if (url && !secret) strapi.log.warn('[bootstrap] REBUILD_WEBHOOK_URL is set but REBUILD_SECRET is not: webhook disabled');

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
