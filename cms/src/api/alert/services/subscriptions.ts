import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  alertSubscription,
  normaliseEmail,
  validateSubmission,
  type AlertFrequency,
  type FieldErrors,
  type Locale,
} from '@mip/shared-types';
import { confirmMail, knownMail } from '../../../mail/alert-mails';
import { siteUrl } from '../../../public-pages/site';
import { outboxOf } from '../../mail/services/outbox';
import { currentDigestPeriod } from '../digest-period';
import { CONFIRM_TTL_MS, checkToken, linkUrl, makeToken } from '../../../mail/links';

// Subscriptions to email alerts, double opt-in: a request is stored as pending (with the time of
// consent) and answered with one confirmation mail; only a confirmed subscription ever gets
// anything else, and it records when it was confirmed (GDPR Art. 7(1): the proof of consent).
// Whatever the address already has, the answer to a request is the same, so nobody can learn
// who follows what. Addresses live only here and in the outbox, never in GraphQL, the site or
// the log.

export const SUBSCRIPTIONS_TABLE = 'mip_subscriptions';
export const TOPICS_TABLE = 'mip_alert_topics';
export const DELIVERIES_TABLE = 'mip_alert_deliveries';

/** At most this many confirmation (or "you already follow this") mails per address a day. */
const MAILS_PER_ADDRESS_PER_DAY = 5;
/** A pending subscription's confirmation is mailed again at most this often. */
const CONFIRM_RESEND_MS = 10 * 60 * 1000;
/** Pending subscriptions are deleted once their link has expired (and a day more). */
const PENDING_KEPT_MS = CONFIRM_TTL_MS + 24 * 60 * 60 * 1000;

export const emailDigest = (email: string) => createHash('sha256').update(normaliseEmail(email)).digest('hex');

export interface Subscription {
  id: number;
  email: string;
  emailHash: string;
  locale: Locale;
  topic: string;
  frequency: AlertFrequency;
  status: 'pending' | 'confirmed';
  consentAt: number;
  confirmedAt: number | null;
}

/** What a subscriber's page shows of one subscription: what is followed, its title and address on the site. */
export interface SubscriptionView extends Pick<Subscription, 'id' | 'frequency' | 'status' | 'locale'> {
  title: string;
  url: string | null;
}

export type SubscribeResult = { ok: true } | { ok: false; errors: FieldErrors };
export type ConfirmResult = 'confirmed' | 'expired' | 'invalid' | 'gone';

const TOPIC_UNKNOWN = {
  lt: 'Šio puslapio sekti negalima (galbūt jis nebeskelbiamas).',
  en: 'This page cannot be followed (it may no longer be published).',
};

/** A subscription as its table keeps it (times in ms; PostgreSQL gives big integers as text). */
export interface SubscriptionRow {
  id: number | string;
  email: string;
  email_hash: string;
  locale: Locale;
  topic: string;
  frequency: AlertFrequency;
  status: 'pending' | 'confirmed';
  consent_at: number | string;
  confirmed_at: number | string | null;
}

export function rowToSubscription(row: SubscriptionRow): Subscription {
  return {
    id: Number(row.id),
    email: row.email,
    emailHash: row.email_hash,
    locale: row.locale,
    topic: row.topic,
    frequency: row.frequency,
    status: row.status,
    consentAt: Number(row.consent_at),
    confirmedAt: row.confirmed_at == null ? null : Number(row.confirmed_at),
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const outbox = () => outboxOf(strapi);

  async function topicOf(topic: string, locale: Locale): Promise<{ title: string; url: string } | null> {
    const row = await knex()(TOPICS_TABLE).where({ topic, locale }).first();
    return row ? { title: row.title, url: `${siteUrl()}${row.path}` } : null;
  }

  async function byId(id: number): Promise<Subscription | null> {
    const row = await knex()(SUBSCRIPTIONS_TABLE).where({ id }).first();
    return row ? rowToSubscription(row) : null;
  }

  /** Forgets subscriptions and what was waiting to be mailed for them. */
  async function remove(ids: number[], trx?: Knex.Transaction) {
    if (!ids.length) return;
    const db = trx ?? knex();
    await db(DELIVERIES_TABLE).whereIn('subscription_id', ids).delete();
    await db(SUBSCRIPTIONS_TABLE).whereIn('id', ids).delete();
  }

  const service = {
    async ensureTables() {
      const db = knex();
      if (!(await db.schema.hasTable(SUBSCRIPTIONS_TABLE)))
        await db.schema.createTable(SUBSCRIPTIONS_TABLE, (table) => {
          table.increments('id').primary();
          table.string('email', 254).notNullable();
          table.string('email_hash', 64).notNullable().index();
          table.string('locale', 5).notNullable();
          table.string('topic', 200).notNullable();
          table.string('frequency', 12).notNullable();
          table.string('status', 10).notNullable();
          table.bigInteger('consent_at').notNullable();
          table.bigInteger('confirmed_at').nullable();
          table.bigInteger('digest_period').nullable();
          table.unique(['email', 'topic']);
          table.index(['topic', 'locale', 'status']);
          table.index(['frequency', 'status']);
        });
      if (!(await db.schema.hasTable(TOPICS_TABLE)))
        await db.schema.createTable(TOPICS_TABLE, (table) => {
          table.string('topic', 200).notNullable();
          table.string('locale', 5).notNullable();
          table.text('title').notNullable();
          table.text('path').notNullable();
          table.string('release', 40).notNullable();
          table.primary(['topic', 'locale']);
        });
    },

    /** Registers the outbox's renderers of the two mails an address gets before it follows anything new. */
    registerMails() {
      outbox().register('alert-confirm', async (mail) => {
        const subscription = await byId(Number(mail.payload.subscription));
        if (subscription?.status !== 'pending') return null;
        const followed = await topicOf(subscription.topic, subscription.locale);
        if (!followed) return null;
        const token = makeToken('c', String(subscription.id), Date.now() + CONFIRM_TTL_MS);
        return confirmMail(subscription.locale, followed, subscription.frequency, linkUrl('confirm', token));
      });
      outbox().register('alert-known', async (mail) => {
        const hash = String(mail.payload.emailHash);
        const confirmed = await knex()(SUBSCRIPTIONS_TABLE).where({ email_hash: hash, status: 'confirmed' }).first();
        if (!confirmed) return null;
        return knownMail(mail.locale, linkUrl('subscriptions', makeToken('m', hash)));
      });
    },

    /**
     * A request for alerts (validated here with the shared schema). Valid requests all get the
     * same answer, whatever the address already has; the mail that may follow depends on it.
     */
    async subscribe(input: unknown, locale: Locale): Promise<SubscribeResult> {
      const checked = validateSubmission(alertSubscription, input, locale);
      if (!checked.ok) return checked;
      const { topic, frequency } = checked.data;
      const language = checked.data.locale;
      if (!(await topicOf(topic, language))) return { ok: false, errors: { topic: TOPIC_UNKNOWN[locale] } };
      const email = normaliseEmail(checked.data.email);
      const hash = emailDigest(email);
      const now = Date.now();
      // Nobody can make the platform mail one address more than a few times a day.
      if (
        (await outbox().countRecent(email, ['alert-confirm', 'alert-known'], now - 24 * 60 * 60 * 1000)) >=
        MAILS_PER_ADDRESS_PER_DAY
      )
        return { ok: true };
      await knex()
        .transaction(async (trx) => {
          await trx(SUBSCRIPTIONS_TABLE)
            .insert({
              email,
              email_hash: hash,
              locale: language,
              topic,
              frequency,
              status: 'pending',
              consent_at: now,
            })
            .onConflict(['email', 'topic'])
            .ignore();
          const row = rowToSubscription(await trx(SUBSCRIPTIONS_TABLE).where({ email, topic }).first());
          if (row.status === 'confirmed') {
            // Changing it takes the subscriber's own page: the request only learns that nothing changed.
            await outbox().enqueue(
              [
                {
                  kind: 'alert-known',
                  recipient: email,
                  locale: language,
                  payload: { emailHash: hash },
                  dedupeKey: `known:${hash}:${Math.floor(now / 86_400_000)}`,
                },
              ],
              trx,
            );
            return;
          }
          // Pending: the latest request's wishes and consent count.
          await trx(SUBSCRIPTIONS_TABLE).where({ id: row.id }).update({ frequency, locale: language, consent_at: now });
          await outbox().enqueue(
            [
              {
                kind: 'alert-confirm',
                recipient: email,
                locale: language,
                payload: { subscription: row.id },
                dedupeKey: `confirm:${row.id}:${Math.floor(now / CONFIRM_RESEND_MS)}`,
              },
            ],
            trx,
          );
        })
        .then(() => outbox().wake());
      return { ok: true };
    },

    /** The subscription a confirmation link names, to show it before it is confirmed. */
    async confirmation(token: unknown): Promise<{ state: ConfirmResult | 'pending'; view?: SubscriptionView }> {
      const checked = checkToken(token, 'c');
      if (!checked.ok) return { state: checked.reason };
      const subscription = await byId(Number(checked.link.subject));
      if (!subscription) return { state: 'gone' };
      return { state: subscription.status === 'confirmed' ? 'confirmed' : 'pending', view: await view(subscription) };
    },

    /** Confirms the subscription a link names (again: nothing changes). */
    async confirm(token: unknown): Promise<ConfirmResult> {
      const checked = checkToken(token, 'c');
      if (!checked.ok) return checked.reason;
      const id = Number(checked.link.subject);
      const subscription = await byId(id);
      if (!subscription) return 'gone';
      const now = Date.now();
      // A digest starts with the next period: what came before confirming is not sent.
      await knex()(SUBSCRIPTIONS_TABLE)
        .where({ id, status: 'pending' })
        .update({
          status: 'confirmed',
          confirmed_at: now,
          digest_period: currentDigestPeriod(subscription.frequency, now),
        });
      return 'confirmed';
    },

    /** The subscription an unsubscribe link names, if it still exists. */
    async unsubscription(token: unknown): Promise<SubscriptionView | null | 'invalid'> {
      const checked = checkToken(token, 'u');
      if (!checked.ok) return 'invalid';
      const subscription = await byId(Number(checked.link.subject));
      return subscription ? view(subscription) : null;
    },

    /** Ends the subscription an unsubscribe link names; true when the link is ours (even if it was already gone). */
    async unsubscribe(token: unknown): Promise<boolean> {
      const checked = checkToken(token, 'u');
      if (!checked.ok) return false;
      await remove([Number(checked.link.subject)]);
      return true;
    },

    /** Every subscription of the address a manage link names (null: not a link we made). */
    async subscriptionsOf(token: unknown): Promise<{ hash: string; subscriptions: SubscriptionView[] } | null> {
      const checked = checkToken(token, 'm');
      if (!checked.ok) return null;
      const rows = await knex()(SUBSCRIPTIONS_TABLE).where({ email_hash: checked.link.subject }).orderBy('id');
      return {
        hash: checked.link.subject,
        subscriptions: await Promise.all(rows.map((row: SubscriptionRow) => view(rowToSubscription(row)))),
      };
    },

    /** A change on the subscriber's page: another frequency, one subscription ended, or everything deleted. */
    async manage(
      token: unknown,
      action:
        | { kind: 'frequency'; id: number; frequency: AlertFrequency }
        | { kind: 'remove'; id: number }
        | { kind: 'delete-all' },
    ): Promise<'done' | 'invalid'> {
      const checked = checkToken(token, 'm');
      if (!checked.ok) return 'invalid';
      const hash = checked.link.subject;
      const own = knex()(SUBSCRIPTIONS_TABLE).where({ email_hash: hash });
      if (action.kind === 'frequency') {
        await own
          .clone()
          .andWhere({ id: action.id })
          .update({ frequency: action.frequency, digest_period: currentDigestPeriod(action.frequency, Date.now()) });
      } else if (action.kind === 'remove') {
        const row = await own.clone().andWhere({ id: action.id }).first();
        if (row) await remove([Number(row.id)]);
      } else {
        await service.deleteAddress(hash);
      }
      return 'done';
    },

    /** Everything kept about one address (by its digest): subscriptions, what waited for them, its mail. */
    async deleteAddress(hash: string): Promise<number> {
      const rows = await knex()(SUBSCRIPTIONS_TABLE).where({ email_hash: hash }).select('id', 'email');
      await knex().transaction(async (trx) => {
        await remove(
          rows.map((row: { id: number }) => Number(row.id)),
          trx,
        );
        const addresses = [...new Set(rows.map((row: { email: string }) => row.email))];
        if (addresses.length) await trx('mip_mail_outbox').whereIn('recipient', addresses).delete();
      });
      return rows.length;
    },

    /** Pending subscriptions whose link has expired are forgotten (nothing was ever sent but the link). */
    async forgetUnconfirmed(now = Date.now()): Promise<number> {
      const stale = await knex()(SUBSCRIPTIONS_TABLE)
        .where('status', 'pending')
        .andWhere('consent_at', '<', now - PENDING_KEPT_MS)
        .select('id');
      await remove(stale.map((row: { id: number }) => Number(row.id)));
      return stale.length;
    },
  };

  async function view(subscription: Subscription): Promise<SubscriptionView> {
    const followed = await topicOf(subscription.topic, subscription.locale);
    return {
      id: subscription.id,
      frequency: subscription.frequency,
      status: subscription.status,
      locale: subscription.locale,
      title: followed?.title ?? subscription.topic,
      url: followed?.url ?? null,
    };
  }

  return service;
};
