import type { Locale } from '@mip/shared-types';

// What marks a page as a draft's preview (the preview renderer sets it; the static build never
// does): a banner in the editor's language, `noindex`, links that open the published site in a
// new tab instead of inside the admin's preview pane, and a script that reloads the page when the
// admin says the draft was saved (Strapi posts `strapiUpdate` to its preview frame).

export interface PreviewMark {
  /** The editor's language (the admin's), which the banner speaks, whatever the page's. */
  lang: Locale;
  /** The admin's origins: only their `strapiUpdate` messages reload the page. */
  adminOrigins: string[];
  /** The response's CSP nonce: the reload script is the one script the page may run. */
  nonce: string;
  /** The site's stylesheet, inline (a build links it from /_astro/). */
  styles: string;
}

export const PREVIEW_BANNER: Record<Locale, { label: string; note: string }> = {
  lt: {
    label: 'Peržiūra, nepaskelbta',
    note: 'Taip puslapis atrodys paskelbtas. Nuorodos atveria paskelbtą svetainę naujame skirtuke.',
  },
  en: {
    label: 'Preview, not published',
    note: 'This is how the page will look once published. Links open the published site in a new tab.',
  },
};

/** The banner's look, added to the site's stylesheet in a preview only (a release never has it). */
export const PREVIEW_BANNER_CSS = `.preview-banner{margin:0;padding:.6rem 1rem;background:var(--focus);color:var(--text);border-bottom:2px solid var(--text);text-align:center}`;

/** The preview's one script: reload when the admin (and only it) says the draft changed. */
export function previewReloadScript(adminOrigins: string[]): string {
  return `addEventListener("message",function(e){if(${JSON.stringify(adminOrigins)}.indexOf(e.origin)>=0&&e.data&&e.data.type==="strapiUpdate")location.reload()});`;
}
