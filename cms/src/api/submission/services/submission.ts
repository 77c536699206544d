import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { fileTypeFromBuffer } from 'file-type';
import {
  ATTACHMENT_MESSAGES,
  ATTACHMENT_TYPES,
  fileSizeMessage,
  MAX_ATTACHMENTS,
  maxAttachmentMb,
  contactMessage,
  goodPracticeSubmission,
  partnerRequestSubmission,
  validateSubmission,
  type FieldErrors,
  type Locale,
} from '@mip/shared-types';

// The work behind the public submission routes: validate with the shared schema, check that
// every linked id exists, check attached files by their content, then create a DRAFT through
// the Document Service (whose rules also strip HTML and force the draft state).

interface Notify {
  send(message: { to: string; replyTo?: string; subject: string; text: string }): Promise<void>;
}

export type SubmissionResult = { ok: true; reference: string } | { ok: false; status: 400 | 404 | 503; errors: FieldErrors };

/** An uploaded file as Strapi's body parser (formidable) hands it over. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}


const RELATIONS = {
  implementingOrganisations: 'api::organisation.organisation',
  organisation: 'api::organisation.organisation',
  integrationAreas: 'api::integration-area.integration-area',
  targetGroups: 'api::target-group.target-group',
  municipalities: 'api::municipality.municipality',
  fundingCall: 'api::funding-call.funding-call',
} as const;

const MESSAGES = {
  unknownId: { lt: 'Tokios reikšmės sąraše nėra.', en: 'This value is not in the list.' },
  notFound: { lt: 'Gavėjas nerastas.', en: 'The recipient was not found.' },
  notDelivered: { lt: 'Žinutės nepavyko perduoti. Bandykite vėliau.', en: 'The message could not be delivered. Please try again later.' },
};

/** A reference people can quote: prefix, year, six unambiguous characters. */
function newReference(prefix: string, now = new Date()) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const code = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${prefix}-${now.getFullYear()}-${code}`;
}

/** A safe display name for an uploaded file: no folders, no control characters. */
export function safeFileName(name: string | null | undefined, extension: string) {
  const base = path.basename(String(name ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '').replace(/^\.+/, '').trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 120) || 'file';
  return `${stem}.${extension}`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Field errors for linked ids that do not exist (as published entries, or taxonomy terms). */
  async function missingRelations(data: Record<string, unknown>, locale: Locale): Promise<FieldErrors> {
    const errors: FieldErrors = {};
    for (const [field, uid] of Object.entries(RELATIONS)) {
      const value = data[field];
      const ids = (Array.isArray(value) ? value : value ? [value] : []) as string[];
      if (!ids.length) continue;
      const found = (await strapi.documents(uid as never).findMany({
        filters: { documentId: { $in: ids } },
        status: 'published',
        fields: ['documentId'],
        locale: 'lt',
        limit: ids.length,
      } as never)) as { documentId: string }[];
      const existing = new Set(found.map((d) => d.documentId));
      ids.forEach((id, index) => {
        if (!existing.has(id)) errors[Array.isArray(value) ? `${field}.${index}` : field] = MESSAGES.unknownId[locale];
      });
    }
    return errors;
  }

  async function checkFiles(files: IncomingFile[], locale: Locale): Promise<{ errors: FieldErrors; accepted: { file: IncomingFile; name: string; mime: string }[] }> {
    const errors: FieldErrors = {};
    const accepted: { file: IncomingFile; name: string; mime: string }[] = [];
    if (files.length > MAX_ATTACHMENTS) return { errors: { files: ATTACHMENT_MESSAGES.tooManyFiles[locale] }, accepted };
    const maxMb = maxAttachmentMb(process.env);
    // Recognised by their bytes, never by their name.
    for (const [index, file] of files.entries()) {
      if (file.size > maxMb * 1024 * 1024) {
        errors[`files.${index}`] = fileSizeMessage(locale, maxMb);
        continue;
      }
      const detected = await fileTypeFromBuffer(await readFile(file.filepath));
      const extension = detected && ATTACHMENT_TYPES[detected.mime];
      if (!detected || !extension) {
        errors[`files.${index}`] = ATTACHMENT_MESSAGES.fileType[locale];
        continue;
      }
      accepted.push({ file, name: safeFileName(file.originalFilename, extension), mime: detected.mime });
    }
    return { errors, accepted };
  }

  async function upload(files: { file: IncomingFile; name: string; mime: string }[]): Promise<number[]> {
    const ids: number[] = [];
    for (const { file, name, mime } of files) {
      const [uploaded] = (await strapi.plugin('upload').service('upload').upload({
        data: { fileInfo: { name } },
        files: { filepath: file.filepath, originalFilename: name, mimetype: mime, size: file.size },
      })) as { id: number }[];
      ids.push(uploaded.id);
    }
    return ids;
  }

  const mail = () => strapi.service('api::submission.notify') as unknown as Notify;

  /**
   * Tells the editors there is something to review, and the submitter that it arrived. The
   * submission is already stored, so a mail failure is logged and not passed on: answering with an
   * error would only make people send the same thing again.
   */
  async function notifySubmission(kind: 'good-practice' | 'partner-request', reference: string, title: string, submitter: string, locale: Locale) {
    const messages = [
      {
        to: process.env.EDITOR_EMAIL || process.env.ADMIN_EMAIL || 'editors@mip.example',
        subject: `New ${kind} submission ${reference}: ${title}`,
        text: `A new ${kind} was submitted and waits for review (moderation status "submitted").\nReference: ${reference}\nTitle: ${title}`,
      },
      {
        to: submitter,
        subject: locale === 'lt' ? `Gavome jūsų pateikimą ${reference}` : `We received your submission ${reference}`,
        text: locale === 'lt'
          ? `Ačiū! Jūsų pateikimą „${title}“ gavome. Redaktoriai jį peržiūrės ir, jei reikės, susisieks su jumis. Nuorodos numeris: ${reference}.`
          : `Thank you! We received “${title}”. The editors will review it and contact you if needed. Reference: ${reference}.`,
      },
    ];
    for (const message of messages) {
      try {
        await mail().send(message);
      } catch (error) {
        strapi.log.error(`[email] could not send the notice for ${reference} (the submission is stored): ${(error as Error).message}`);
      }
    }
  }

  return {
    async goodPractice(input: unknown, locale: Locale, files: IncomingFile[] = []): Promise<SubmissionResult> {
      const parsed = validateSubmission(goodPracticeSubmission, input, locale);
      const fileCheck = await checkFiles(files, locale);
      if (!parsed.ok) return { ok: false, status: 400, errors: { ...parsed.errors, ...fileCheck.errors } };
      const relationErrors = await missingRelations(parsed.data, locale);
      const errors = { ...relationErrors, ...fileCheck.errors };
      if (Object.keys(errors).length) return { ok: false, status: 400, errors };

      const { locale: _l, homepage: _h, organisationName, ...fields } = parsed.data;
      const reference = newReference('GP');
      const attachments = await upload(fileCheck.accepted);
      await strapi.documents('api::good-practice.good-practice').create({
        locale: parsed.data.locale,
        data: {
          ...fields,
          submitterOrganisation: organisationName,
          attachments,
          origin: 'submission',
          moderationStatus: 'submitted',
          submissionReference: reference,
        },
      } as never);
      await notifySubmission('good-practice', reference, parsed.data.title, parsed.data.submitterEmail, parsed.data.locale);
      return { ok: true, reference };
    },

    async partnerRequest(input: unknown, locale: Locale): Promise<SubmissionResult> {
      const parsed = validateSubmission(partnerRequestSubmission, input, locale);
      if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
      const errors = await missingRelations(parsed.data, locale);
      if (Object.keys(errors).length) return { ok: false, status: 400, errors };
      const { locale: _l, homepage: _h, organisationName, rolesSought, partnerTypesSought, ...fields } = parsed.data;
      const reference = newReference('PS');
      await strapi.documents('api::partner-request.partner-request').create({
        locale: parsed.data.locale,
        data: {
          ...fields,
          submitterOrganisation: organisationName,
          rolesSought: rolesSought.map((role) => ({ role })),
          partnerTypesSought: partnerTypesSought.map((type) => ({ type })),
          requestStatus: 'open',
          origin: 'submission',
          moderationStatus: 'submitted',
          submissionReference: reference,
        },
      } as never);
      await notifySubmission('partner-request', reference, parsed.data.title, parsed.data.contactEmail, parsed.data.locale);
      return { ok: true, reference };
    },

    async contact(input: unknown, locale: Locale): Promise<SubmissionResult> {
      const parsed = validateSubmission(contactMessage, input, locale);
      if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
      const uid = parsed.data.target === 'organisation' ? 'api::organisation.organisation' : 'api::partner-request.partner-request';
      const recipient = (await strapi.documents(uid as never).findOne({ documentId: parsed.data.documentId, status: 'published', locale: 'lt' } as never)) as
        | { contactEmail?: string | null; name?: string; title?: string }
        | null;
      if (!recipient?.contactEmail) return { ok: false, status: 404, errors: { documentId: MESSAGES.notFound[locale] } };
      const reference = newReference('MSG');
      // Relayed without ever showing the address to the sender. Nothing is stored, so if the mail
      // cannot go out the sender must know (their form keeps the message for another try).
      try {
        await mail().send({
          to: recipient.contactEmail,
          replyTo: parsed.data.senderEmail,
          subject: `${parsed.data.senderName} — ${recipient.name ?? recipient.title ?? ''}`,
          text: `${parsed.data.message}\n\n— ${parsed.data.senderName} <${parsed.data.senderEmail}>\n(${reference})`,
        });
      } catch (error) {
        strapi.log.error(`[email] could not relay contact message ${reference}: ${(error as Error).message}`);
        return { ok: false, status: 503, errors: { _form: MESSAGES.notDelivered[locale] } };
      }
      return { ok: true, reference };
    },
  };
};
