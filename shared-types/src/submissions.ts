import { z } from './zod.ts';
// Only the two locales the platform speaks.
import zodEn from 'zod/v4/locales/en.js';
import zodLt from 'zod/v4/locales/lt.js';
import { LOCALES, type Locale } from './locales.ts';
import { cleanText } from './text.ts';
import { FUNDING_PROGRAMMES, ORGANISATION_TYPES } from './taxonomy.ts';

// What the public may submit: one zod schema per form, used by the site's forms (as the user
// types and before sending) and by the CMS routes (the authority). Unknown fields are rejected,
// every text is cleaned of control and invisible characters (cleanText), trimmed and capped,
// relations are Strapi document ids (the CMS checks they exist).

/** Strapi 5 document ids: 24 lower-case letters and digits (some tools make up to 32). */
export const documentId = z.string().regex(/^[a-z0-9]{20,32}$/, { error: 'document_id' });

/** Text as people type it: cleaned (see text.ts), trimmed, then measured. */
const plainText = () => z.string().overwrite(cleanText).trim();
const text = (min: number, max: number) => plainText().min(min).max(max);
const optionalText = (max: number) => plainText().max(max).optional();
const isoDate = z.iso.date();
const ids = (max: number) => z.array(documentId).max(max);
/**
 * Links to a taxonomy (areas, target groups, municipalities): a cap on what one post may carry,
 * well above the taxonomies' sizes (14, 12 and 61 today), so that a new term never breaks a form.
 */
export const MAX_TERM_LINKS = 200;
const terms = () => ids(MAX_TERM_LINKS);

export const EVALUATION_TYPES = ['none', 'internal', 'external', 'impact'] as const;
export const PARTNER_ROLES = ['lead', 'partner', 'associated'] as const;

/** Field a bot fills and a person never sees; a non-empty value rejects the submission. */
export const HONEYPOT_FIELD = 'homepage';
const honeypot = z.string().max(0, { error: 'honeypot' }).optional();

const submitter = {
  submitterName: text(2, 200),
  submitterEmail: z.email().max(254),
  submitterPhone: plainText()
    .max(50)
    .regex(/^[+0-9 ()-]*$/, { error: 'phone' })
    .optional(),
};

export const goodPracticeSubmission = z
  .strictObject({
    locale: z.enum(LOCALES),
    title: text(5, 300),
    summary: text(20, 600),
    context: text(20, 10_000),
    goals: text(20, 10_000),
    howItWorks: text(20, 10_000),
    results: text(20, 10_000),
    evaluationType: z.enum(EVALUATION_TYPES).default('none'),
    evaluationSummary: optionalText(10_000),
    lessonsLearned: optionalText(10_000),
    beneficiaries: optionalText(2000),
    peopleReached: z.number().int().min(0).max(100_000_000).optional(),
    startDate: isoDate,
    endDate: isoDate.optional(),
    ongoing: z.boolean().default(false),
    fundingSources: z
      .array(
        z.strictObject({
          funder: text(2, 300),
          programme: z.enum(FUNDING_PROGRAMMES).optional(),
          amountEur: z.number().min(0).max(1e10).optional(),
        }),
      )
      .max(10)
      .default([]),
    transferability: optionalText(10_000),
    implementingOrganisations: ids(10).default([]),
    /** An organisation not yet in the directory. */
    organisationName: optionalText(300),
    integrationAreas: terms().min(1),
    targetGroups: terms().default([]),
    municipalities: terms().default([]),
    ...submitter,
    [HONEYPOT_FIELD]: honeypot,
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, { path: ['endDate'], error: 'end_before_start' })
  .refine((v) => v.implementingOrganisations.length > 0 || !!v.organisationName, {
    path: ['organisationName'],
    error: 'organisation_required',
  });
export type GoodPracticeSubmission = z.infer<typeof goodPracticeSubmission>;

export const partnerRequestSubmission = z
  .strictObject({
    locale: z.enum(LOCALES),
    title: text(5, 300),
    summary: text(20, 600),
    projectIdea: text(50, 10_000),
    organisation: documentId.optional(),
    organisationName: optionalText(300),
    fundingCall: documentId.optional(),
    rolesSought: z.array(z.enum(PARTNER_ROLES)).min(1).max(3),
    partnerTypesSought: z.array(z.enum(ORGANISATION_TYPES)).max(ORGANISATION_TYPES.length).default([]),
    integrationAreas: terms().min(1),
    targetGroups: terms().default([]),
    municipalities: terms().default([]),
    expiresAt: isoDate,
    contactName: text(2, 200),
    contactEmail: z.email().max(254),
    [HONEYPOT_FIELD]: honeypot,
  })
  .refine((v) => !!v.organisation || !!v.organisationName, {
    path: ['organisationName'],
    error: 'organisation_required',
  });
export type PartnerRequestSubmission = z.infer<typeof partnerRequestSubmission>;

/** A message relayed to an organisation's or a partner request's private contact address. */
export const contactMessage = z.strictObject({
  locale: z.enum(LOCALES),
  target: z.enum(['organisation', 'partner-request']),
  documentId,
  senderName: text(2, 200),
  senderEmail: z.email().max(254),
  message: text(20, 5000),
  [HONEYPOT_FIELD]: honeypot,
});
export type ContactMessage = z.infer<typeof contactMessage>;

// Messages people read next to a field. Codes we set ourselves come first; the common zod
// issues get plain wording; anything else falls back to zod's own translation.
const OWN_MESSAGES: Record<string, Record<Locale, string>> = {
  end_before_start: {
    lt: 'Pabaigos data negali būti ankstesnė už pradžios datą.',
    en: 'The end date cannot be before the start date.',
  },
  organisation_required: {
    lt: 'Pasirinkite organizaciją arba įrašykite jos pavadinimą.',
    en: 'Choose an organisation or enter its name.',
  },
  document_id: { lt: 'Pasirinkite reikšmę iš sąrašo.', en: 'Choose a value from the list.' },
  phone: {
    lt: 'Telefono numeryje gali būti tik skaitmenys, tarpai ir ženklai + ( ) -.',
    en: 'A phone number may only contain digits, spaces and + ( ) -.',
  },
  honeypot: { lt: 'Šį lauką palikite tuščią.', en: 'Leave this field empty.' },
  topic: { lt: 'Šio puslapio sekti negalima.', en: 'This page cannot be followed.' },
  consent: {
    lt: 'Pažymėkite, kad sutinkate, jog jūsų vardas, organizacija ir atsakymas būtų paskelbti.',
    en: 'Tick the box to agree that your name, organisation and response are published.',
  },
  response_part: { lt: 'Tokio veiksmo nėra.', en: 'There is no such action.' },
};

type Issue = z.core.$ZodRawIssue;
const zodLocale = { lt: zodLt(), en: zodEn() };

function message(locale: Locale, issue: Issue): string {
  const lt = locale === 'lt';
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return lt ? 'Šis laukas privalomas.' : 'This field is required.';
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1
      ? lt
        ? 'Šis laukas privalomas.'
        : 'This field is required.'
      : lt
        ? `Įrašykite bent ${issue.minimum} simbolių.`
        : `Enter at least ${issue.minimum} characters.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string')
    return lt ? `Ne daugiau kaip ${issue.maximum} simbolių.` : `No more than ${issue.maximum} characters.`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return lt ? 'Pasirinkite bent vieną.' : 'Choose at least one.';
  if (issue.code === 'invalid_format' && issue.format === 'email')
    return lt
      ? 'Įrašykite el. pašto adresą, pvz., vardas@organizacija.lt.'
      : 'Enter an email address, like name@organisation.org.';
  if (issue.code === 'invalid_format' && issue.format === 'date')
    return lt ? 'Įrašykite datą (MMMM-MM-DD).' : 'Enter a date (YYYY-MM-DD).';
  if (issue.code === 'unrecognized_keys')
    return lt ? `Nežinomi laukai: ${issue.keys.join(', ')}.` : `Unknown fields: ${issue.keys.join(', ')}.`;
  const fallback = zodLocale[locale].localeError?.(issue);
  return typeof fallback === 'string'
    ? fallback
    : (fallback?.message ?? (lt ? 'Neteisinga reikšmė.' : 'Invalid value.'));
}

export type FieldErrors = Record<string, string>;
export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Validates input against a submission schema, with one message per field (dotted path, e.g.
 * `fundingSources.0.funder`) in the reader's language. Unknown fields are reported on `_form`.
 */
export function validateSubmission<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): Validated<z.infer<S>> {
  const result = schema.safeParse(input, { error: (issue) => message(locale, issue) });
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '_form';
    // Codes set in the schemas ({ error: 'code' }) win over the per-parse messages: translate them here.
    errors[field] ??= OWN_MESSAGES[issue.message]?.[locale] ?? issue.message;
  }
  return { ok: false, errors };
}

/** What a form field may hold, read off its schema: the form shows the same limits the CMS enforces. */
export interface FieldLimits {
  /** The field must be given (it has no default and is not optional). */
  required: boolean;
  /** Longest text, or most items of a list. */
  max?: number;
  /** The limits of each item's fields, for a list of objects. */
  fields?: Record<string, FieldLimits>;
}

type AnySchema = z.ZodType & {
  def: { type: string; checks?: { _zod: { def: { check: string; maximum?: number } } }[] };
  unwrap?: () => AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
};

function limitsOf(field: AnySchema): FieldLimits {
  const required = !field.safeParse(undefined).success;
  let inner = field;
  while ((inner.def.type === 'optional' || inner.def.type === 'default') && inner.unwrap) inner = inner.unwrap();
  const max = (inner.def.checks ?? [])
    .map((c) => c._zod.def as { check: string; maximum?: number })
    .find((d) => d.check === 'max_length')?.maximum;
  const element = inner.def.type === 'array' ? inner.element : undefined;
  const fields = element?.def.type === 'object' && element.shape ? fieldLimitsOf(element as never) : undefined;
  return { required, ...(max !== undefined && { max }), ...(fields && { fields }) };
}

/** The limits of every field of an object schema (e.g. `goodPracticeSubmission`), by field name. */
export function fieldLimitsOf(schema: z.ZodObject): Record<string, FieldLimits> {
  return Object.fromEntries(
    Object.entries(schema.shape as Record<string, AnySchema>).map(([name, field]) => [name, limitsOf(field)]),
  );
}
