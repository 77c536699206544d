import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { normaliseEmail } from '@mip/shared-types';
import { emailDigest } from '../api/alert/services/subscriptions';
import { siteUrl } from '../public-pages/site';
import { ADMIN_ROUTE_CONFIG, type AdminCtx, holds, registerAdminPermission } from './permission';

// What editors see of email alerts in the admin ("Email alerts" page): how many confirmed
// subscribers each followed list, organisation, priority and seminar has, and, on a subscriber's
// request, their subscriptions found by address and removed. Admin routes for those who hold the
// "Manage email alert subscribers" permission (the Editor role and super admins); addresses are
// never logged.

export const MANAGE_ALERTS_ACTION = 'api::alerts.manage';

type Ctx = AdminCtx;

/** The permission editors get. */
export function registerAlertsPermission(strapi: Core.Strapi) {
  registerAdminPermission(strapi, {
    category: 'email alerts',
    displayName: 'Manage email alert subscribers',
    uid: 'alerts.manage',
  });
}

export interface TopicCount {
  topic: string;
  locale: string;
  title: string;
  path: string | null;
  confirmed: number;
  pending: number;
}

export function registerAlertsAdminRoutes(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection as unknown as Knex;
  const allowed = (ctx: Ctx) => holds(ctx, MANAGE_ALERTS_ACTION, 'You may not manage email alert subscribers');
  /** The address asked about, for an admin who may ask (null, with the answer set, otherwise). */
  const subscriberEmail = (ctx: Ctx) => {
    if (!allowed(ctx)) return null;
    const email = typeof ctx.query.email === 'string' ? normaliseEmail(ctx.query.email) : '';
    if (email.length > 3 && email.length <= 254 && email.includes('@')) return email;
    ctx.status = 400;
    ctx.body = { error: 'Give the subscriber’s email address' };
    return null;
  };
  const config = ADMIN_ROUTE_CONFIG;
  /** Subscriptions (s) with what the site calls what they follow (t). */
  const withTopics = () =>
    knex()('mip_subscriptions as s').leftJoin('mip_alert_topics as t', function join() {
      this.on('t.topic', '=', 's.topic').andOn('t.locale', '=', 's.locale');
    });
  strapi.server.routes({
    type: 'admin',
    prefix: '/mip',
    routes: [
      {
        method: 'GET',
        path: '/alerts/topics',
        config,
        handler: async (ctx: Ctx) => {
          if (!allowed(ctx)) return;
          const counts = (await withTopics()
            .select('s.topic', 's.locale', 't.title', 't.path')
            .select(knex().raw("SUM(CASE WHEN s.status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed"))
            .select(knex().raw("SUM(CASE WHEN s.status = 'pending' THEN 1 ELSE 0 END) AS pending"))
            .groupBy('s.topic', 's.locale', 't.title', 't.path')) as Record<string, unknown>[];
          const topics: TopicCount[] = counts
            .map((row) => ({
              topic: String(row.topic),
              locale: String(row.locale),
              title: String(row.title ?? row.topic),
              path: (row.path as string | null) ?? null,
              confirmed: Number(row.confirmed),
              pending: Number(row.pending),
            }))
            .sort((a, b) => b.confirmed - a.confirmed || a.title.localeCompare(b.title, 'lt'));
          const outbox = await strapi.service('api::mail.outbox').counts();
          ctx.body = { topics, outbox, siteUrl: siteUrl() };
        },
      },
      {
        method: 'GET',
        path: '/alerts/subscribers',
        config,
        handler: async (ctx: Ctx) => {
          const email = subscriberEmail(ctx);
          if (!email) return;
          const rows = (await withTopics()
            .where('s.email', email)
            .select(
              's.id',
              's.topic',
              's.locale',
              's.frequency',
              's.status',
              's.consent_at',
              's.confirmed_at',
              't.title',
            )
            .orderBy('s.id')) as Record<string, unknown>[];
          ctx.body = {
            subscriptions: rows.map((row) => ({
              id: Number(row.id),
              topic: row.topic,
              title: row.title ?? row.topic,
              locale: row.locale,
              frequency: row.frequency,
              status: row.status,
              consentAt: new Date(Number(row.consent_at)).toISOString(),
              confirmedAt: row.confirmed_at == null ? null : new Date(Number(row.confirmed_at)).toISOString(),
            })),
          };
        },
      },
      {
        method: 'DELETE',
        path: '/alerts/subscribers',
        config,
        handler: async (ctx: Ctx) => {
          const email = subscriberEmail(ctx);
          if (!email) return;
          const removed = await strapi.service('api::alert.subscriptions').deleteAddress(emailDigest(email));
          strapi.log.info(`[alerts] an editor removed a subscriber on request (${removed} subscription(s))`);
          ctx.body = { removed };
        },
      },
    ],
  } as never);
}
