import { z } from './zod.ts';
import { LOCALES } from './locales.ts';
import { documentId, HONEYPOT_FIELD } from './submissions.ts';
import { cleanText } from './text.ts';

// Registration for seminars on the platform (a seminar with "Registration on this site"): the form
// on an upcoming seminar's page, until its registration deadline. A registration counts only once
// its email address is confirmed (double opt-in, as for alerts); it then takes a place, or joins the
// waiting list when the seminar's places are taken. Registrants' details are private: never in
// GraphQL, the site or a log.

/** Where a registration stands. */
export const REGISTRATION_STATES = ['pending', 'confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

const plain = (min: number, max: number) => z.string().overwrite(cleanText).trim().min(min).max(max);

export const seminarRegistration = z.strictObject({
  locale: z.enum(LOCALES),
  seminar: documentId,
  name: plain(2, 200),
  email: z.email().max(254),
  /** The organisation the registrant comes from (typed; matched to the directory for the organisers). */
  organisationName: plain(0, 300).optional(),
  /** Their role or position. */
  role: plain(0, 200).optional(),
  /** Accessibility or interpretation needs. */
  needs: plain(0, 1000).optional(),
  /** Consent to being listed as a participant (off unless ticked). */
  listed: z.boolean().default(false),
  [HONEYPOT_FIELD]: z.string().max(0, { error: 'honeypot' }).optional(),
});
export type SeminarRegistration = z.infer<typeof seminarRegistration>;
