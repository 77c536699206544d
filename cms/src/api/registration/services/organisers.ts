import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import type { Knex } from 'knex';
import { isLocale, type Locale } from '@mip/shared-types';
import { REGISTRATIONS_TABLE } from '../table';

// What a seminar's organisers see of its registrations in the admin (admin-api/registrations.ts):
// each seminar that takes registration here with its counts; a seminar's places (in the order they
// were taken) and waiting list (in its order), with the details registrants gave, the organisation
// they typed matched to the directory's; the same as a CSV file; attendance marked per place; and
// the seminar's public participants count filled from the attendance. Nothing here is logged.

const SEMINAR_UID = 'api::seminar.seminar';
const ORGANISATION_UID = 'api::organisation.organisation';

export interface OrganiserSeminar {
  documentId: string;
  title: string;
  startAt: string;
  capacity: number | null;
  /** Registration on this site is switched on. */
  open: boolean;
  published: boolean;
  participantsCount: number | null;
  confirmed: number;
  waiting: number;
  pending: number;
  cancelled: number;
  attended: number;
}

export interface OrganiserRegistration {
  id: number;
  status: 'confirmed' | 'waiting';
  /** On the waiting list: 1 is the next to move up. */
  position: number | null;
  name: string;
  email: string;
  organisation: string | null;
  /** The directory's organisation of that name, if there is one. */
  directory: { documentId: string; name: string } | null;
  role: string | null;
  needs: string | null;
  listed: boolean;
  locale: string;
  confirmedAt: string | null;
  attended: boolean | null;
}

type Row = Record<string, unknown>;

const CSV_TEXTS = {
  lt: {
    columns: [
      'Būsena',
      'Vieta sąraše',
      'Vardas ir pavardė',
      'El. paštas',
      'Organizacija',
      'Organizacija kataloge',
      'Pareigos',
      'Poreikiai',
      'Sutinka būti dalyvių sąraše',
      'Kalba',
      'Patvirtinta',
      'Dalyvavo',
    ],
    confirmed: 'Vieta',
    waiting: 'Laukia',
    yes: 'taip',
    no: 'ne',
    file: 'registracijos',
  },
  en: {
    columns: [
      'Status',
      'Waiting list position',
      'Name',
      'Email',
      'Organisation',
      'Organisation in the directory',
      'Role',
      'Needs',
      'Agrees to be listed',
      'Language',
      'Confirmed',
      'Attended',
    ],
    confirmed: 'Place',
    waiting: 'Waiting',
    yes: 'yes',
    no: 'no',
    file: 'registrations',
  },
} as const;

/** A name as people type it differently: case, spaces and quotes aside. */
const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .toLocaleLowerCase('lt')
    .replace(/["'„“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const iso = (ms: unknown) => (ms == null ? null : new Date(Number(ms)).toISOString());

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const seminars = () =>
    strapi.documents(SEMINAR_UID as never) as unknown as {
      findMany(query: object): Promise<Row[]>;
      findOne(query: object): Promise<Row | null>;
      update(query: object): Promise<unknown>;
    };

  /** Registrations per seminar and state, and attendance, in two queries. */
  async function counts(documentIds?: string[]) {
    const scoped = (q: Knex.QueryBuilder) => (documentIds ? q.whereIn('seminar', documentIds) : q);
    const byState = (await scoped(knex()(REGISTRATIONS_TABLE))
      .select('seminar', 'status')
      .count({ n: '*' })
      .groupBy('seminar', 'status')) as Row[];
    const attended = (await scoped(knex()(REGISTRATIONS_TABLE))
      .where({ attended: true, status: 'confirmed' })
      .select('seminar')
      .count({ n: '*' })
      .groupBy('seminar')) as Row[];
    const result = new Map<string, Record<'confirmed' | 'waiting' | 'pending' | 'cancelled' | 'attended', number>>();
    const of = (seminar: string) => {
      if (!result.has(seminar))
        result.set(seminar, { confirmed: 0, waiting: 0, pending: 0, cancelled: 0, attended: 0 });
      return result.get(seminar)!;
    };
    for (const row of byState) of(String(row.seminar))[row.status as 'confirmed'] = Number(row.n);
    for (const row of attended) of(String(row.seminar)).attended = Number(row.n);
    return result;
  }

  /** The seminars' latest versions (drafts) in the admin's language, else in Lithuanian. */
  async function seminarVersions(filters: Record<string, unknown>, locale: Locale) {
    const fields = ['title', 'startAt', 'capacity', 'platformRegistration', 'participantsCount', 'publishedAt'];
    const read = (language: Locale, status: 'draft' | 'published') =>
      seminars().findMany({ locale: language, status, filters, fields, limit: 1000 });
    const [own, lithuanian, published] = await Promise.all([
      read(locale, 'draft'),
      locale === 'lt' ? Promise.resolve([]) : read('lt', 'draft'),
      read('lt', 'published'),
    ]);
    const byId = new Map<string, Row>();
    for (const row of [...lithuanian, ...own]) byId.set(String(row.documentId), row);
    const live = new Set(published.map((row) => String(row.documentId)));
    return { versions: byId, live };
  }

  function seminarSummary(row: Row, live: Set<string>, counted: Awaited<ReturnType<typeof counts>>): OrganiserSeminar {
    const documentId = String(row.documentId);
    return {
      documentId,
      title: String(row.title),
      startAt: String(row.startAt),
      capacity: (row.capacity as number | null) ?? null,
      open: !!row.platformRegistration,
      published: live.has(documentId),
      participantsCount: (row.participantsCount as number | null) ?? null,
      ...(counted.get(documentId) ?? { confirmed: 0, waiting: 0, pending: 0, cancelled: 0, attended: 0 }),
    };
  }

  /** The directory's organisations by their name in either language. */
  async function directory(): Promise<Map<string, { documentId: string; name: string }>> {
    const found = new Map<string, { documentId: string; name: string }>();
    for (const locale of ['en', 'lt'] as const) {
      const rows = (await strapi.documents(ORGANISATION_UID as never).findMany({
        locale,
        status: 'published',
        fields: ['name'],
        limit: 10_000,
      } as never)) as Row[];
      for (const row of rows)
        found.set(nameKey(String(row.name)), { documentId: String(row.documentId), name: String(row.name) });
    }
    return found;
  }

  const service = {
    /** Every seminar that takes registration here or has registrations, the latest first. */
    async seminars(locale: Locale): Promise<OrganiserSeminar[]> {
      const counted = await counts();
      const { versions, live } = await seminarVersions(
        { $or: [{ platformRegistration: true }, { documentId: { $in: [...counted.keys()] } }] },
        locale,
      );
      return [...versions.values()]
        .map((row) => seminarSummary(row, live, counted))
        .sort((a, b) => Date.parse(b.startAt) - Date.parse(a.startAt));
    },

    /** One seminar's places and waiting list; null when there is no such seminar. */
    async registrations(
      documentId: string,
      locale: Locale,
    ): Promise<{ seminar: OrganiserSeminar; registrations: OrganiserRegistration[] } | null> {
      const { versions, live } = await seminarVersions({ documentId }, locale);
      const row = versions.get(documentId);
      if (!row) return null;
      const seminar = seminarSummary(row, live, await counts([documentId]));
      const rows = (await knex()(REGISTRATIONS_TABLE)
        .where({ seminar: documentId })
        .whereIn('status', ['confirmed', 'waiting'])
        .orderBy([{ column: 'queued_at' }, { column: 'id' }])) as Row[];
      const organisations = await directory();
      let waiting = 0;
      const registrations = rows.map((r): OrganiserRegistration => {
        const status = r.status as 'confirmed' | 'waiting';
        const organisation = (r.organisation as string | null) ?? null;
        return {
          id: Number(r.id),
          status,
          position: status === 'waiting' ? ++waiting : null,
          name: String(r.name),
          email: String(r.email),
          organisation,
          directory: organisation ? (organisations.get(nameKey(organisation)) ?? null) : null,
          role: (r.role as string | null) ?? null,
          needs: (r.needs as string | null) ?? null,
          listed: !!r.listed,
          locale: String(r.locale),
          confirmedAt: iso(r.confirmed_at),
          attended: r.attended == null ? null : !!r.attended,
        };
      });
      // Places first (in the order they were taken), then the waiting list in its order.
      registrations.sort((a, b) => Number(a.status === 'waiting') - Number(b.status === 'waiting'));
      return { seminar, registrations };
    },

    /** The same as a CSV file (UTF-8 with a byte order mark, so spreadsheet programs read Lithuanian). */
    async csv(documentId: string, language: Locale): Promise<{ filename: string; body: string } | null> {
      const found = await service.registrations(documentId, language);
      if (!found) return null;
      const t = CSV_TEXTS[language];
      const yesNo = (value: boolean | null) => (value == null ? '' : value ? t.yes : t.no);
      const records = found.registrations.map((r) => [
        r.status === 'confirmed' ? t.confirmed : t.waiting,
        r.position ?? '',
        r.name,
        r.email,
        r.organisation ?? '',
        r.directory?.name ?? '',
        r.role ?? '',
        r.needs ?? '',
        yesNo(r.listed),
        r.locale,
        r.confirmedAt ?? '',
        r.status === 'confirmed' ? yesNo(r.attended) : '',
      ]);
      // A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) is written as text.
      const body = stringify([[...t.columns], ...records], {
        bom: true,
        escape_formulas: true,
        record_delimiter: 'windows',
      });
      const date = found.seminar.startAt.slice(0, 10);
      return { filename: `${t.file}-${date}-${documentId}.csv`, body };
    },

    /** Marks whether someone holding a place came (null: not marked). False when it holds no place. */
    async setAttendance(id: number, attended: boolean | null): Promise<boolean> {
      const updated = await knex()(REGISTRATIONS_TABLE).where({ id, status: 'confirmed' }).update({ attended });
      return Number(updated) > 0;
    },

    /**
     * Writes how many attended into the seminar's participants count (its latest version, in every
     * language: the field is shared); the seminar shows it once an editor publishes it.
     */
    async fillParticipants(documentId: string): Promise<number | null> {
      const current = await seminars().findOne({ documentId, locale: 'lt', status: 'draft', fields: ['title'] });
      if (!current) return null;
      const attended = (await counts([documentId])).get(documentId)?.attended ?? 0;
      await seminars().update({ documentId, locale: 'lt', data: { participantsCount: attended } });
      return attended;
    },
  };
  return service;
};

/** The admin's language as the admin names it (`lt`, `en`; anything else: Lithuanian). */
export const adminLocale = (value: unknown): Locale => (isLocale(value) ? value : 'lt');
