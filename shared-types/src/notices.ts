import type { Locale } from './locales.ts';

// The site's static pages that say what happens next after a public form was sent without
// JavaScript: the CMS answers a valid plain form post with a 303 redirect to one of them. The site
// builds them (their text is the site's); the CMS only needs their addresses, written here once.

/** The reserved first segment of every notice page, below /<locale>/. */
export const NOTICE_SEGMENT: Record<Locale, string> = { lt: 'pranesimai', en: 'notices' };

export const NOTICE_PAGES = {
  practiceReceived: { lt: 'praktika-gauta', en: 'practice-received' },
  partnerRequestReceived: { lt: 'skelbimas-gautas', en: 'request-received' },
  messageSent: { lt: 'zinute-issiusta', en: 'message-sent' },
  alertsCheckEmail: { lt: 'patikrinkite-pasta', en: 'check-your-email' },
  alertsConfirmed: { lt: 'prenumerata-patvirtinta', en: 'alerts-confirmed' },
  alertsUnsubscribed: { lt: 'prenumeratos-atsisakyta', en: 'unsubscribed' },
  alertsDeleted: { lt: 'duomenys-istrinti', en: 'data-deleted' },
  responseCheckEmail: { lt: 'patvirtinkite-atsakyma', en: 'confirm-your-response' },
  responseConfirmed: { lt: 'atsakymas-patvirtintas', en: 'response-confirmed' },
  responseWithdrawn: { lt: 'atsakymas-atsauktas', en: 'response-withdrawn' },
  responseReported: { lt: 'pranesimas-gautas', en: 'report-received' },
  registrationCheckEmail: { lt: 'patvirtinkite-registracija', en: 'confirm-your-registration' },
  registrationConfirmed: { lt: 'registracija-patvirtinta', en: 'registration-confirmed' },
  registrationWaiting: { lt: 'laukianciuju-sarase', en: 'on-the-waiting-list' },
  registrationCancelled: { lt: 'registracija-atsaukta', en: 'registration-cancelled' },
} as const satisfies Record<string, Record<Locale, string>>;
export type NoticeKey = keyof typeof NOTICE_PAGES;

/** A notice page's path below the site's root, e.g. `/lt/pranesimai/praktika-gauta/`. */
export const noticePath = (notice: NoticeKey, locale: Locale) =>
  `/${locale}/${NOTICE_SEGMENT[locale]}/${NOTICE_PAGES[notice][locale]}/`;
