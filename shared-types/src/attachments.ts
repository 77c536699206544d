import type { Locale } from './locales.ts';
import type { FieldErrors } from './submissions.ts';

// Attachments to a good-practice submission: which kinds, how many, how large. The browser checks
// names and sizes before sending so people learn at once; the CMS checks the bytes, since a name
// proves nothing.

/** Allowed file types: MIME type as detected from the content, and the extension it is stored under. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};
/** Extensions a file picker offers (JPEG files are also named .jpeg). */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'docx', 'odt', 'jpg', 'jpeg', 'png'] as const;
export const MAX_ATTACHMENTS = 5;
/**
 * Pictures are measured from their header before anything decodes them: a few kilobytes of PNG
 * can claim 8000 × 8000 pixels and take seconds and hundreds of megabytes to decode. A phone
 * camera's photo (up to about 50 megapixels) passes.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
export const MAX_IMAGE_SIDE = 12_000;
export const DEFAULT_MAX_ATTACHMENT_MB = 10;

/** The size cap in MB from `SUBMISSION_MAX_FILE_MB`, shared by the CMS and the site build. */
export function maxAttachmentMb(env: Record<string, string | undefined>): number {
  const value = Number(env.SUBMISSION_MAX_FILE_MB);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_ATTACHMENT_MB;
}

export const ATTACHMENT_MESSAGES = {
  fileType: {
    lt: 'Leidžiami tik PDF, DOCX, ODT, JPEG ir PNG failai.',
    en: 'Only PDF, DOCX, ODT, JPEG and PNG files are allowed.',
  },
  fileSize: { lt: 'Failas per didelis (daugiausia {mb} MB).', en: 'The file is too large (at most {mb} MB).' },
  tooManyFiles: { lt: `Ne daugiau kaip ${MAX_ATTACHMENTS} failai.`, en: `No more than ${MAX_ATTACHMENTS} files.` },
  imageTooLarge: {
    lt: `Paveikslėlis per didelis: daugiausia ${MAX_IMAGE_PIXELS / 1_000_000} megapikselių ir ${MAX_IMAGE_SIDE} taškų į vieną pusę.`,
    en: `The picture is too large: at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels and ${MAX_IMAGE_SIDE} pixels on a side.`,
  },
  unreadableImage: { lt: 'Paveikslėlio nepavyko perskaityti.', en: 'The picture could not be read.' },
} satisfies Record<string, Record<Locale, string>>;

export const fileSizeMessage = (locale: Locale, maxMb: number) =>
  ATTACHMENT_MESSAGES.fileSize[locale].replace('{mb}', String(maxMb));

/** What can be told from a file's name and size: errors keyed `files` or `files.<index>`. */
export function checkAttachmentList(
  files: readonly { name: string; size: number }[],
  locale: Locale,
  maxMb: number,
): FieldErrors {
  if (files.length > MAX_ATTACHMENTS) return { files: ATTACHMENT_MESSAGES.tooManyFiles[locale] };
  const errors: FieldErrors = {};
  files.forEach((file, index) => {
    const extension = file.name.toLowerCase().split('.').pop() ?? '';
    if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(extension))
      errors[`files.${index}`] = `${file.name}: ${ATTACHMENT_MESSAGES.fileType[locale]}`;
    else if (file.size > maxMb * 1024 * 1024)
      errors[`files.${index}`] = `${file.name}: ${fileSizeMessage(locale, maxMb)}`;
  });
  return errors;
}
