import {
  fieldLabel,
  formFieldId,
  formInput,
  isLocale,
  noticePath,
  type FieldErrors,
  type LabelledForm,
  type Locale,
  type NoticeKey,
} from '@mip/shared-types';
import { answerWithPage } from './public-pages/page';
import { sitePath, siteUrl } from './public-pages/site';

// How every public route reads a post and answers it, for both kinds of client:
// - a form island (JavaScript) posts JSON, or multipart with its JSON in a `data` field and the
//   files beside it, and reads JSON back: 201 with what was done, or 400 with field errors;
// - a plain HTML form (no JavaScript) posts form fields and reads HTML: a valid post is answered
//   with a 303 redirect to a static page of the site saying what happens next (so a reload sends
//   nothing twice), an invalid one with a small page in the site's look and the reader's language
//   that names each field's problem and links back to the form (the browser's Back button keeps
//   what was typed).
// A plain form names its page in the action's query (`?from=/lt/...&locale=lt`), so the way back
// never depends on a Referer header.

/** An uploaded file as the body parser hands it over. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

type Ctx = any;

/** Whether the client reads HTML (a browser's plain form post) rather than JSON (a script). */
export function answersInHtml(ctx: Ctx): boolean {
  return ctx.accepts('json', 'html') === 'html';
}

/** The reader's language before the body is read: `?locale=`, else Accept-Language, else Lithuanian. */
export function requestLocale(ctx: Ctx): Locale {
  if (isLocale(ctx.query?.locale)) return ctx.query.locale;
  return /^en\b/i.test(ctx.get('accept-language') ?? '') ? 'en' : 'lt';
}

/** The language of a post: the one its body names, else the request's. */
export function postLocale(ctx: Ctx, input: unknown): Locale {
  const named = (input as { locale?: unknown } | null)?.locale;
  return isLocale(named) ? named : requestLocale(ctx);
}

/**
 * What was posted, as the JSON input `schema` checks, and the files sent with it. `null` input:
 * the body is not something the route can read at all.
 */
export function postedInput(
  ctx: Ctx,
  schema: Parameters<typeof formInput>[0],
): { input: unknown; files: IncomingFile[] } {
  const body = ctx.request.body;
  const files = uploadedFiles(ctx);
  if (ctx.request.files && typeof body?.data === 'string') {
    try {
      return { input: JSON.parse(body.data), files };
    } catch {
      return { input: null, files };
    }
  }
  // The public-routes middleware read the body and says how it came.
  if (ctx.state.postedAs === 'multipart' || ctx.state.postedAs === 'urlencoded')
    return { input: body && typeof body === 'object' ? formInput(schema, body) : null, files };
  return { input: body, files };
}

/** The `files` of a multipart post; a file input left empty sends a nameless, empty part, which is no file. */
function uploadedFiles(ctx: Ctx): IncomingFile[] {
  const sent = ctx.request.files?.files as IncomingFile | IncomingFile[] | undefined;
  return (sent ? (Array.isArray(sent) ? sent : [sent]) : []).filter((f) => f.size > 0 || !!f.originalFilename);
}

/** Answers a post the route accepted: JSON for a script, a redirect to the notice page for a plain form. */
export function answerAccepted(
  ctx: Ctx,
  answer: { locale: Locale; notice: NoticeKey; status?: number; json: unknown; query?: Record<string, string> },
) {
  if (!answersInHtml(ctx)) {
    ctx.status = answer.status ?? 201;
    ctx.body = answer.json;
    return;
  }
  const query = answer.query ? `?${new URLSearchParams(answer.query)}` : '';
  ctx.redirect(`${siteUrl()}${noticePath(answer.notice, answer.locale)}${query}`);
  ctx.status = 303;
}

/**
 * Answers a request that did what it asked (a link's button, an address confirmed): JSON for a
 * script, for a browser a redirect to the site's notice page (after a POST: a reload sends nothing
 * again).
 */
export function answerDone(ctx: Ctx, notice: NoticeKey, locale: Locale, json: unknown = { status: 'done' }) {
  answerAccepted(ctx, { locale, notice, status: 200, json });
}

/** What a post the route cannot read at all is told. */
export const MALFORMED = {
  lt: 'Netinkamas užklausos formatas.',
  en: 'The request is not in the expected format.',
} satisfies Record<Locale, string>;

/** Refuses a post whose body is not an object of fields. */
export function refuseMalformed(ctx: Ctx, locale: Locale, form?: LabelledForm) {
  answerRefused(ctx, { status: 400, errors: { _form: MALFORMED[locale] }, locale, form });
}

/** Whether a post's input is an object of fields at all. */
export const isFields = (input: unknown): input is Record<string, unknown> =>
  input !== null && typeof input === 'object' && !Array.isArray(input);

const TEXTS = {
  lt: {
    fields: 'Pataisykite šiuos laukus',
    refused: 'Nepavyko išsiųsti',
    back: 'Grįžti į formą',
    backNote: 'Naršyklės mygtukas „Atgal“ grąžins jus į formą su tuo, ką įrašėte.',
  },
  en: {
    fields: 'Please correct these fields',
    refused: 'Could not send',
    back: 'Back to the form',
    backNote: 'Your browser’s Back button takes you back to the form with what you typed.',
  },
} satisfies Record<Locale, Record<string, string>>;

/**
 * Answers a post the route refused: `{ errors }` JSON for a script; for a plain form a page in the
 * reader's language listing each problem (at a field: linked to it on the form) with a way back.
 */
export function answerRefused(
  ctx: Ctx,
  refusal: { status: number; errors: FieldErrors; locale: Locale; form?: LabelledForm },
) {
  const { status, errors, locale, form } = refusal;
  if (!answersInHtml(ctx)) {
    ctx.status = status;
    ctx.body = { errors };
    return;
  }
  const t = TEXTS[locale];
  const from = sitePath(ctx.query?.from);
  const back = from ? `${siteUrl()}${from}` : null;
  const entries = Object.entries(errors);
  const atFields = entries.filter(([path]) => path !== '_form');
  const general = entries.filter(([path]) => path === '_form').map(([, message]) => message);
  answerWithPage(ctx, status, {
    locale,
    title: atFields.length ? t.fields : t.refused,
    children: (
      <>
        {general.map((message) => (
          <p key={message} className="notice">
            {message}
          </p>
        ))}
        {atFields.length > 0 && (
          <div className="error-summary" data-testid="error-summary">
            <ul>
              {atFields.map(([path, message]) => {
                const label = form ? fieldLabel(form, path, locale) : path;
                // An item of a list (integrationAreas.2) is shown at the list.
                const field = /\.\d+$/.test(path) ? path.replace(/\.\d+$/, '') : path;
                return (
                  <li key={path}>
                    {back ? (
                      <a href={`${back}#${formFieldId(field, form)}`}>
                        {label}: {message}
                      </a>
                    ) : (
                      `${label}: ${message}`
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {back && (
          <p>
            <a href={back}>{t.back}</a>. {t.backNote}
          </p>
        )}
      </>
    ),
  });
}
