import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  CONTENT_TYPES,
  entryPagePath,
  LOCALES,
  normaliseEmail,
  reportsToHide,
  responseReport,
  responseSubmission,
  validateSubmission,
  type FieldErrors,
  type Locale,
  type ResponseState,
  type ResponseTarget,
} from '@mip/shared-types';
import { followUpPartKey } from '@mip/shared-types/entry-parts';
import { organisationNamed } from '../../../documents/organisation-named';
import { plainTextDeep } from '../../../documents/rules';
import { CONFIRM_TTL_MS, checkToken, makeToken, publicCmsUrl, responseLinkUrl } from '../../../mail/links';
import { responseConfirmMail, responsesWaitingMail } from '../../../mail/response-mails';
import { requiredSetting } from '../../../required-setting';
import { siteUrl } from '../../../public-pages/site';
import { outboxOf } from '../../mail/services/outbox';

// The work behind the public response routes. A response is created as an unconfirmed draft
// (nobody sees it, nothing links to it) and its author gets one mail with a confirmation link and
// a withdrawal link. Confirming puts it in the editors' queue (moderationStatus `waiting`) and
// tells the editors' address; an editor publishes it in the admin (src/documents/response-rules.ts
// refuses to publish one that is not confirmed). Readers' reports hide a published response after
// RESPONSE_REPORTS_TO_HIDE of them, from different addresses, until an editor publishes it again.
// The author's address is a private field: never in the content API, GraphQL, the site or a log.

export const RESPONSE_UID = 'api::response.response';
export const REPORTS_TABLE = 'mip_response_reports';

/** At most this many confirmation mails per address a day. */
const MAILS_PER_ADDRESS_PER_DAY = 5;
/** Unconfirmed responses are deleted once their link has expired (and a day more). */
const UNCONFIRMED_KEPT_MS = CONFIRM_TTL_MS + 24 * 60 * 60 * 1000;
/** The editors hear of waiting (or hidden) responses at most once an hour. */
const EDITORS_NOTICE_EVERY_MS = 60 * 60 * 1000;

export type RespondResult = { ok: true; documentId: string } | { ok: false; status: 400 | 429; errors: FieldErrors };
export type LinkProblem = 'expired' | 'invalid' | 'gone';
export type LinkResult = 'done' | LinkProblem;

interface ResponseRow {
  id: number;
  documentId: string;
  target: ResponseTarget;
  targetDocumentId: string;
  targetPart: string | null;
  targetTitle: string | null;
  language: Locale;
  moderationStatus: ResponseState;
  email: string | null;
  publishedAt: string | null;
  parent?: { documentId: string } | null;
}

const MESSAGES = {
  notFound: {
    lt: 'To, kam atsakote, nerasta (galbūt nebeskelbiama).',
    en: 'What you respond to was not found (it may no longer be published).',
  },
  parent: {
    lt: 'Atsakyti galima tik į paskelbtą atsakymą po to paties įrašo, ne į atsakymą į atsakymą.',
    en: 'You can only reply to a published response under the same entry, not to a reply.',
  },
  part: { lt: 'Tokio veiksmo šiame renginyje nėra.', en: 'This seminar has no such action.' },
  tooMany: {
    lt: 'Šiandien iš šio el. pašto adreso jau gavome daug atsakymų. Bandykite rytoj.',
    en: 'We already received many responses from this email address today. Please try again tomorrow.',
  },
};

const editorsAddress = () => process.env.EDITOR_EMAIL || process.env.ADMIN_EMAIL || 'editors@mip.example';
const adminUrl = () => `${publicCmsUrl()}/admin`;

/** A reader, for counting reports once each: a keyed digest of their network address (never the address). */
const reporterDigest = (clientKey: string) =>
  createHmac('sha256', requiredSetting(process.env.ALERTS_SECRET, 'ALERTS_SECRET'))
    .update(`mip-response-report-v1\n${clientKey}`)
    .digest('base64url');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const rows = () => strapi.db.query(RESPONSE_UID as never);
  const documents = () => strapi.documents(RESPONSE_UID as never);
  const outbox = () => outboxOf(strapi);

  /** The response's draft row (every response has one; a published one also has a published row). */
  async function draftOf(documentId: string): Promise<ResponseRow | null> {
    return (await rows().findOne({
      where: { documentId, publishedAt: null },
      populate: ['parent'],
    } as never)) as ResponseRow | null;
  }

  /** The published version of an entry that can be answered, in `locale` if it has one, else in any. */
  async function answered(target: ResponseTarget, documentId: string, locale: Locale) {
    const uid = CONTENT_TYPES[target].uid;
    for (const language of [locale, ...LOCALES.filter((l) => l !== locale)]) {
      const found = (await strapi.documents(uid as never).findOne({
        documentId,
        locale: language,
        status: 'published',
        ...(target === 'seminars' ? { populate: ['followUpActions'] } : { fields: ['title', 'slug'] }),
      } as never)) as { title: string; slug: string; followUpActions?: { action: string }[] } | null;
      if (found) return { ...found, locale: language };
    }
    return null;
  }

  /** Every follow-up action's part key of a seminar, in all its languages. */
  async function seminarParts(documentId: string): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const locale of LOCALES) {
      const seminar = (await strapi.documents(CONTENT_TYPES.seminars.uid as never).findOne({
        documentId,
        locale,
        status: 'published',
        populate: ['followUpActions'],
      } as never)) as { followUpActions?: { action: string }[] } | null;
      for (const action of seminar?.followUpActions ?? []) keys.add(followUpPartKey(action.action));
    }
    return keys;
  }

  /** Tells the editors' address what waits for them (at most once an hour for each reason). */
  async function editorsNotice(reason: 'waiting' | 'reported', now = Date.now()) {
    await outbox().enqueue([
      {
        kind: 'responses-waiting',
        recipient: editorsAddress(),
        locale: 'lt',
        payload: {},
        dedupeKey: `responses-${reason}:${Math.floor(now / EDITORS_NOTICE_EVERY_MS)}`,
      },
    ]);
  }

  const service = {
    async ensureTables() {
      const db = knex();
      if (!(await db.schema.hasTable(REPORTS_TABLE)))
        await db.schema.createTable(REPORTS_TABLE, (table) => {
          table.string('response', 32).notNullable();
          table.string('reporter', 64).notNullable();
          table.string('reason', 20).notNullable();
          table.bigInteger('created_at').notNullable();
          table.primary(['response', 'reporter']);
        });
    },

    registerMails() {
      outbox().register('response-confirm', async (mail) => {
        const response = await draftOf(String(mail.payload.response));
        if (response?.moderationStatus !== 'unconfirmed') return null;
        const target = await answered(response.target, response.targetDocumentId, response.language);
        const title = target?.title ?? response.targetTitle ?? '';
        const url =
          target && 'slug' in target && target.slug
            ? `${siteUrl()}${entryPagePath(response.target, target.locale, target.slug)}`
            : null;
        return responseConfirmMail(
          response.language,
          { title, url },
          responseLinkUrl('confirm', makeToken('rc', response.documentId, Date.now() + CONFIRM_TTL_MS)),
          responseLinkUrl('withdraw', makeToken('rw', response.documentId)),
        );
      });
      outbox().register('responses-waiting', async () => {
        const count = async (moderationStatus: ResponseState) =>
          rows().count({ where: { moderationStatus, publishedAt: null } } as never);
        const counts = { waiting: await count('waiting'), reported: await count('reported') };
        if (!counts.waiting && !counts.reported) return null;
        const queue = `${adminUrl()}/content-manager/collection-types/${RESPONSE_UID}?${new URLSearchParams({
          'filters[$and][0][moderationStatus][$in][0]': 'waiting',
          'filters[$and][0][moderationStatus][$in][1]': 'reported',
          sort: 'createdAt:DESC',
        })}`;
        return responsesWaitingMail(counts, queue);
      });
    },

    /** A response as the public form sends it (validated here with the shared schema). */
    async respond(input: unknown, locale: Locale): Promise<RespondResult> {
      const checked = validateSubmission(responseSubmission, input, locale);
      if (!checked.ok) return { ok: false, status: 400, errors: checked.errors };
      const data = checked.data;
      const errors: FieldErrors = {};
      const target = await answered(data.target, data.documentId, data.locale);
      if (!target) errors.documentId = MESSAGES.notFound[locale];
      if (target && data.part) {
        if (data.target !== 'seminars' || !(await seminarParts(data.documentId)).has(data.part))
          errors.part = MESSAGES.part[locale];
      }
      // A reply answers what its response answers (the same follow-up action, if any).
      let part = data.part;
      if (data.parent) {
        const parent = (await rows().findOne({
          where: { documentId: data.parent, publishedAt: { $notNull: true } },
          populate: ['parent'],
        } as never)) as ResponseRow | null;
        if (!parent || parent.parent || parent.target !== data.target || parent.targetDocumentId !== data.documentId)
          errors.parent = MESSAGES.parent[locale];
        else part = parent.targetPart ?? undefined;
      }
      if (Object.keys(errors).length) return { ok: false, status: 400, errors };

      const email = normaliseEmail(data.email);
      const now = Date.now();
      if ((await outbox().countRecent(email, ['response-confirm'], now - 86_400_000)) >= MAILS_PER_ADDRESS_PER_DAY)
        return { ok: false, status: 429, errors: { _form: MESSAGES.tooMany[locale] } };

      const fields = plainTextDeep({ body: data.body, displayName: data.displayName }) as {
        body: string;
        displayName: string;
      };
      // Shown only when it is the directory's (an editor checks it, like everything else, before publishing).
      const organisation = await organisationNamed(strapi, data.organisationName);
      const created = (await documents().create({
        data: {
          target: data.target,
          targetDocumentId: data.documentId,
          targetPart: part ?? null,
          targetTitle: target!.title.slice(0, 300),
          parent: data.parent ?? null,
          stance: data.stance,
          body: fields.body,
          displayName: fields.displayName,
          organisation: organisation ?? null,
          institutionAnswer: false,
          language: data.locale,
          moderationStatus: 'unconfirmed',
          email,
          reports: 0,
          consentAt: new Date(now).toISOString(),
        },
      } as never)) as { documentId: string };
      await outbox().enqueue([
        {
          kind: 'response-confirm',
          recipient: email,
          locale: data.locale,
          payload: { response: created.documentId },
          dedupeKey: `response-confirm:${created.documentId}`,
        },
      ]);
      void outbox().wake();
      return { ok: true, documentId: created.documentId };
    },

    /** The response a confirmation link names, for the page that asks before confirming. */
    async confirmation(token: unknown): Promise<{ state: LinkResult | 'pending'; response?: ResponseRow }> {
      const checked = checkToken(token, 'rc');
      if (!checked.ok) return { state: checked.reason };
      const response = await draftOf(checked.link.subject);
      if (!response) return { state: 'gone' };
      return { state: response.moderationStatus === 'unconfirmed' ? 'pending' : 'done', response };
    },

    /** Confirms a response: it goes to the editors' queue (a link used again changes nothing). */
    async confirm(token: unknown): Promise<{ result: LinkResult; language?: Locale }> {
      const { state, response } = await service.confirmation(token);
      if (state !== 'pending' && state !== 'done') return { result: state };
      if (state === 'pending') {
        const now = Date.now();
        const changed = await rows().updateMany({
          where: { documentId: response!.documentId, moderationStatus: 'unconfirmed' },
          data: { moderationStatus: 'waiting', confirmedAt: new Date(now).toISOString() },
        } as never);
        if ((changed as { count: number }).count > 0) {
          await editorsNotice('waiting', now);
          void outbox().wake();
        }
      }
      return { result: 'done', language: response!.language };
    },

    /** The response a withdrawal link names, if it still exists. */
    async withdrawal(token: unknown): Promise<{ state: LinkProblem | 'pending'; response?: ResponseRow }> {
      const checked = checkToken(token, 'rw');
      if (!checked.ok) return { state: checked.reason };
      const response = await draftOf(checked.link.subject);
      return response ? { state: 'pending', response } : { state: 'gone' };
    },

    /**
     * Withdraws a response: the document is deleted (both versions, so a published one leaves the
     * site with the next build), with its reports and any mail still waiting for it. Replies to it
     * stay, without it.
     */
    async withdraw(token: unknown): Promise<{ result: LinkResult; language?: Locale }> {
      const { state, response } = await service.withdrawal(token);
      if (state !== 'pending') return { result: state };
      await documents().delete({ documentId: response!.documentId } as never);
      await knex()(REPORTS_TABLE).where({ response: response!.documentId }).delete();
      return { result: 'done', language: response!.language };
    },

    /**
     * A reader reports a published response. Each network address counts once per response; at
     * RESPONSE_REPORTS_TO_HIDE reports it is unpublished (it leaves the site with the next build)
     * and waits as `reported` until an editor publishes it again or rejects it. Whatever happens,
     * the reader gets the same answer.
     */
    async report(
      input: unknown,
      locale: Locale,
      clientKey: string,
    ): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
      const checked = validateSubmission(responseReport, input, locale);
      if (!checked.ok) return checked;
      const { response: documentId, reason } = checked.data;
      const published = await rows().findOne({
        where: { documentId, publishedAt: { $notNull: true } },
        select: ['id'],
      } as never);
      if (!published) return { ok: true };
      await knex()(REPORTS_TABLE)
        .insert({ response: documentId, reporter: reporterDigest(clientKey), reason, created_at: Date.now() })
        .onConflict(['response', 'reporter'])
        .ignore();
      const [{ count }] = (await knex()(REPORTS_TABLE).where({ response: documentId }).count({ count: '*' })) as {
        count: number | string;
      }[];
      await rows().updateMany({ where: { documentId }, data: { reports: Number(count) } } as never);
      if (Number(count) >= reportsToHide(process.env)) {
        await documents().unpublish({ documentId } as never);
        await rows().updateMany({ where: { documentId }, data: { moderationStatus: 'reported' } } as never);
        await editorsNotice('reported');
        void outbox().wake();
      }
      return { ok: true };
    },

    /** An editor publishes a response: it is published (again), and earlier reports no longer count. */
    async published(documentId: string) {
      // In the publishing transaction (the admin publishes in one): a second connection would wait
      // for it, and SQLite has only one.
      await strapi.db.transaction(async ({ trx }) => {
        await rows().updateMany({
          where: { documentId },
          data: { moderationStatus: 'published', reports: 0 },
        } as never);
        await trx(REPORTS_TABLE).where({ response: documentId }).delete();
      });
    },

    /** Unconfirmed responses whose link has expired are deleted (their author never confirmed them). */
    async forgetUnconfirmed(now = Date.now()): Promise<number> {
      const stale = (await rows().findMany({
        where: {
          moderationStatus: 'unconfirmed',
          publishedAt: null,
          consentAt: { $lt: new Date(now - UNCONFIRMED_KEPT_MS).toISOString() },
        },
        select: ['documentId'],
      } as never)) as { documentId: string }[];
      for (const { documentId } of stale) await documents().delete({ documentId } as never);
      return stale.length;
    },
  };
  return service;
};
