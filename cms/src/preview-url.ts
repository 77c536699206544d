import { CONTENT_TYPES, contentTypeOfUid, hasPages, LOCALES, type Locale } from '@mip/shared-types';
import { signPreviewLink } from '@mip/shared-types/preview-link';

// The admin's "Open preview" (Strapi's `preview` in config/admin.ts): for an entry of a type that
// has a page on the site and drafts, a short-lived signed link to the preview service, which
// renders the draft as the site will show it. Strapi asks for it from the signed-in editor's
// browser (GET /content-manager/preview/url/:uid, behind the admin's authentication), so only
// editors ever get one. The preview banner speaks the editor's language: their profile's, else
// their browser's.

/** Where previews are served: PREVIEW_URL, else the site's address (nginx proxies /preview/ there). */
export function previewBase(env: (name: string, fallback?: string) => string): string | null {
  const base = env('PREVIEW_URL', '') || env('SITE_URL', '');
  if (!base) return null;
  try {
    return new URL(base).href;
  } catch {
    throw new Error(`Not a URL in PREVIEW_URL or SITE_URL: "${base}"`);
  }
}

/**
 * Types with drafts and a page of their own (the taxonomies have no drafts: a save is live at
 * once; a response has no page of its own).
 */
export function previewable(uid: string): boolean {
  const key = contentTypeOfUid(uid);
  return !!key && CONTENT_TYPES[key].drafts && hasPages(key);
}

interface RequestState {
  user?: { preferedLanguage?: string | null };
}

function editorLanguage(): Locale {
  const ctx = strapi.requestContext.get() as
    | { state?: RequestState; request?: { headers?: Record<string, string | undefined> } }
    | undefined;
  const own = ctx?.state?.user?.preferedLanguage;
  if (LOCALES.includes(own as Locale)) return own as Locale;
  const accepted = (ctx?.request?.headers?.['accept-language'] ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return (accepted.find((language) => LOCALES.includes(language as Locale)) as Locale | undefined) ?? 'lt';
}

export function previewUrlHandler(base: string, secret: string) {
  return (uid: string, { documentId, locale }: { documentId?: string; locale?: string; status?: string }) => {
    if (!previewable(uid) || !documentId || !LOCALES.includes(locale as Locale)) return null;
    return signPreviewLink(base, { uid, documentId, locale: locale as Locale, ui: editorLanguage() }, secret);
  };
}
