import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  entryPagePath,
  normaliseEmail,
  registrationOpen,
  seminarRegistration,
  validateSubmission,
  type FieldErrors,
  type Locale,
  type RegistrationState,
} from '@mip/shared-types';
import { plainTextDeep } from '../../../documents/rules';
import { CONFIRM_TTL_MS, checkToken, makeToken, publicCmsUrl, registrationLinkUrl } from '../../../mail/links';
import {
  registrationConfirmMail,
  registrationMaterialsMail,
  registrationReminderMail,
  registrationStateMail,
} from '../../../mail/registration-mails';
import { siteUrl } from '../../../public-pages/site';
import { outboxOf } from '../../mail/services/outbox';
import { REGISTRATIONS_TABLE } from '../table';

// Registration for seminars, double opt-in. A registration is stored as pending and its address
// gets one mail with a confirmation link; only confirming it counts: in one transaction per seminar
// (PostgreSQL: an advisory lock on the seminar; SQLite: one writer at a time) it takes a place if
// the seminar has one left, else joins the waiting list behind those confirmed before it. When
// someone holding a place cancels, the first on the waiting list moves up and is told by mail.
// Registrants live in this table only: never in GraphQL, the site or a log.

const SEMINAR_UID = 'api::seminar.seminar';
/** At most this many confirmation mails per address a day. */
const MAILS_PER_ADDRESS_PER_DAY = 5;
/** A pending registration's confirmation is mailed again at most this often. */
const CONFIRM_RESEND_MS = 10 * 60 * 1000;
/** A registration never confirmed is deleted this long after it was made (the link expired a day before). */
const UNCONFIRMED_KEPT_MS = CONFIRM_TTL_MS + 24 * 60 * 60 * 1000;
/** Reminders go out this long before a seminar starts (to those registered before then). */
const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;

export interface RegistrationRow {
  id: number;
  seminar: string;
  email: string;
  locale: Locale;
  name: string;
  status: RegistrationState;
  queued_at: number | string | null;
}

/** A registration confirmed elsewhere than through the mail's link (the demo's seed). */
export interface ConfirmedElsewhere {
  email: string;
  locale: Locale;
  name: string;
  organisation?: string;
  role?: string;
  needs?: string;
  listed: boolean;
  attended: boolean | null;
  /** When it was confirmed (ms). */
  confirmedAt: number;
}

export type RegisterResult = { ok: true } | { ok: false; status: 400 | 429; errors: FieldErrors };
export type LinkProblem = 'expired' | 'invalid' | 'gone';

const MESSAGES = {
  closed: {
    lt: 'Registracija į šį renginį neprieinama (ji baigėsi arba vyksta kitur).',
    en: 'Registration for this seminar is not available (it has closed, or it happens elsewhere).',
  },
  tooMany: {
    lt: 'Šiandien šiuo adresu jau išsiuntėme daug laiškų. Bandykite rytoj.',
    en: 'We already sent many mails to this address today. Please try again tomorrow.',
  },
};

interface Seminar {
  documentId: string;
  format: string | null;
  conclusions?: string | null;
  materials?: { url: string; name: string }[] | null;
  title: string;
  slug: string;
  startAt: string;
  endAt: string | null;
  venue: string | null;
  registrationDeadline: string | null;
  platformRegistration: boolean | null;
  capacity: number | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const outbox = () => outboxOf(strapi);

  /** The published seminar, in `locale` if it has that version, else in Lithuanian. */
  async function seminarOf(documentId: string, locale: Locale): Promise<(Seminar & { locale: Locale }) | null> {
    for (const language of [locale, 'lt' as const]) {
      const found = (await strapi.documents(SEMINAR_UID as never).findOne({
        documentId,
        locale: language,
        status: 'published',
        populate: ['materials'],
      } as never)) as Seminar | null;
      if (found) return { ...found, locale: language };
    }
    return null;
  }

  const byId = async (id: number) =>
    ((await knex()(REGISTRATIONS_TABLE).where({ id }).first()) as RegistrationRow | undefined) ?? null;

  /** Runs `work` alone for one seminar: two registrations never take its last place together. */
  async function forSeminar<T>(seminar: string, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return knex().transaction(async (trx) => {
      if (trx.client.config.client === 'postgres' || trx.client.config.client === 'pg')
        await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`mip-seminar-places:${seminar}`]);
      return work(trx);
    });
  }

  /** The place a registration's confirmation gives: one of the seminar's, or the waiting list. */
  async function take(trx: Knex.Transaction, row: RegistrationRow, capacity: number | null, now: number) {
    const [{ n }] = (await trx(REGISTRATIONS_TABLE)
      .where({ seminar: row.seminar, status: 'confirmed' })
      .count({ n: '*' })) as { n: number | string }[];
    const status: RegistrationState = capacity == null || Number(n) < capacity ? 'confirmed' : 'waiting';
    await trx(REGISTRATIONS_TABLE).where({ id: row.id }).update({ status, confirmed_at: now, queued_at: now });
    return status;
  }

  const service = {
    async ensureTables() {
      const db = knex();
      if (await db.schema.hasTable(REGISTRATIONS_TABLE)) return;
      await db.schema.createTable(REGISTRATIONS_TABLE, (table) => {
        table.increments('id').primary();
        table.string('seminar', 32).notNullable();
        table.string('email', 254).notNullable();
        table.string('locale', 5).notNullable();
        table.string('name', 200).notNullable();
        table.string('organisation', 300).nullable();
        table.string('role', 200).nullable();
        table.text('needs').nullable();
        table.boolean('listed').notNullable().defaultTo(false);
        table.string('status', 12).notNullable();
        table.bigInteger('consent_at').notNullable();
        table.bigInteger('confirmed_at').nullable();
        /** When it took its place or joined the waiting list: the waiting list's order. */
        table.bigInteger('queued_at').nullable();
        table.bigInteger('cancelled_at').nullable();
        table.boolean('attended').nullable();
        table.unique(['seminar', 'email']);
        table.index(['seminar', 'status', 'queued_at']);
      });
    },

    registerMails() {
      outbox().register('registration-confirm', async (mail) => {
        const row = await byId(Number(mail.payload.registration));
        if (row?.status !== 'pending') return null;
        const seminar = await seminarOf(row.seminar, row.locale);
        if (!seminar) return null;
        const token = makeToken('gc', String(row.id), Date.now() + CONFIRM_TTL_MS);
        return registrationConfirmMail(row.locale, seminarView(seminar), registrationLinkUrl('confirm', token));
      });
      outbox().register('registration-state', async (mail) => {
        const row = await byId(Number(mail.payload.registration));
        if (!row || (row.status !== 'confirmed' && row.status !== 'waiting')) return null;
        const seminar = await seminarOf(row.seminar, row.locale);
        if (!seminar) return null;
        return registrationStateMail(row.locale, seminarView(seminar), {
          state: row.status,
          promoted: !!mail.payload.promoted,
          position: row.status === 'waiting' ? await service.position(row) : null,
          cancelUrl: registrationLinkUrl('cancel', makeToken('gx', String(row.id))),
        });
      });
      service.registerFollowUpMails();
    },

    /** Mails to everyone holding a place: the reminder, and the materials once published. */
    registerFollowUpMails() {
      outbox().register('registration-reminder', async (mail) => {
        const row = await byId(Number(mail.payload.registration));
        if (row?.status !== 'confirmed') return null;
        const seminar = await seminarOf(row.seminar, row.locale);
        if (!seminar || Date.parse(seminar.startAt) < Date.now()) return null;
        return registrationReminderMail(
          row.locale,
          seminarView(seminar),
          registrationLinkUrl('cancel', makeToken('gx', String(row.id))),
        );
      });
      outbox().register('registration-materials', async (mail) => {
        const row = await byId(Number(mail.payload.registration));
        if (row?.status !== 'confirmed') return null;
        const seminar = await seminarOf(row.seminar, row.locale);
        if (!seminar) return null;
        const materials = (seminar.materials ?? []).map((file) => ({
          name: file.name,
          url: /^https?:/.test(file.url) ? file.url : `${publicCmsUrl()}${file.url}`,
        }));
        if (!materials.length && !seminar.conclusions?.trim()) return null;
        return registrationMaterialsMail(row.locale, seminarView(seminar), materials, !!seminar.conclusions?.trim());
      });
    },

    /**
     * The day before each seminar, a reminder to everyone holding a place who registered before
     * then (each once: a reminder's key is its registration's).
     */
    async queueReminders(now = Date.now()): Promise<number> {
      const seminars = (await knex()(REGISTRATIONS_TABLE).where({ status: 'confirmed' }).distinct('seminar')) as {
        seminar: string;
      }[];
      let queued = 0;
      for (const { seminar: documentId } of seminars) {
        const seminar = await seminarOf(documentId, 'lt');
        if (!seminar) continue;
        const start = Date.parse(seminar.startAt);
        if (now < start - REMINDER_BEFORE_MS || now >= start) continue;
        const rows = (await knex()(REGISTRATIONS_TABLE)
          .where({ seminar: documentId, status: 'confirmed' })
          .andWhere('confirmed_at', '<', start - REMINDER_BEFORE_MS)) as RegistrationRow[];
        queued += await outbox().enqueue(
          rows.map((row) => ({
            kind: 'registration-reminder',
            recipient: row.email,
            locale: row.locale,
            payload: { registration: row.id },
            dedupeKey: `registration-reminder:${row.id}`,
          })),
        );
      }
      if (queued) void outbox().wake();
      return queued;
    },

    /**
     * An editor published a seminar: once it has taken place and has materials or conclusions, the
     * people who held a place get them (again when the materials change, never twice the same).
     */
    async seminarPublished(documentId: string, now = Date.now()): Promise<number> {
      const seminar = await seminarOf(documentId, 'lt');
      if (!seminar || Date.parse(seminar.startAt) > now) return 0;
      const files = (seminar.materials ?? []).map((f) => f.url).sort();
      if (!files.length && !seminar.conclusions?.trim()) return 0;
      const version = createHash('sha256')
        .update(JSON.stringify([files, !!seminar.conclusions?.trim()]))
        .digest('base64url')
        .slice(0, 16);
      const rows = (await knex()(REGISTRATIONS_TABLE).where({
        seminar: documentId,
        status: 'confirmed',
      })) as RegistrationRow[];
      const queued = await outbox().enqueue(
        rows.map((row) => ({
          kind: 'registration-materials',
          recipient: row.email,
          locale: row.locale,
          payload: { registration: row.id },
          dedupeKey: `registration-materials:${row.id}:${version}`,
        })),
      );
      if (queued) void outbox().wake();
      return queued;
    },

    /** A registration from the seminar's form (validated with the shared schema). */
    async register(input: unknown, locale: Locale, now = Date.now()): Promise<RegisterResult> {
      const checked = validateSubmission(seminarRegistration, input, locale);
      if (!checked.ok) return { ok: false, status: 400, errors: checked.errors };
      const data = checked.data;
      const seminar = await seminarOf(data.seminar, data.locale);
      if (!seminar || !registrationOpen(seminar, new Date(now)))
        return { ok: false, status: 400, errors: { seminar: MESSAGES.closed[locale] } };
      const email = normaliseEmail(data.email);
      if ((await outbox().countRecent(email, ['registration-confirm'], now - 86_400_000)) >= MAILS_PER_ADDRESS_PER_DAY)
        return { ok: false, status: 429, errors: { _form: MESSAGES.tooMany[locale] } };
      const details = plainTextDeep({
        name: data.name,
        organisation: data.organisationName || null,
        role: data.role || null,
        needs: data.needs || null,
      }) as Record<string, string | null>;
      await knex().transaction(async (trx) => {
        await trx(REGISTRATIONS_TABLE)
          .insert({
            seminar: data.seminar,
            email,
            locale: data.locale,
            ...details,
            listed: data.listed,
            status: 'pending',
            consent_at: now,
          })
          .onConflict(['seminar', 'email'])
          .ignore();
        const row = (await trx(REGISTRATIONS_TABLE).where({ seminar: data.seminar, email }).first()) as RegistrationRow;
        // Already registered: nothing changes (the same answer, so nobody learns who registered).
        if (row.status === 'confirmed' || row.status === 'waiting') return;
        await trx(REGISTRATIONS_TABLE)
          .where({ id: row.id })
          .update({ ...details, listed: data.listed, locale: data.locale, status: 'pending', consent_at: now });
        await outbox().enqueue(
          [
            {
              kind: 'registration-confirm',
              recipient: email,
              locale: data.locale,
              payload: { registration: row.id },
              dedupeKey: `registration-confirm:${row.id}:${Math.floor(now / CONFIRM_RESEND_MS)}`,
            },
          ],
          trx,
        );
      });
      void outbox().wake();
      return { ok: true };
    },

    /** The registration a confirmation link names, for the page that asks before confirming. */
    async confirmation(token: unknown) {
      const checked = checkToken(token, 'gc');
      if (!checked.ok) return { state: checked.reason as LinkProblem };
      const row = await byId(Number(checked.link.subject));
      if (!row || row.status === 'cancelled') return { state: 'gone' as const };
      const seminar = await seminarOf(row.seminar, row.locale);
      return { state: row.status, row, seminar: seminar ? seminarView(seminar) : null };
    },

    /** Confirms a registration: a place if one is left, else the waiting list (a link used again changes nothing). */
    async confirm(
      token: unknown,
      now = Date.now(),
    ): Promise<{ state: RegistrationState | LinkProblem; locale?: Locale }> {
      const checked = checkToken(token, 'gc');
      if (!checked.ok) return { state: checked.reason };
      const found = await byId(Number(checked.link.subject));
      if (!found || found.status === 'cancelled') return { state: 'gone' };
      if (found.status !== 'pending') return { state: found.status, locale: found.locale };
      const seminar = await seminarOf(found.seminar, found.locale);
      if (!seminar) return { state: 'gone' };
      const state = await forSeminar(found.seminar, async (trx) => {
        const row = (await trx(REGISTRATIONS_TABLE).where({ id: found.id }).first()) as RegistrationRow;
        if (row.status !== 'pending') return row.status;
        // The time inside the lock: the waiting list's order is the order places were asked for.
        const status = await take(trx, row, seminar.capacity ?? null, Math.max(now, Date.now()));
        await outbox().enqueue(
          [
            {
              kind: 'registration-state',
              recipient: row.email,
              locale: row.locale,
              payload: { registration: row.id },
              dedupeKey: `registration-state:${row.id}:${status}`,
            },
          ],
          trx,
        );
        return status;
      });
      void outbox().wake();
      return { state, locale: found.locale };
    },

    /** The registration a cancel link names, if it is not cancelled yet. */
    async cancellation(token: unknown) {
      const checked = checkToken(token, 'gx');
      if (!checked.ok) return { state: 'invalid' as const };
      const row = await byId(Number(checked.link.subject));
      if (!row || row.status === 'cancelled') return { state: 'gone' as const, row };
      const seminar = await seminarOf(row.seminar, row.locale);
      return { state: 'active' as const, row, seminar: seminar ? seminarView(seminar) : null };
    },

    /**
     * Cancels a registration. A place it held goes to the first on the waiting list (in the order
     * they confirmed), who is told by mail.
     */
    async cancel(
      token: unknown,
      now = Date.now(),
    ): Promise<{ state: 'cancelled' | 'invalid' | 'gone'; locale?: Locale }> {
      const checked = checkToken(token, 'gx');
      if (!checked.ok) return { state: 'invalid' };
      const found = await byId(Number(checked.link.subject));
      if (!found) return { state: 'gone' };
      if (found.status === 'cancelled') return { state: 'cancelled', locale: found.locale };
      await forSeminar(found.seminar, async (trx) => {
        const row = (await trx(REGISTRATIONS_TABLE).where({ id: found.id }).first()) as RegistrationRow;
        if (row.status === 'cancelled') return;
        // What they told the organisers goes with the place; the address stays, for the links in their mail.
        await trx(REGISTRATIONS_TABLE).where({ id: row.id }).update({
          status: 'cancelled',
          cancelled_at: now,
          name: '',
          organisation: null,
          role: null,
          needs: null,
          listed: false,
          attended: null,
        });
        if (row.status !== 'confirmed') return;
        const next = (await trx(REGISTRATIONS_TABLE)
          .where({ seminar: row.seminar, status: 'waiting' })
          .orderBy([{ column: 'queued_at' }, { column: 'id' }])
          .first()) as RegistrationRow | undefined;
        if (!next) return;
        await trx(REGISTRATIONS_TABLE).where({ id: next.id }).update({ status: 'confirmed' });
        await outbox().enqueue(
          [
            {
              kind: 'registration-state',
              recipient: next.email,
              locale: next.locale,
              payload: { registration: next.id, promoted: true },
              dedupeKey: `registration-state:${next.id}:promoted`,
            },
          ],
          trx,
        );
      });
      void outbox().wake();
      return { state: 'cancelled', locale: found.locale };
    },

    /** Stores registrations confirmed elsewhere as places, each once per seminar and address; how many were new. */
    async addConfirmed(seminar: string, people: ConfirmedElsewhere[]): Promise<number> {
      let added = 0;
      for (const person of people) {
        const inserted = (await knex()(REGISTRATIONS_TABLE)
          .insert({
            seminar,
            email: normaliseEmail(person.email),
            locale: person.locale,
            name: person.name,
            organisation: person.organisation ?? null,
            role: person.role ?? null,
            needs: person.needs ?? null,
            listed: person.listed,
            status: 'confirmed',
            consent_at: person.confirmedAt,
            confirmed_at: person.confirmedAt,
            queued_at: person.confirmedAt,
            attended: person.attended,
          })
          .onConflict(['seminar', 'email'])
          .ignore()
          .returning('id')) as unknown[];
        added += inserted.length;
      }
      return added;
    },

    /** Deletes registrations nobody confirmed in time (run by the minute's job). */
    async forgetUnconfirmed(now = Date.now()): Promise<number> {
      return Number(
        await knex()(REGISTRATIONS_TABLE)
          .where({ status: 'pending' })
          .andWhere('consent_at', '<', now - UNCONFIRMED_KEPT_MS)
          .delete(),
      );
    },

    /** How many places of a seminar confirmed registrations hold. */
    async placesTaken(seminar: string): Promise<number> {
      const [{ n }] = (await knex()(REGISTRATIONS_TABLE).where({ seminar, status: 'confirmed' }).count({ n: '*' })) as {
        n: number | string;
      }[];
      return Number(n);
    },

    /**
     * Those holding a place who agreed to be listed as participants: the name and organisation they
     * gave, in alphabetical order (the seminar page's public list).
     */
    async listedParticipants(seminar: string): Promise<{ name: string; organisation: string | null }[]> {
      const rows = (await knex()(REGISTRATIONS_TABLE)
        .where({ seminar, status: 'confirmed', listed: true })
        .select('name', 'organisation')) as { name: string; organisation: string | null }[];
      return rows
        .map((row) => ({ name: row.name, organisation: row.organisation || null }))
        .sort((a, b) => a.name.localeCompare(b.name, 'lt'));
    },

    /** A waiting registration's place in the list (1: next to move up). */
    async position(row: RegistrationRow): Promise<number> {
      const queued = Number(row.queued_at);
      const [{ n }] = (await knex()(REGISTRATIONS_TABLE)
        .where({ seminar: row.seminar, status: 'waiting' })
        .andWhere((q) =>
          q.where('queued_at', '<', queued).orWhere((o) => o.where('queued_at', queued).andWhere('id', '<', row.id)),
        )
        .count({ n: '*' })) as { n: number | string }[];
      return Number(n) + 1;
    },
  };

  function seminarView(seminar: Seminar & { locale: Locale }) {
    return {
      documentId: seminar.documentId,
      format: seminar.format,
      title: seminar.title,
      url: `${siteUrl()}${entryPagePath('seminars', seminar.locale, seminar.slug)}`,
      startAt: seminar.startAt,
      endAt: seminar.endAt,
      venue: seminar.venue,
    };
  }

  return service;
};
