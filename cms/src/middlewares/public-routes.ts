import type { Core } from '@strapi/strapi';
import { rm } from 'node:fs/promises';
import { koaBody } from 'koa-body';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { maxAttachmentMb, type Locale } from '@mip/shared-types';
import { answerRefused, MALFORMED, requestLocale } from '../public-form';
import { clientKey, publicRoutes, type PublicRouteMatch } from '../public-route';

// In front of every public route (see public-route.ts), placed before Strapi's body parser:
// 1. one rate limit for all of them together, per client address (IPv6 by /64), checked before a
//    byte of the body is read, so a limited client costs nothing; the pages behind a signed link
//    from a mail (confirm, unsubscribe, manage subscriptions) count against a looser one of their
//    own, since a person uses them several times in a row;
// 2. a declared size over the cap is refused unread (413);
// 3. the body is read here, by a parser that stops at the caps whatever the request announces
//    (chunked bodies included): JSON and form posts up to MAX_FORM_BYTES, multipart only where the
//    route takes files, up to its number of files of SUBMISSION_MAX_FILE_MB each;
// 4. a body that does not parse is a 400 with a message in the reader's language, never a 500.
// A refusal is answered as the route would answer (public-form.tsx): JSON for a script, a small
// page in the site's look for a plain form posted without JavaScript.
// Strapi's own body parser, which comes next for every other route, then finds no body to read.
// A multipart post arrives at its controller as Strapi's parser would hand it over: the fields in
// ctx.request.body, the files in ctx.request.files (which only a multipart post has).

export const MAX_FORM_BYTES = 256 * 1024;
/** Fields one post may carry: a plain form sends one per ticked checkbox (three taxonomies, organisations). */
const MAX_FORM_FIELDS = 1000;
const DEFAULT_LIMIT = 10;
const DEFAULT_LINK_LIMIT = 60;
const DEFAULT_WINDOW_SECONDS = 600;

const MESSAGES = {
  rateLimited: {
    lt: 'Per daug užklausų iš šio adreso. Bandykite vėliau.',
    en: 'Too many requests from this address. Please try again later.',
  },
  tooLarge: { lt: 'Siunčiama per daug duomenų.', en: 'The request is too large.' },
  noFiles: { lt: 'Ši forma nepriima failų.', en: 'This form does not take files.' },
  malformed: MALFORMED,
  unsupported: { lt: 'Nepalaikomas užklausos tipas.', en: 'This kind of request is not supported.' },
} satisfies Record<string, Record<Locale, string>>;

function refuse(ctx: any, status: number, message: keyof typeof MESSAGES) {
  const locale = requestLocale(ctx);
  answerRefused(ctx, { status, errors: { _form: MESSAGES[message][locale] }, locale });
  // The unread rest of the body is not waited for.
  ctx.set('Connection', 'close');
}

/** What a body parser error means for the client: too large, or not understood. */
function parseFailure(error: { status?: number; httpCode?: number; code?: number; type?: string }): {
  status: number;
  message: keyof typeof MESSAGES;
} {
  const status = error.status ?? error.httpCode;
  if (status === 413 || error.type === 'entity.too.large') return { status: 413, message: 'tooLarge' };
  if (status === 415) return { status: 415, message: 'unsupported' };
  return { status: 400, message: 'malformed' };
}

/**
 * Waits for the body parser, but not forever: some malformed multipart bodies (a part header line
 * without a colon) stall formidable 2 for good, which would hold the request, and its memory,
 * until the server's request timeout. Once the whole body has arrived the parser gets a second.
 */
async function parsed(parsing: Promise<unknown>, req: NodeJS.ReadableStream & { complete?: boolean }): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let wait = () => {};
  const stalled = new Promise<never>((_, reject) => {
    wait = () => {
      timer = setTimeout(() => reject(Object.assign(new Error('The body did not parse'), { status: 400 })), 1000);
    };
    if (req.complete) wait();
    else req.once('end', wait);
  });
  // Whichever loses the race settles later with nobody listening: that must not count as unhandled.
  parsing.catch(() => {});
  stalled.catch(() => {});
  try {
    await Promise.race([parsing, stalled]);
  } finally {
    req.off('end', wait);
    clearTimeout(timer);
  }
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const duration = Number(process.env.PUBLIC_RATE_WINDOW) || DEFAULT_WINDOW_SECONDS;
  const limiters = {
    form: new RateLimiterMemory({ points: Number(process.env.PUBLIC_RATE_LIMIT) || DEFAULT_LIMIT, duration }),
    link: new RateLimiterMemory({
      points: Number(process.env.PUBLIC_LINK_RATE_LIMIT) || DEFAULT_LINK_LIMIT,
      duration,
    }),
  };
  const ipv6Prefix = Number(process.env.PUBLIC_RATE_IPV6_PREFIX) || 64;
  const fileBytes = maxAttachmentMb(process.env) * 1024 * 1024;
  // Routes are known once the app is loaded; found on the first request.
  let routes: PublicRouteMatch[] | undefined;
  const parsers = new Map<string, ReturnType<typeof koaBody>>();
  const parserFor = (files: number, multipart: boolean) => {
    let parser = parsers.get(`${files}:${multipart}`);
    if (!parser) {
      parser = koaBody({
        json: true,
        urlencoded: true,
        text: false,
        multipart,
        jsonLimit: MAX_FORM_BYTES,
        formLimit: MAX_FORM_BYTES,
        jsonStrict: true,
        patchKoa: true,
        // A plain form's names as they are (`fundingSources.0.funder`, no dotted nesting); a name
        // repeated for each ticked checkbox is a list, however long (the size caps bound it).
        queryString: { allowDots: false, arrayLimit: MAX_FORM_FIELDS, parameterLimit: MAX_FORM_FIELDS },
        formidable: {
          maxFiles: files,
          maxFileSize: fileBytes,
          maxTotalFileSize: Math.max(1, files * fileBytes),
          maxFields: MAX_FORM_FIELDS,
          maxFieldsSize: MAX_FORM_BYTES,
          // Repeated names become lists, as in a urlencoded post.
          multiples: true,
          // A file input left empty sends an empty, nameless part: not a file (public-form.tsx drops it).
          allowEmptyFiles: true,
          minFileSize: 0,
        },
      });
      parsers.set(`${files}:${multipart}`, parser);
    }
    return parser;
  };

  return async (ctx: any, next: () => Promise<void>) => {
    routes ??= publicRoutes(strapi);
    const route = routes.find((r) => r.method === ctx.method && r.matches(ctx.path));
    if (!route) return next();

    // ctx.ip is the client address; it comes from X-Forwarded-For only when CMS_BEHIND_PROXY=true
    // (then only the last hop, the one nginx set), so a client cannot choose its own bucket.
    // The client's key is also what a route counts once per client (a response's reports).
    ctx.state.clientKey = clientKey(ctx.ip, ipv6Prefix);
    try {
      await limiters[route.limit].consume(ctx.state.clientKey);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      ctx.set('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
      strapi.log.warn(`[public] rate limit reached for ${ctx.ip} on ${route.path}`);
      return refuse(ctx, 429, 'rateLimited');
    }

    // A GET, or a POST with no body at all (a confirmation button): nothing to read.
    const empty = ctx.get('content-length') === '0';
    const type = empty ? null : ctx.is('json', 'urlencoded', 'multipart');
    if (type === false) return refuse(ctx, 415, 'unsupported');
    // How the body came (public-form.tsx reads a plain form's fields through the route's schema).
    ctx.state.postedAs = type;
    const multipart = type === 'multipart';
    if (multipart && !route.multipart) return refuse(ctx, 415, 'noFiles');
    const cap = multipart ? route.files * fileBytes + MAX_FORM_BYTES : MAX_FORM_BYTES;
    const declared = Number(ctx.get('content-length'));
    if (declared > cap) return refuse(ctx, 413, 'tooLarge');

    try {
      await parsed(
        parserFor(route.files, route.multipart)(ctx, async () => {}),
        ctx.req,
      );
    } catch (error) {
      const failure = parseFailure(error as never);
      return refuse(ctx, failure.status, failure.message);
    } finally {
      // Strapi's body parser comes next: the body is read, so it must find nothing to read.
      delete ctx.req.headers['content-length'];
      delete ctx.req.headers['transfer-encoding'];
    }
    try {
      await next();
    } finally {
      const files = Object.values(
        (ctx.request.files ?? {}) as Record<string, { filepath: string } | { filepath: string }[]>,
      ).flat();
      await Promise.all(files.map((file) => rm(file.filepath, { force: true })));
    }
  };
};
