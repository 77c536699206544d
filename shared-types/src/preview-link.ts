import { createHmac, timingSafeEqual } from 'node:crypto';
import { LOCALES, type Locale } from './locales.ts';

// The link to a draft's preview: the CMS makes it for a signed-in editor (the admin's preview
// handler, cms/config/admin.ts), the preview service checks it. It names the document, its
// language, the editor's language and when it stops working, and carries an HMAC-SHA256 of all of
// that under PREVIEW_SECRET: changing any of them, or using it after it expired, is refused.
// Node only (not exported from the package's index).

export const PREVIEW_PATH = '/preview/';
/** How long a preview link works: long enough for an editing session, short enough not to linger. */
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;

export interface PreviewTarget {
  /** The Strapi content type, e.g. api::news-item.news-item. */
  uid: string;
  documentId: string;
  /** The language of the entry (and of the page). */
  locale: Locale;
  /** The editor's language (the admin's), which the preview banner speaks. */
  ui: Locale;
}

export interface SignedPreview extends PreviewTarget {
  /** Unix time in seconds after which the link is refused. */
  expires: number;
}

const FIELDS = ['uid', 'documentId', 'locale', 'ui', 'expires'] as const;

function signature(link: SignedPreview, secret: string): string {
  const payload = ['mip-preview-v1', ...FIELDS.map((field) => String(link[field]))].join('\n');
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** The preview link of `target` on the site at `base` (its origin, optionally with a path). */
export function signPreviewLink(
  base: string,
  target: PreviewTarget,
  secret: string,
  now = Date.now(),
  ttlMs = PREVIEW_LINK_TTL_MS,
): string {
  if (!secret) throw new Error('PREVIEW_SECRET is not set');
  const link: SignedPreview = { ...target, expires: Math.floor((now + ttlMs) / 1000) };
  const url = new URL(PREVIEW_PATH.slice(1), base.endsWith('/') ? base : `${base}/`);
  for (const field of FIELDS) url.searchParams.set(field, String(link[field]));
  url.searchParams.set('signature', signature(link, secret));
  return url.href;
}

export type PreviewCheck =
  | { ok: true; link: SignedPreview }
  | { ok: false; status: 401 | 403; reason: 'unsigned' | 'malformed' | 'tampered' | 'expired' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const UID = /^api::[a-z0-9-]{1,64}\.[a-z0-9-]{1,64}$/;
const isLocale = (value: string | null): value is Locale => LOCALES.includes(value as Locale);

/** Checks a preview request's query: 401 without a signature, 403 for anything not signed as it is or expired. */
export function checkPreviewLink(query: URLSearchParams, secret: string, now = Date.now()): PreviewCheck {
  const given = query.get('signature');
  if (!given) return { ok: false, status: 401, reason: 'unsigned' };
  const [uid, documentId, locale, ui, expires] = FIELDS.map((field) => query.get(field));
  if (
    !uid ||
    !UID.test(uid) ||
    !documentId ||
    !ID.test(documentId) ||
    !isLocale(locale ?? null) ||
    !isLocale(ui ?? null) ||
    !/^\d{1,12}$/.test(expires ?? '')
  )
    return { ok: false, status: 403, reason: 'malformed' };
  const link: SignedPreview = {
    uid,
    documentId,
    locale: locale as Locale,
    ui: ui as Locale,
    expires: Number(expires),
  };
  const expected = Buffer.from(signature(link, secret));
  const actual = Buffer.from(given);
  if (!secret || actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { ok: false, status: 403, reason: 'tampered' };
  if (link.expires * 1000 < now) return { ok: false, status: 403, reason: 'expired' };
  return { ok: true, link };
}
