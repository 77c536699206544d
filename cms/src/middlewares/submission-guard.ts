import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// In front of the public submission routes: a per-address rate limit (429 with Retry-After) and
// a body size cap (413), before any validation or database work.
const DEFAULT_LIMIT = 10;
const DEFAULT_WINDOW_SECONDS = 600;

export const MAX_JSON_BYTES = 256 * 1024;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limiter = new RateLimiterMemory({
    points: Number(process.env.SUBMISSION_RATE_LIMIT) || DEFAULT_LIMIT,
    duration: Number(process.env.SUBMISSION_RATE_WINDOW) || DEFAULT_WINDOW_SECONDS,
  });
  const maxUploadBytes = (Number(process.env.SUBMISSION_MAX_FILE_MB) || 10) * 1024 * 1024 * 5 + MAX_JSON_BYTES;

  return async (ctx: any, next: () => Promise<void>) => {
    // ctx.ip is the client address; behind a proxy it comes from X-Forwarded-For only when
    // CMS_BEHIND_PROXY=true, so a client cannot pick its own address.
    try {
      await limiter.consume(ctx.ip);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      ctx.set('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
      ctx.status = 429;
      ctx.body = { error: { status: 429, name: 'TooManyRequests', message: 'Too many submissions from this address; try again later.' } };
      strapi.log.warn(`[submissions] rate limit reached for ${ctx.ip}`);
      return;
    }
    const length = Number(ctx.request.length ?? ctx.get('content-length') ?? 0);
    const multipart = ctx.is('multipart');
    if (length > (multipart ? maxUploadBytes : MAX_JSON_BYTES)) {
      ctx.status = 413;
      ctx.body = { error: { status: 413, name: 'PayloadTooLarge', message: 'The submission is too large.' } };
      return;
    }
    await next();
  };
};
