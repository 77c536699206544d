import { LOCALES, type Locale } from '@mip/shared-types';
import type { IncomingFile, SubmissionResult } from '../services/submission';

// Thin HTTP layer over the submission service: reads JSON or multipart (a `data` field with the
// JSON and `files`), picks the reader's language for messages, and shapes the answer.
type Kind = 'goodPractice' | 'partnerRequest' | 'contact';

function readLocale(ctx: any, body: unknown): Locale {
  const fromBody = (body as { locale?: unknown } | null)?.locale;
  if (LOCALES.includes(fromBody as Locale)) return fromBody as Locale;
  if (LOCALES.includes(ctx.query?.locale)) return ctx.query.locale;
  return /^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'lt';
}

function readBody(ctx: any): { body: unknown; files: IncomingFile[]; error?: string } {
  // Only a multipart post has files (parsed by the public-routes middleware).
  if (ctx.request.files) {
    const raw = ctx.request.body?.data;
    let body: unknown;
    try {
      body = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      return { body: null, files: [], error: 'The "data" field is not JSON' };
    }
    const files = ctx.request.files?.files;
    return { body, files: files ? (Array.isArray(files) ? files : [files]) : [] };
  }
  return { body: ctx.request.body, files: [] };
}

async function handle(ctx: any, kind: Kind) {
  const { body, files, error } = readBody(ctx);
  const locale = readLocale(ctx, body);
  if (error || body === null || typeof body !== 'object' || Array.isArray(body)) {
    ctx.status = 400;
    ctx.body = {
      errors: {
        _form: locale === 'lt' ? 'Netinkamas užklausos formatas.' : 'The request is not in the expected format.',
      },
    };
    return;
  }
  const service = strapi.service('api::submission.submission') as unknown as Record<
    Kind,
    (input: unknown, locale: Locale, files?: IncomingFile[]) => Promise<SubmissionResult>
  >;
  const result = await service[kind](body, locale, files);
  if (result.ok) {
    ctx.status = 201;
    ctx.body = { reference: result.reference, status: 'submitted' };
  } else {
    ctx.status = result.status;
    ctx.body = { errors: result.errors };
  }
}

export default {
  goodPractice: (ctx: any) => handle(ctx, 'goodPractice'),
  partnerRequest: (ctx: any) => handle(ctx, 'partnerRequest'),
  contact: (ctx: any) => handle(ctx, 'contact'),
};
