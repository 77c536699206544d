import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Locale } from '@mip/shared-types';

// Every mail the platform sends to the public is a row here first (SQLite or PostgreSQL), and a
// worker in the CMS sends the rows: throttled (ALERT_RATE_PER_MINUTE), each claimed by an atomic
// update so that two workers (two CMS instances) never send the same row, retried with backoff
// when the mail server fails, and resumed after a restart. A mail is rendered only when it is
// sent, by the renderer of its kind, which may say there is nothing to send any more (an alert
// whose entries were unpublished, a confirmation for a subscription already confirmed): then it is
// skipped, never sent. A mail is handed to the mail server once: a crash between the server
// accepting a batch's mails and their rows being marked sent is the only way to send one twice.

export const OUTBOX_TABLE = 'mip_mail_outbox';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'skipped' | 'failed';

export interface OutboxRow {
  id: number;
  kind: string;
  recipient: string;
  locale: Locale;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: number;
}

/** A mail to queue: its kind's renderer gets the payload when the mail is sent. */
export interface QueuedMail {
  kind: string;
  recipient: string;
  locale: Locale;
  payload: Record<string, unknown>;
  /** At most one row per key: queuing the same key again adds nothing (an alert per release, a digest per period). */
  dedupeKey?: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Renders a queued mail, or null when there is nothing to send any more (the row is then skipped). */
export type MailRenderer = (mail: OutboxRow) => Promise<RenderedMail | null>;

/** Minutes to wait after the nth failed attempt: 1, 2, 4, ... up to an hour. */
const backoffMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
/** A mail the server keeps refusing is given up after this long (and logged). */
const GIVE_UP_MS = 72 * 60 * 60 * 1000;
/** Rows claimed and recorded together. */
const BATCH = 50;
/** A row left "sending" this long was being sent by a process that stopped: it is queued again. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
const mask = (address: string) => address.replace(/^(.).*(@.*)$/, '$1***$2');

const createOutbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const renderers = new Map<string, MailRenderer>();
  const knex = () => strapi.db.connection as unknown as Knex;
  const now = () => Date.now();
  let timer: NodeJS.Timeout | undefined;
  let working: Promise<void> | null = null;
  let stopped = true;
  let tokens = 0;
  let refilledAt = now();
  /** What the log-only transport "sent" (EMAIL_ENABLED is not true): the last few, for local runs. */
  const logged: { to: string; subject: string; text: string }[] = [];

  const ratePerMinute = () => Math.max(1, Number(process.env.ALERT_RATE_PER_MINUTE) || 300);
  const concurrency = () => Math.max(1, Number(process.env.SMTP_CONCURRENCY) || 4);

  /** Token bucket: up to five seconds' worth of mail at once, then the configured rate. */
  function takeTokens(wanted: number): number {
    const rate = ratePerMinute() / 60_000;
    const capacity = Math.max(1, Math.ceil(ratePerMinute() / 12));
    const at = now();
    tokens = Math.min(capacity, tokens + (at - refilledAt) * rate);
    refilledAt = at;
    const granted = Math.min(wanted, Math.floor(tokens));
    tokens -= granted;
    return granted;
  }
  const msUntilToken = () => Math.ceil(Math.max(0, 1 - tokens) / (ratePerMinute() / 60_000));

  // A pool of SMTP connections of its own, with the email plugin's settings (config/plugins.ts).
  let pool: Transporter | undefined;
  function smtp(): Transporter {
    pool ??= nodemailer.createTransport({
      ...(strapi.config.get('plugin::email.providerOptions') as object),
      pool: true,
      maxConnections: concurrency(),
    } as never);
    return pool;
  }

  async function transport(to: string, mail: RenderedMail, messageId: string) {
    if (process.env.EMAIL_ENABLED !== 'true') {
      logged.push({ to, subject: mail.subject, text: mail.text });
      logged.splice(0, Math.max(0, logged.length - 100));
      strapi.log.info(`[email] (not sent: EMAIL_ENABLED is not true) to ${mask(to)}: ${mail.subject}`);
      return;
    }
    const settings = strapi.config.get('plugin::email.settings') as { defaultFrom?: string; defaultReplyTo?: string };
    await smtp().sendMail({
      from: settings.defaultFrom,
      replyTo: settings.defaultReplyTo,
      to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      attachments: mail.attachments,
      messageId,
    });
  }

  const messageIdOf = (id: number) => {
    const from = process.env.EMAIL_FROM || 'no-reply@mip.example';
    return `<outbox-${id}@${from.slice(from.lastIndexOf('@') + 1).replace(/[<>\s]/g, '') || 'mip.example'}>`;
  };

  const toRow = (raw: Record<string, unknown>): OutboxRow => ({
    id: Number(raw.id),
    kind: String(raw.kind),
    recipient: String(raw.recipient),
    locale: raw.locale as Locale,
    payload: JSON.parse(String(raw.payload)),
    attempts: Number(raw.attempts),
    createdAt: Number(raw.created_at),
  });

  /**
   * Claims due rows for this process: one update marks them "sending" (and counts the attempt),
   * and only the rows it changed are this process's; another worker claims the others.
   */
  async function claim(limit: number): Promise<OutboxRow[]> {
    const due = await knex()(OUTBOX_TABLE)
      .where('status', 'queued')
      .andWhere('next_attempt_at', '<=', now())
      .orderBy('id')
      .limit(limit)
      .select('id');
    if (!due.length) return [];
    const claimed = (await knex()(OUTBOX_TABLE)
      .whereIn(
        'id',
        due.map((row: { id: number }) => row.id),
      )
      .andWhere('status', 'queued')
      .update({ status: 'sending', claimed_at: now(), attempts: knex().raw('attempts + 1') }, ['id'])) as unknown as {
      id: number;
    }[];
    if (!claimed.length) return [];
    const rows = await knex()(OUTBOX_TABLE)
      .whereIn(
        'id',
        claimed.map((row) => row.id),
      )
      .orderBy('id');
    return rows.map(toRow);
  }

  /** Renders and hands one claimed row to the mail server; "sent" is recorded by the caller (in a batch). */
  async function sendOne(row: OutboxRow): Promise<'sent' | 'skipped' | 'failed'> {
    try {
      const renderer = renderers.get(row.kind);
      if (!renderer) throw new Error(`no renderer for mail of kind "${row.kind}"`);
      const mail = await renderer(row);
      if (!mail) return 'skipped';
      await transport(row.recipient, mail, messageIdOf(row.id));
      return 'sent';
    } catch (error) {
      const message = String((error as Error).message ?? error).slice(0, 500);
      const giveUp = now() - row.createdAt > GIVE_UP_MS;
      await knex()(OUTBOX_TABLE)
        .where({ id: row.id })
        .update({
          status: giveUp ? 'failed' : 'queued',
          next_attempt_at: now() + backoffMs(row.attempts),
          last_error: message,
          ...(giveUp ? { finished_at: now() } : {}),
        });
      strapi.log[giveUp ? 'error' : 'warn'](
        `[email] ${row.kind} mail ${row.id} to ${mask(row.recipient)} ${giveUp ? 'given up' : `failed (attempt ${row.attempts}, retried later)`}: ${message}`,
      );
      return 'failed';
    }
  }

  /**
   * Sends what is due, as fast as the rate allows, a batch at a time: one update claims a batch,
   * SMTP_CONCURRENCY mails go out at once, and one update records the batch's sent and skipped
   * rows (a database write per mail would cap the rate at what the disk syncs a second). Resolves
   * when nothing due is left, or the rate holds the rest back.
   */
  async function work(): Promise<void> {
    while (!stopped) {
      const allowed = takeTokens(BATCH);
      if (allowed < 1) return;
      const rows = await claim(allowed);
      tokens += allowed - rows.length; // what was not used is kept
      if (!rows.length) return;
      const done: Record<'sent' | 'skipped', number[]> = { sent: [], skipped: [] };
      let index = 0;
      const lane = async () => {
        while (index < rows.length) {
          const row = rows[index++]!;
          const result = await sendOne(row);
          if (result !== 'failed') done[result].push(row.id);
        }
      };
      await Promise.all(Array.from({ length: concurrency() }, lane));
      for (const status of ['sent', 'skipped'] as const)
        if (done[status].length)
          await knex()(OUTBOX_TABLE)
            .whereIn('id', done[status])
            .update({ status, finished_at: now(), last_error: null });
    }
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void wake(), delayMs);
    timer.unref?.();
  }

  /** Runs the worker now (once at a time); it then checks again every few seconds. */
  async function wake(): Promise<void> {
    if (working) return working;
    working = (async () => {
      try {
        await work();
      } catch (error) {
        strapi.log.error(`[email] the outbox worker failed, it tries again shortly: ${(error as Error).message}`);
      } finally {
        working = null;
        schedule(tokens < 1 ? Math.max(1000, msUntilToken()) : 2000);
      }
    })();
    return working;
  }

  return {
    logged,

    /** Creates the table (idempotent; Strapi leaves tables it does not manage alone). */
    async ensureTable() {
      const db = knex();
      if (await db.schema.hasTable(OUTBOX_TABLE)) return;
      await db.schema.createTable(OUTBOX_TABLE, (table) => {
        table.increments('id').primary();
        table.string('kind', 40).notNullable();
        table.string('recipient', 254).notNullable();
        table.string('locale', 5).notNullable();
        table.text('payload').notNullable();
        table.string('dedupe_key', 200).nullable().unique();
        table.string('status', 10).notNullable().defaultTo('queued');
        table.integer('attempts').notNullable().defaultTo(0);
        table.bigInteger('next_attempt_at').notNullable();
        table.bigInteger('claimed_at').nullable();
        table.bigInteger('finished_at').nullable();
        table.text('last_error').nullable();
        table.bigInteger('created_at').notNullable();
        table.index(['status', 'next_attempt_at']);
        table.index(['recipient', 'kind', 'created_at']);
      });
    },

    register(kind: string, renderer: MailRenderer) {
      renderers.set(kind, renderer);
    },

    /**
     * Queues mail (within `trx` when given, so it is queued exactly when the change that asks for
     * it is committed). A row whose dedupeKey is already queued is not added. Returns how many were.
     */
    async enqueue(mails: QueuedMail[], trx?: Knex.Transaction): Promise<number> {
      if (!mails.length) return 0;
      const at = now();
      const rows = mails.map((mail) => ({
        kind: mail.kind,
        recipient: mail.recipient,
        locale: mail.locale,
        payload: JSON.stringify(mail.payload),
        dedupe_key: mail.dedupeKey ?? null,
        status: 'queued',
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
      }));
      const db = trx ?? knex();
      let added = 0;
      for (let i = 0; i < rows.length; i += 500) {
        const inserted = await db(OUTBOX_TABLE)
          .insert(rows.slice(i, i + 500))
          .onConflict('dedupe_key')
          .ignore()
          .returning('id');
        added += inserted.length;
      }
      if (!trx) queueMicrotask(() => void wake());
      return added;
    },

    /** How many mails of a kind went (or will go) to an address since `since` (ms): a cap on what one address gets. */
    async countRecent(recipient: string, kinds: string[], since: number): Promise<number> {
      const row = await knex()(OUTBOX_TABLE)
        .where('recipient', recipient)
        .whereIn('kind', kinds)
        .andWhere('created_at', '>=', since)
        .count({ n: '*' })
        .first();
      return Number(row?.n ?? 0);
    },

    /** Starts the worker: rows a stopped process left half-sent are queued again first. */
    async start() {
      stopped = false;
      const requeued = await knex()(OUTBOX_TABLE)
        .where('status', 'sending')
        .andWhere('claimed_at', '<', now() - STALE_CLAIM_MS)
        .update({ status: 'queued' });
      if (requeued) strapi.log.warn(`[email] ${requeued} mail(s) interrupted while sending are queued again`);
      schedule(0);
    },

    async stop() {
      stopped = true;
      clearTimeout(timer);
      await working;
      pool?.close();
      pool = undefined;
    },

    /** Runs the worker now and waits for it (tests and the benchmark; the worker also runs by itself). */
    wake,

    /** Counts by status (the admin's figures, the tests). */
    async counts(): Promise<Record<OutboxStatus, number>> {
      const rows = (await knex()(OUTBOX_TABLE).select('status').count({ n: '*' }).groupBy('status')) as {
        status: OutboxStatus;
        n: number | string;
      }[];
      const counts = { queued: 0, sending: 0, sent: 0, skipped: 0, failed: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },
  };
};

export default createOutbox;

/** The outbox service as the services that queue mail use it. */
export type Outbox = ReturnType<typeof createOutbox>;
export const outboxOf = (strapi: Core.Strapi) => strapi.service('api::mail.outbox') as unknown as Outbox;
