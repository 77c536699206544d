import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import {
  ATTACHMENT_MESSAGES,
  ATTACHMENT_TYPES,
  fileSizeMessage,
  MAX_ATTACHMENTS,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  maxAttachmentMb,
  contactMessage,
  goodPracticeSubmission,
  partnerRequestSubmission,
  validateSubmission,
  type FieldErrors,
  type Locale,
} from '@mip/shared-types';
import { organisationNamed } from '../../../documents/organisation-named';
import type { IncomingFile } from '../../../public-form';

// The work behind the public submission routes: validate with the shared schema, check that
// every linked id exists, check attached files by their content, then create a DRAFT through
// the Document Service (whose rules also strip HTML and force the draft state).

interface Notify {
  send(message: { to: string; replyTo?: string; subject: string; text: string }): Promise<void>;
}

export type SubmissionResult =
  | { ok: true; reference: string }
  | { ok: false; status: 400 | 404 | 503; errors: FieldErrors };

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
  notDelivered: {
    lt: 'Žinutės nepavyko perduoti. Bandykite vėliau.',
    en: 'The message could not be delivered. Please try again later.',
  },
  relaySubject: {
    lt: 'Žinutė per Migracijos informacijos ir bendradarbiavimo platformą',
    en: 'A message through the Migration Information and Cooperation Platform',
  },
};

const KIND_NAMES = {
  'good-practice': { lt: 'geroji praktika', en: 'good practice' },
  'partner-request': { lt: 'partnerių paieška', en: 'partner request' },
};

/** A reference people can quote: prefix, year, six unambiguous characters. */
function newReference(prefix: string, now = new Date()) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const code = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${prefix}-${now.getFullYear()}-${code}`;
}

/** A safe display name for an uploaded file: no folders, no control characters. */
export function safeFileName(name: string | null | undefined, extension: string) {
  const base = path
    .basename(String(name ?? '').replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .trim();
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

  type AcceptedFile = { file: IncomingFile; name: string; mime: string; width?: number; height?: number };

  async function checkFiles(
    files: IncomingFile[],
    locale: Locale,
  ): Promise<{ errors: FieldErrors; accepted: AcceptedFile[] }> {
    const errors: FieldErrors = {};
    const accepted: AcceptedFile[] = [];
    if (files.length > MAX_ATTACHMENTS)
      return { errors: { files: ATTACHMENT_MESSAGES.tooManyFiles[locale] }, accepted };
    const maxMb = maxAttachmentMb(process.env);
    // Recognised by their bytes, never by their name.
    for (const [index, file] of files.entries()) {
      if (file.size > maxMb * 1024 * 1024) {
        errors[`files.${index}`] = fileSizeMessage(locale, maxMb);
        continue;
      }
      const detected = await fileTypeFromFile(file.filepath);
      const extension = detected && ATTACHMENT_TYPES[detected.mime];
      if (!detected || !extension) {
        errors[`files.${index}`] = ATTACHMENT_MESSAGES.fileType[locale];
        continue;
      }
      const name = safeFileName(file.originalFilename, extension);
      if (!detected.mime.startsWith('image/')) {
        accepted.push({ file, name, mime: detected.mime });
        continue;
      }
      // Dimensions from the header only (libvips reads no pixels for metadata).
      const { width = 0, height = 0 } = await sharp(file.filepath)
        .metadata()
        .catch(() => ({ width: 0, height: 0 }));
      if (!width || !height) errors[`files.${index}`] = ATTACHMENT_MESSAGES.unreadableImage[locale];
      else if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS)
        errors[`files.${index}`] = ATTACHMENT_MESSAGES.imageTooLarge[locale];
      else accepted.push({ file, name, mime: detected.mime, width, height });
    }
    return { errors, accepted };
  }

  /**
   * Stores attachments exactly as sent, as private files of the draft. Strapi's upload pipeline
   * is not used: it decodes every picture to check it, optimise it and make four resized copies
   * (seconds of CPU per picture, and a way to make us work), and announces each file to the
   * rebuild webhook. An editor who wants a picture on the site uploads it in the admin.
   */
  async function upload(files: AcceptedFile[]): Promise<number[]> {
    const ids: number[] = [];
    const uploads = strapi.plugin('upload');
    for (const { file, name, mime, width, height } of files) {
      const entry = (await uploads
        .service('upload')
        .formatFileInfo({ filename: name, type: mime, size: file.size }, { name })) as Record<string, unknown>;
      Object.assign(entry, { width, height, getStream: () => createReadStream(file.filepath) });
      await uploads.service('provider').upload(entry);
      delete entry.getStream;
      const stored = (await strapi.db
        .query('plugin::upload.file')
        .create({ data: { ...entry, provider: strapi.config.get('plugin::upload.provider', 'local') } })) as {
        id: number;
      };
      ids.push(stored.id);
    }
    return ids;
  }

  const mail = () => strapi.service('api::submission.notify') as unknown as Notify;

  /**
   * Tells the editors there is something to review. The submitter is not mailed: their address
   * is not confirmed, and nothing from outside may make the platform mail an address that has not
   * confirmed (the answer on the site gives them the reference). Untrusted text never goes in a
   * subject; the body is plain text for the editors' own address. The submission is already
   * stored, so a mail failure is logged and not passed on: an error would only make people send
   * the same thing again.
   */
  async function notifyEditors(
    kind: 'good-practice' | 'partner-request',
    reference: string,
    title: string,
    documentId: string,
    locale: Locale,
  ) {
    const admin = `${(process.env.CMS_PUBLIC_URL || `http://localhost:${process.env.CMS_PORT || 1337}`).replace(/\/$/, '')}/admin`;
    const uid = `api::${kind}.${kind}`;
    try {
      await mail().send({
        to: process.env.EDITOR_EMAIL || process.env.ADMIN_EMAIL || 'editors@mip.example',
        subject: `Naujas pateikimas ${reference} / New submission ${reference}`,
        text: [
          `Gautas naujas pateikimas (${KIND_NAMES[kind].lt}, ${locale === 'lt' ? 'lietuvių' : 'anglų'} k.); jis laukia peržiūros.`,
          `A new ${KIND_NAMES[kind].en} was submitted in ${locale === 'lt' ? 'Lithuanian' : 'English'} and waits for review.`,
          '',
          `Nuorodos numeris / Reference: ${reference}`,
          `Pavadinimas / Title: ${title}`,
          `Peržiūrėti / Review: ${admin}/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`,
        ].join('\n'),
      });
    } catch (error) {
      strapi.log.error(
        `[email] could not send the notice for ${reference} (the submission is stored): ${(error as Error).message}`,
      );
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
      const named = await organisationNamed(strapi, organisationName);
      const created = await strapi.documents('api::good-practice.good-practice').create({
        locale: parsed.data.locale,
        data: {
          ...fields,
          implementingOrganisations: [...new Set([...fields.implementingOrganisations, ...(named ? [named] : [])])],
          submitterOrganisation: organisationName,
          attachments,
          origin: 'submission',
          moderationStatus: 'submitted',
          submissionReference: reference,
        },
      } as never);
      await notifyEditors('good-practice', reference, created.title as string, created.documentId, parsed.data.locale);
      return { ok: true, reference };
    },

    async partnerRequest(input: unknown, locale: Locale): Promise<SubmissionResult> {
      const parsed = validateSubmission(partnerRequestSubmission, input, locale);
      if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
      const errors = await missingRelations(parsed.data, locale);
      if (Object.keys(errors).length) return { ok: false, status: 400, errors };
      const { locale: _l, homepage: _h, organisationName, rolesSought, partnerTypesSought, ...fields } = parsed.data;
      const reference = newReference('PS');
      const named = fields.organisation ? undefined : await organisationNamed(strapi, organisationName);
      const created = await strapi.documents('api::partner-request.partner-request').create({
        locale: parsed.data.locale,
        data: {
          ...fields,
          ...(named ? { organisation: named } : {}),
          submitterOrganisation: organisationName,
          rolesSought: rolesSought.map((role) => ({ role })),
          partnerTypesSought: partnerTypesSought.map((type) => ({ type })),
          requestStatus: 'open',
          origin: 'submission',
          moderationStatus: 'submitted',
          submissionReference: reference,
        },
      } as never);
      await notifyEditors(
        'partner-request',
        reference,
        created.title as string,
        created.documentId,
        parsed.data.locale,
      );
      return { ok: true, reference };
    },

    async contact(input: unknown, locale: Locale): Promise<SubmissionResult> {
      const parsed = validateSubmission(contactMessage, input, locale);
      if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
      const uid =
        parsed.data.target === 'organisation'
          ? 'api::organisation.organisation'
          : 'api::partner-request.partner-request';
      const recipient = (await strapi
        .documents(uid as never)
        .findOne({ documentId: parsed.data.documentId, status: 'published', locale: 'lt' } as never)) as {
        contactEmail?: string | null;
        name?: string;
        title?: string;
      } | null;
      if (!recipient?.contactEmail)
        return { ok: false, status: 404, errors: { documentId: MESSAGES.notFound[locale] } };
      const reference = newReference('MSG');
      // Relayed without ever showing the address to the sender, and only to an address an editor
      // entered. The subject names the recipient (editors' text), never anything the sender typed.
      // Nothing is stored, so if the mail cannot go out the sender must know (their form keeps the
      // message for another try).
      try {
        await mail().send({
          to: recipient.contactEmail,
          replyTo: parsed.data.senderEmail,
          subject: `${MESSAGES.relaySubject[parsed.data.locale]}: ${recipient.name ?? recipient.title ?? ''}`,
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
