export const LOCALES = ['lt', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'lt';
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The platform's name, as the site, its mail and the CMS's public pages give it. */
export const SITE_NAME: Record<Locale, { full: string; short: string }> = {
  lt: { full: 'Migracijos informacijos ir bendradarbiavimo platforma', short: 'Migracijos platforma' },
  en: { full: 'Migration Information and Cooperation Platform', short: 'Migration Platform' },
};
