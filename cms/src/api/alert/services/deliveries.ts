import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { digestPeriodStart, type AlertFrequency, type Locale, type ReleaseNotice } from '@mip/shared-types';
import { alertMail, type AlertItem } from '../../../mail/alert-mails';
import { siteUrl } from '../../../public-pages/site';
import { outboxOf, type OutboxRow, type RenderedMail } from '../../mail/services/outbox';
import { digestHour } from '../digest-period';
import { linkUrl, makeToken } from '../../../mail/links';
import { DELIVERIES_TABLE, SUBSCRIPTIONS_TABLE, TOPICS_TABLE } from './subscriptions';

// From a live release to the mail: the rebuild service tells the CMS, once a release is live,
// which items are newly under which topics (ReleaseNotice, computed from the site's own lists, so
// an alert names what a reader of that page now sees there, and every link in it works). Each
// (subscription, item) pair is recorded once (the table's unique key), which is what keeps an item
// from reaching a subscription twice, across retries, restarts and republishing. "Immediately"
// subscriptions get one mail per release; daily and weekly ones one digest per period (Europe/
// Vilnius), none when nothing came. Before any mail is rendered, every item in it is checked to be
// still published: what was unpublished or deleted meanwhile is left out.

export const ITEMS_TABLE = 'mip_alert_items';

/** An item as its table keeps it. */
interface ItemRow {
  id: number;
  uid: string;
  document_id: string;
  entry_locale: string;
  title: string;
  path: string;
  kind: string;
  date: string | null;
  summary: string | null;
}

export interface ReleaseSummary {
  topics: number;
  items: number;
  deliveries: number;
  mails: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const outbox = () => outboxOf(strapi);

  /**
   * Whether documents are published, asked once for a batch and remembered for a few seconds:
   * ten thousand subscribers' alerts about one release ask about the same item.
   */
  const published = new Map<string, { live: boolean; at: number }>();
  const PUBLISHED_KEPT_MS = 2000;

  /** Items that are still published, in the order given. */
  async function stillPublished(rows: ItemRow[]): Promise<ItemRow[]> {
    const key = (row: ItemRow) => `${row.uid}|${row.document_id}|${row.entry_locale}`;
    const now = Date.now();
    const unknown = rows.filter((row) => (published.get(key(row))?.at ?? 0) < now - PUBLISHED_KEPT_MS);
    const byType = new Map<string, ItemRow[]>();
    for (const row of unknown) byType.set(row.uid, [...(byType.get(row.uid) ?? []), row]);
    for (const [uid, list] of byType) {
      const live = new Set<string>();
      const model = strapi.contentTypes[uid as never] as { pluginOptions?: { i18n?: { localized?: boolean } } };
      if (model) {
        // A type that is one for every language (a response) is published in all of them or none.
        const localized = !!model.pluginOptions?.i18n?.localized;
        const found = (await strapi.db.query(uid as never).findMany({
          where: { documentId: { $in: [...new Set(list.map((r) => r.document_id))] }, publishedAt: { $notNull: true } },
          select: localized ? ['documentId', 'locale'] : ['documentId'],
        } as never)) as { documentId: string; locale?: string }[];
        for (const f of found) {
          if (localized) live.add(`${uid}|${f.documentId}|${f.locale}`);
          else for (const row of list) if (row.document_id === f.documentId) live.add(key(row));
        }
      }
      for (const row of list) published.set(key(row), { live: live.has(key(row)), at: now });
    }
    if (published.size > 10_000) published.clear();
    return rows.filter((row) => published.get(key(row))?.live);
  }

  // An alert's body is the same for every subscriber of a topic but for their two links: it is
  // rendered once with stand-in links, which each mail then gets its own in place of.
  const STAND_IN = { unsubscribe: 'https://unsubscribe.invalid/', manage: 'https://manage.invalid/' };
  const rendered = new Map<string, Promise<RenderedMail>>();

  /** Renders an alert or a digest: null when the subscription ended or nothing in it is still published. */
  async function renderAlert(mail: OutboxRow): Promise<RenderedMail | null> {
    const subscription = await knex()(SUBSCRIPTIONS_TABLE)
      .where({ id: Number(mail.payload.subscription) })
      .first();
    if (subscription?.status !== 'confirmed') return null;
    const ids = (mail.payload.items as number[]) ?? [];
    const rows: ItemRow[] = ids.length ? await knex()(ITEMS_TABLE).whereIn('id', ids).orderBy('id') : [];
    const live = await stillPublished(rows);
    if (!live.length) return null;
    const frequency = mail.payload.frequency as AlertFrequency;
    const cacheKey = JSON.stringify([subscription.topic, subscription.locale, frequency, live.map((row) => row.id)]);
    let body = rendered.get(cacheKey);
    if (!body) {
      const topic = await knex()(TOPICS_TABLE)
        .where({ topic: subscription.topic, locale: subscription.locale })
        .first();
      body = alertMail({
        locale: subscription.locale,
        followed: topic
          ? { title: topic.title, url: `${siteUrl()}${topic.path}` }
          : { title: subscription.topic, url: siteUrl() },
        items: live.map(
          (row): AlertItem => ({
            title: row.title,
            url: `${siteUrl()}${row.path}`,
            date: row.date,
            kind: row.kind,
            summary: row.summary,
          }),
        ),
        frequency,
        unsubscribeUrl: STAND_IN.unsubscribe,
        manageUrl: STAND_IN.manage,
      });
      if (rendered.size >= 50) rendered.delete(rendered.keys().next().value!);
      rendered.set(cacheKey, body);
      body.catch(() => rendered.delete(cacheKey));
    }
    const links = (text: string) =>
      text
        .replaceAll(STAND_IN.unsubscribe, linkUrl('unsubscribe', makeToken('u', String(subscription.id))))
        .replaceAll(STAND_IN.manage, linkUrl('subscriptions', makeToken('m', subscription.email_hash)));
    const { subject, html, text, headers = {} } = await body;
    return {
      subject,
      html: links(html),
      text: links(text),
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, links(value)])),
    };
  }

  return {
    async ensureTables() {
      const db = knex();
      if (!(await db.schema.hasTable(ITEMS_TABLE)))
        await db.schema.createTable(ITEMS_TABLE, (table) => {
          table.increments('id').primary();
          table.string('locale', 5).notNullable();
          table.string('item_key', 200).notNullable();
          table.string('uid', 100).notNullable();
          table.string('document_id', 40).notNullable();
          table.string('entry_locale', 5).notNullable();
          table.text('title').notNullable();
          table.text('path').notNullable();
          table.text('kind').notNullable();
          table.string('date', 40).nullable();
          table.text('summary').nullable();
          table.string('release', 40).notNullable();
          table.bigInteger('created_at').notNullable();
          table.unique(['locale', 'item_key']);
        });
      if (!(await db.schema.hasTable(DELIVERIES_TABLE)))
        await db.schema.createTable(DELIVERIES_TABLE, (table) => {
          table.increments('id').primary();
          table.integer('subscription_id').notNullable();
          table.integer('item_id').notNullable();
          /** The mail it went into (its outbox key); null while it waits for a digest. */
          table.string('mail_key', 200).nullable();
          table.bigInteger('created_at').notNullable();
          table.unique(['subscription_id', 'item_id']);
          table.index(['mail_key']);
        });
    },

    registerMails() {
      outbox().register('alert', renderAlert);
      outbox().register('alert-digest', renderAlert);
    },

    /**
     * A release is live: record its topics and new items, and queue what the confirmed
     * subscriptions of those topics get. Idempotent: the same notice twice changes nothing.
     */
    async releaseLive(notice: ReleaseNotice): Promise<ReleaseSummary> {
      const now = Date.now();
      const summary: ReleaseSummary = { topics: notice.topics.length, items: 0, deliveries: 0, mails: 0 };
      await knex().transaction(async (trx) => {
        for (let i = 0; i < notice.topics.length; i += 200) {
          await trx(TOPICS_TABLE)
            .insert(notice.topics.slice(i, i + 200).map((t) => ({ ...t, release: notice.release })))
            .onConflict(['topic', 'locale'])
            .merge(['title', 'path', 'release']);
        }
        for (const { topic, locale } of notice.removedTopics) await trx(TOPICS_TABLE).where({ topic, locale }).delete();

        // The items, once each; then, per topic, every confirmed subscription gets the items new to it.
        const itemIds = new Map<string, number>();
        for (const { locale, item } of notice.additions) {
          const key = `${locale}|${item.key}`;
          if (itemIds.has(key)) continue;
          await trx(ITEMS_TABLE)
            .insert({
              locale,
              item_key: item.key,
              uid: item.uid,
              document_id: item.documentId,
              entry_locale: item.entryLocale,
              title: item.title,
              path: item.path,
              kind: item.kind,
              date: item.date,
              summary: item.summary,
              release: notice.release,
              created_at: now,
            })
            .onConflict(['locale', 'item_key'])
            .merge(['title', 'path', 'kind', 'date', 'summary']);
          const row = await trx(ITEMS_TABLE).where({ locale, item_key: item.key }).first('id');
          itemIds.set(key, Number(row.id));
          summary.items++;
        }
        const byTopic = new Map<string, { locale: Locale; topic: string; items: number[] }>();
        for (const { locale, item, topics } of notice.additions) {
          for (const topic of topics) {
            const group = byTopic.get(`${locale}|${topic}`) ?? { locale, topic, items: [] };
            group.items.push(itemIds.get(`${locale}|${item.key}`)!);
            byTopic.set(`${locale}|${topic}`, group);
          }
        }
        const immediate = new Map<number, { recipient: string; locale: Locale; items: Set<number> }>();
        for (const { locale, topic, items } of byTopic.values()) {
          const subscribers = await trx(SUBSCRIPTIONS_TABLE)
            .where({ topic, locale, status: 'confirmed' })
            .select('id', 'email', 'frequency');
          const rows = subscribers.flatMap((s: { id: number }) =>
            items.map((item) => ({ subscription_id: Number(s.id), item_id: item, mail_key: null, created_at: now })),
          );
          const added: { subscription_id: number; item_id: number }[] = [];
          for (let i = 0; i < rows.length; i += 500) {
            added.push(
              ...(await trx(DELIVERIES_TABLE)
                .insert(rows.slice(i, i + 500))
                .onConflict(['subscription_id', 'item_id'])
                .ignore()
                .returning(['subscription_id', 'item_id'])),
            );
          }
          summary.deliveries += added.length;
          const frequencies = new Map(
            subscribers.map((s: { id: number; email: string; frequency: string }) => [Number(s.id), s]),
          );
          for (const { subscription_id: id, item_id: item } of added) {
            const subscriber = frequencies.get(Number(id)) as { email: string; frequency: string };
            if (subscriber.frequency !== 'immediately') continue;
            const mail = immediate.get(Number(id)) ?? { recipient: subscriber.email, locale, items: new Set() };
            mail.items.add(Number(item));
            immediate.set(Number(id), mail);
          }
        }
        const mails = [...immediate.entries()].map(([id, mail]) => ({
          kind: 'alert',
          recipient: mail.recipient,
          locale: mail.locale,
          payload: { subscription: id, items: [...mail.items], frequency: 'immediately' },
          dedupeKey: `alert:${id}:${notice.release}`,
        }));
        summary.mails = await outbox().enqueue(mails, trx);
        for (const mail of mails) {
          await trx(DELIVERIES_TABLE)
            .where('subscription_id', mail.payload.subscription)
            .whereIn('item_id', mail.payload.items)
            .whereNull('mail_key')
            .update({ mail_key: mail.dedupeKey });
        }
      });
      if (summary.mails) void outbox().wake();
      return summary;
    },

    /**
     * Queues the digests that are due at `now`: for each daily or weekly subscription whose
     * current period has not had its digest, one mail with what waited (none if nothing did).
     */
    async queueDigests(now = Date.now()): Promise<number> {
      let queued = 0;
      for (const frequency of ['daily', 'weekly'] as const) {
        const period = digestPeriodStart(frequency, now, digestHour());
        for (;;) {
          const due = await knex()(SUBSCRIPTIONS_TABLE)
            .where({ frequency, status: 'confirmed' })
            .andWhere((q) => q.whereNull('digest_period').orWhere('digest_period', '<', period))
            .orderBy('id')
            .limit(200)
            .select('id', 'email', 'locale');
          if (!due.length) break;
          await knex().transaction(async (trx) => {
            const ids = due.map((s: { id: number }) => Number(s.id));
            const waiting = await trx(DELIVERIES_TABLE)
              .whereIn('subscription_id', ids)
              .whereNull('mail_key')
              .andWhere('created_at', '<', now)
              .select('subscription_id', 'item_id');
            const items = new Map<number, number[]>();
            for (const w of waiting)
              items.set(Number(w.subscription_id), [
                ...(items.get(Number(w.subscription_id)) ?? []),
                Number(w.item_id),
              ]);
            const mails = due
              .filter((s: { id: number }) => items.has(Number(s.id)))
              .map((s: { id: number; email: string; locale: Locale }) => ({
                kind: 'alert-digest',
                recipient: s.email,
                locale: s.locale,
                payload: { subscription: Number(s.id), items: items.get(Number(s.id))!, frequency },
                dedupeKey: `digest:${s.id}:${period}`,
              }));
            queued += await outbox().enqueue(mails, trx);
            for (const mail of mails)
              await trx(DELIVERIES_TABLE)
                .where('subscription_id', mail.payload.subscription)
                .whereIn('item_id', mail.payload.items)
                .whereNull('mail_key')
                .update({ mail_key: mail.dedupeKey });
            await trx(SUBSCRIPTIONS_TABLE).whereIn('id', ids).update({ digest_period: period });
          });
        }
      }
      if (queued) void outbox().wake();
      return queued;
    },
  };
};
