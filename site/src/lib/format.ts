import type { Locale } from '@mip/shared-types';

// Dates, numbers and sorting follow the reader's language; times are Lithuanian time.
export const TIME_ZONE = 'Europe/Vilnius';
const INTL_LOCALE: Record<Locale, string> = { lt: 'lt-LT', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();
function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A calendar date ("2026-11-26") or an instant, as a long date in the reader's language. */
export function formatDate(locale: Locale, value: string | Date): string {
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A calendar date has no time zone: format it as written, not shifted into another day.
  const date = dateOnly ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return memo(
    `date:${locale}:${dateOnly}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : TIME_ZONE }),
  ).format(date);
}

/** An instant with its Lithuanian wall-clock time, e.g. a call deadline. */
export function formatDateTime(locale: Locale, value: string | Date): string {
  return memo(
    `datetime:${locale}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: TIME_ZONE,
        timeZoneName: 'short',
      }),
  ).format(new Date(value));
}

export function formatNumber(locale: Locale, value: number): string {
  return memo(`number:${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale])).format(value);
}

export function formatMoney(locale: Locale, euros: number): string {
  return memo(
    `money:${locale}`,
    () => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  ).format(euros);
}

/** Alphabetical order of the reader's language (Lithuanian: y sorts with i, č after c, ...). */
export function compareText(locale: Locale, a: string, b: string): number {
  return memo(
    `collator:${locale}`,
    () => new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true }),
  ).compare(a, b);
}
