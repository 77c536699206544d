import { createHash, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isLocale, isTopicKey, type ReleaseNotice } from '@mip/shared-types';
import { REBUILD_SECRET_HEADER } from './rebuild-webhook';

// Email alerts in the running CMS: their tables, the outbox worker, the jobs that run every minute
// (digests that are due, forgetting unconfirmed requests and old mail), and the internal route the
// rebuild service calls once a release is live. That route is on the CMS's own port only, under
// /internal, which nginx never proxies; it also wants the rebuild service's shared secret.

export const RELEASE_NOTICE_PATH = '/internal/alerts/release';
const JOB_EVERY_MS = 60_000;
/** Sent, skipped and given-up mail is kept this long (the addresses in it too), then deleted. */
const MAIL_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

type Services = {
  outbox: { ensureTable(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
  subscriptions: {
    ensureTables(): Promise<void>;
    registerMails(): void;
    forgetUnconfirmed(now?: number): Promise<number>;
  };
  deliveries: {
    ensureTables(): Promise<void>;
    registerMails(): void;
    queueDigests(now?: number): Promise<number>;
    releaseLive(notice: ReleaseNotice): Promise<unknown>;
  };
  responses: { ensureTables(): Promise<void>; registerMails(): void; forgetUnconfirmed(now?: number): Promise<number> };
  registrations: {
    ensureTables(): Promise<void>;
    registerMails(): void;
    queueReminders(now?: number): Promise<number>;
    forgetUnconfirmed(now?: number): Promise<number>;
  };
};

const services = (strapi: Core.Strapi): Services => ({
  outbox: strapi.service('api::mail.outbox') as never,
  subscriptions: strapi.service('api::alert.subscriptions') as never,
  deliveries: strapi.service('api::alert.deliveries') as never,
  responses: strapi.service('api::response.respond') as never,
  registrations: strapi.service('api::registration.registrations') as never,
});

function secretMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || !expected) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** A release notice as the rebuild service sends it, or null if it is not one. */
function readNotice(body: unknown): ReleaseNotice | null {
  const notice = body as ReleaseNotice;
  if (!notice || typeof notice.release !== 'string' || !/^[\w.-]{1,40}$/.test(notice.release)) return null;
  if (!Array.isArray(notice.topics) || !Array.isArray(notice.removedTopics) || !Array.isArray(notice.additions))
    return null;
  const topicOk = (t: { topic?: unknown; locale?: unknown }) =>
    typeof t?.topic === 'string' && isTopicKey(t.topic) && isLocale(t.locale);
  if (!notice.topics.every((t) => topicOk(t) && typeof t.title === 'string' && typeof t.path === 'string')) return null;
  if (!notice.removedTopics.every(topicOk)) return null;
  const itemOk = (a: ReleaseNotice['additions'][number]) =>
    isLocale(a?.locale) &&
    Array.isArray(a.topics) &&
    a.topics.every((t) => typeof t === 'string' && isTopicKey(t)) &&
    typeof a.item?.key === 'string' &&
    typeof a.item.uid === 'string' &&
    typeof a.item.documentId === 'string' &&
    isLocale(a.item.entryLocale);
  return notice.additions.every(itemOk) ? notice : null;
}

/** The route the rebuild service posts a ReleaseNotice to (register phase). */
export function registerReleaseNoticeRoute(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    prefix: '/internal',
    routes: [
      {
        method: 'POST',
        path: '/alerts/release',
        handler: async (ctx: any) => {
          if (!secretMatches(ctx.get(REBUILD_SECRET_HEADER), process.env.REBUILD_SECRET ?? '')) {
            ctx.status = 401;
            ctx.body = { error: `Missing or wrong ${REBUILD_SECRET_HEADER} header` };
            return;
          }
          const notice = readNotice(ctx.request.body);
          if (!notice) {
            ctx.status = 400;
            ctx.body = { error: 'Not a release notice' };
            return;
          }
          ctx.body = await services(strapi).deliveries.releaseLive(notice);
        },
        config: { auth: false },
      },
    ],
  } as never);
}

let job: NodeJS.Timeout | undefined;

/**
 * Tables, mail renderers, the outbox worker and the minute's jobs, for alerts and for the mail of
 * public responses and seminar registrations, which share the outbox (bootstrap phase; stopped on destroy).
 */
export async function startAlerts(strapi: Core.Strapi) {
  const { outbox, subscriptions, deliveries, responses, registrations } = services(strapi);
  await outbox.ensureTable();
  await subscriptions.ensureTables();
  await deliveries.ensureTables();
  await responses.ensureTables();
  await registrations.ensureTables();
  subscriptions.registerMails();
  deliveries.registerMails();
  responses.registerMails();
  registrations.registerMails();
  await outbox.start();
  const runJobs = async () => {
    try {
      await deliveries.queueDigests();
      await subscriptions.forgetUnconfirmed();
      await responses.forgetUnconfirmed();
      await registrations.forgetUnconfirmed();
      await registrations.queueReminders();
      await (strapi.db.connection as any)('mip_mail_outbox')
        .whereIn('status', ['sent', 'skipped', 'failed'])
        .andWhere('created_at', '<', Date.now() - MAIL_KEPT_MS)
        .delete();
    } catch (error) {
      strapi.log.error(`[alerts] the minute's jobs failed, they run again in a minute: ${(error as Error).message}`);
    }
  };
  clearInterval(job);
  job = setInterval(runJobs, JOB_EVERY_MS);
  job.unref();
  void runJobs();
}

export async function stopAlerts(strapi: Core.Strapi) {
  clearInterval(job);
  await services(strapi).outbox.stop();
}
