import { z } from './zod.ts';
import { LOCALES, type Locale } from './locales.ts';
import { documentId, HONEYPOT_FIELD } from './submissions.ts';
import { cleanText } from './text.ts';

// Public responses: anyone may answer a policy priority, a good practice, a research entry, a
// seminar (or one of its follow-up actions), a funding call or a news item. A response is kept as
// an unconfirmed draft until its author confirms it from a mail; then it waits for an editor, who
// publishes or rejects it. Only published responses are ever shown or sent to subscribers, with a
// display name, never an address. One level of replies: a reply answers a response, not a reply.

/** What a response says about what it answers. */
export const RESPONSE_STANCES = ['support', 'concern', 'question', 'information', 'same_work'] as const;
export type ResponseStance = (typeof RESPONSE_STANCES)[number];

export const RESPONSE_STANCE_LABELS: Record<Locale, Record<ResponseStance, string>> = {
  lt: {
    support: 'Pritariu',
    concern: 'Kelia susirūpinimą',
    question: 'Klausimas',
    information: 'Papildoma informacija',
    same_work: 'Mes irgi tuo dirbame',
  },
  en: {
    support: 'Support',
    concern: 'Concern',
    question: 'Question',
    information: 'Additional information',
    same_work: 'We work on this too',
  },
};

/** The content types whose entries can be answered (manifest keys). */
export const RESPONSE_TARGETS = [
  'policyPriorities',
  'goodPractices',
  'researchEntries',
  'seminars',
  'fundingCalls',
  'newsItems',
] as const;
export type ResponseTarget = (typeof RESPONSE_TARGETS)[number];

/**
 * Where a response stands:
 * - `unconfirmed`: sent, its author has not yet confirmed it from the mail (nobody sees it);
 * - `waiting`: confirmed, in the editors' queue;
 * - `published`: an editor published it;
 * - `rejected`: an editor decided not to publish it;
 * - `reported`: it was published, readers reported it enough times to hide it until an editor
 *   looks at it again.
 * A response its author withdraws is deleted (its text, name and address with it).
 */
export const RESPONSE_STATES = ['unconfirmed', 'waiting', 'published', 'rejected', 'reported'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

/** How many readers' reports hide a published response until an editor looks at it (RESPONSE_REPORTS_TO_HIDE). */
export const DEFAULT_REPORTS_TO_HIDE = 3;
export function reportsToHide(env: Record<string, string | undefined>): number {
  const value = Number(env.RESPONSE_REPORTS_TO_HIDE);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_REPORTS_TO_HIDE;
}

/** A part of an entry a response may answer: a seminar's follow-up action, by `follow-up:<digest>`. */
const partKey = z.string().regex(/^follow-up:[A-Za-z0-9_-]{16}$/, { error: 'response_part' });

const plain = (min: number, max: number) => z.string().overwrite(cleanText).trim().min(min).max(max);

/** The response form: the same under every entry that can be answered, only the target differs. */
export const responseSubmission = z.strictObject({
  locale: z.enum(LOCALES),
  target: z.enum(RESPONSE_TARGETS),
  documentId,
  part: partKey.optional(),
  /** The response a reply answers. */
  parent: documentId.optional(),
  stance: z.enum(RESPONSE_STANCES),
  body: plain(10, 4000),
  displayName: plain(2, 100),
  /** The organisation the author responds for: shown when it is one of the directory's (matched by name). */
  organisationName: plain(0, 300).optional(),
  email: z.email().max(254),
  /** Consent to the display name, organisation and text being published (GDPR Art. 6(1)(a)). */
  consent: z.literal(true, { error: 'consent' }),
  [HONEYPOT_FIELD]: z.string().max(0, { error: 'honeypot' }).optional(),
});
export type ResponseSubmission = z.infer<typeof responseSubmission>;

/** Reasons a reader may give when reporting a response. */
export const REPORT_REASONS = ['spam', 'offensive', 'personal_data', 'other'] as const;
export const REPORT_REASON_LABELS: Record<Locale, Record<(typeof REPORT_REASONS)[number], string>> = {
  lt: {
    spam: 'Šlamštas ar reklama',
    offensive: 'Įžeidžia ar kursto neapykantą',
    personal_data: 'Atskleidžia kieno nors asmens duomenis',
    other: 'Kita',
  },
  en: {
    spam: 'Spam or advertising',
    offensive: 'Offensive or hateful',
    personal_data: "Reveals someone's personal data",
    other: 'Other',
  },
};

/** The "report" form under each published response. */
export const responseReport = z.strictObject({
  locale: z.enum(LOCALES),
  response: documentId,
  reason: z.enum(REPORT_REASONS).default('other'),
  [HONEYPOT_FIELD]: z.string().max(0, { error: 'honeypot' }).optional(),
});
export type ResponseReport = z.infer<typeof responseReport>;
