import {
  contactMessage,
  EVALUATION_TYPES,
  fieldLimitsOf,
  FUNDING_PROGRAMMES,
  goodPracticeSubmission,
  MAX_ATTACHMENTS,
  ORGANISATION_TYPES,
  PARTNER_ROLES,
  partnerRequestSubmission,
  type FieldLimits,
  type Locale,
} from '@mip/shared-types';
import type { FormField, FormKind, FormStrings } from '../components/submission/model.ts';
import type { Catalog } from './catalog.ts';
import { mediaUrl } from './cms/index.ts';
import { compareText } from './format.ts';
import { enumLabel } from './i18n/ui.ts';

// The public forms' fields, labels and help in both languages. Options come from the catalog
// (the published areas, groups, municipalities and organisations at build time).

const t = (locale: Locale, lt: string, en: string) => (locale === 'lt' ? lt : en);

const ENDPOINTS: Record<FormKind, string> = {
  goodPractice: 'good-practice',
  partnerRequest: 'partner-request',
  contact: 'contact',
};

/**
 * Where a public form posts: a CMS route at the CMS's public address, told the page's language
 * and path, so that a post made without JavaScript is answered in that language and an error
 * page can link back to the form.
 */
export const publicFormAction = (route: string, locale: Locale, pagePath: string) =>
  `${mediaUrl(`/api/${route}`)}?${new URLSearchParams({ locale, from: pagePath })}`;

/** Where a submission form posts (see publicFormAction). */
export const submissionEndpoint = (kind: FormKind, locale: Locale, pagePath: string) =>
  publicFormAction(`submissions/${ENDPOINTS[kind]}`, locale, pagePath);

export function formStrings(locale: Locale): FormStrings {
  return {
    required: t(locale, 'privaloma', 'required'),
    optional: t(locale, 'neprivaloma', 'optional'),
    send: t(locale, 'Siųsti', 'Send'),
    sending: t(locale, 'Siunčiama…', 'Sending…'),
    errorSummary: t(locale, 'Pataisykite šiuos laukus', 'Please correct these fields'),
    networkError: t(
      locale,
      'Nepavyko išsiųsti: nėra ryšio su serveriu. Jūsų įrašyti duomenys išsaugoti – bandykite dar kartą.',
      'Could not send: the server cannot be reached. What you typed is kept; please try again.',
    ),
    rateLimited: t(
      locale,
      'Per daug pateikimų iš šio adreso. Bandykite vėliau.',
      'Too many submissions from this address. Please try again later.',
    ),
    serverError: t(
      locale,
      'Serveris negalėjo priimti pateikimo. Bandykite vėliau.',
      'The server could not accept the submission. Please try again later.',
    ),
    confirmationTitle: t(locale, 'Ačiū! Gavome jūsų pateikimą', 'Thank you! We received your submission'),
    confirmation: t(
      locale,
      'Redaktoriai jį peržiūrės ir, jei reikės, susisieks su jumis. Svetainėje jis pasirodys tik po peržiūros. Išsisaugokite nuorodos numerį: el. paštu jo nesiunčiame.',
      'The editors will review it and contact you if needed. It appears on the site only after review. Keep the reference number: we do not send it by email.',
    ),
    reference: t(locale, 'Nuorodos numeris', 'Reference number'),
    charactersLeft: t(locale, 'Liko simbolių: {n}', '{n} characters left'),
    chooseOne: t(locale, '– Pasirinkite –', '– Choose –'),
    honeypot: t(locale, 'Nepildykite šio lauko', 'Do not fill in this field'),
    filesHelp: t(
      locale,
      `PDF, DOCX, ODT, JPEG arba PNG; iki ${MAX_ATTACHMENTS} failų, kiekvienas iki {mb} MB.`,
      `PDF, DOCX, ODT, JPEG or PNG; up to ${MAX_ATTACHMENTS} files, {mb} MB each.`,
    ),
    remove: t(locale, 'Pašalinti', 'Remove'),
  };
}

function options(catalog: Catalog) {
  const { locale } = catalog;
  const terms = (list: { documentId: string; name: string }[]) =>
    list.map((x) => ({ value: x.documentId, label: x.name }));
  return {
    areas: terms(catalog.taxonomies.area),
    groups: terms(catalog.taxonomies.group),
    municipalities: terms(catalog.taxonomies.municipality),
    organisations: catalog.sections.organisations
      .map((e) => ({ value: e.documentId, label: e.title }))
      .sort((a, b) => compareText(locale, a.label, b.label)),
    calls: catalog.sections.funding
      .filter((e) => e.facets.status?.[0]?.key !== 'closed')
      .map((e) => ({ value: e.documentId, label: e.title })),
  };
}

/** The taxonomy fields both forms share. */
function whereAndForWhom(locale: Locale, o: ReturnType<typeof options>): FormField[] {
  return [
    {
      section: t(locale, 'Kur ir kam', 'Where and for whom'),
      name: 'integrationAreas',
      kind: 'checkboxes',
      label: t(locale, 'Integracijos sritys', 'Integration areas'),
      options: o.areas,
    },
    {
      name: 'targetGroups',
      kind: 'checkboxes',
      label: t(locale, 'Tikslinės grupės', 'Target groups'),
      options: o.groups,
    },
    {
      name: 'municipalities',
      kind: 'checkboxes',
      label: t(locale, 'Savivaldybės', 'Municipalities'),
      options: o.municipalities,
    },
  ];
}

// Which fields must be filled in, and how long a text or list may be, come from the submission
// schemas the CMS checks (shared-types), never from a second copy here.
const COUNTED: FormField['kind'][] = ['text', 'textarea', 'tel'];
/** Fields a form has that are not in its JSON schema (the files go as multipart parts). */
const OUTSIDE_SCHEMA = new Set(['files']);

function withLimits(limits: Record<string, FieldLimits>, fields: FormField[], form: string): FormField[] {
  return fields.map((field) => {
    if (OUTSIDE_SCHEMA.has(field.name)) return field;
    const limit = limits[field.name];
    if (!limit)
      throw new Error(
        `The ${form} form's field "${field.name}" is not in its submission schema (shared-types/src/submissions.ts).`,
      );
    const { section, name, kind, fields: items, ...rest } = field;
    // Keys in one order (the props an island gets are serialised into the page).
    return {
      ...(section !== undefined && { section }),
      name,
      kind,
      ...(limit.required && { required: true }),
      ...(limit.max !== undefined && COUNTED.includes(kind) && { maxLength: limit.max }),
      ...rest,
      ...(kind === 'group' && {
        ...(limit.max !== undefined && { max: limit.max }),
        fields: withLimits(limit.fields ?? {}, items ?? [], `${form} ${name}`),
      }),
    };
  });
}

const enumOptions = (locale: Locale, name: Parameters<typeof enumLabel>[1], values: readonly string[]) =>
  values.map((value) => ({ value, label: enumLabel(locale, name, value) }));

export function practiceFields(catalog: Catalog): FormField[] {
  const { locale } = catalog;
  const o = options(catalog);
  return withLimits(
    fieldLimitsOf(goodPracticeSubmission),
    [
      {
        section: t(locale, 'Praktika', 'The practice'),
        name: 'title',
        kind: 'text',
        label: t(locale, 'Pavadinimas', 'Title'),
      },
      {
        name: 'summary',
        kind: 'textarea',
        label: t(locale, 'Trumpas aprašymas', 'Summary'),
        help: t(
          locale,
          'Vienas ar du sakiniai: kas tai ir kam skirta.',
          'One or two sentences: what it is and who it is for.',
        ),
      },
      {
        name: 'context',
        kind: 'textarea',
        label: t(locale, 'Kontekstas', 'Context'),
        help: t(locale, 'Kokia problema ar poreikis paskatino praktiką?', 'What problem or need led to the practice?'),
      },
      { name: 'goals', kind: 'textarea', label: t(locale, 'Tikslai', 'Goals') },
      {
        name: 'howItWorks',
        kind: 'textarea',
        label: t(locale, 'Kaip veikia', 'How it works'),
        help: t(locale, 'Veiklos, dalyviai, partneriai, ištekliai.', 'Activities, participants, partners, resources.'),
      },
      {
        name: 'results',
        kind: 'textarea',
        label: t(locale, 'Rezultatai', 'Results'),
        help: t(locale, 'Kas pasikeitė? Jei galite, pateikite skaičius.', 'What changed? Give numbers where you can.'),
      },
      {
        name: 'evaluationType',
        kind: 'select',
        label: t(locale, 'Vertinimas', 'Evaluation'),
        options: enumOptions(locale, 'evaluationType', EVALUATION_TYPES),
      },
      { name: 'evaluationSummary', kind: 'textarea', label: t(locale, 'Vertinimo išvados', 'Evaluation findings') },
      { name: 'lessonsLearned', kind: 'textarea', label: t(locale, 'Pamokos', 'Lessons learned') },
      {
        name: 'transferability',
        kind: 'textarea',
        label: t(locale, 'Ar galima pritaikyti kitur?', 'Could others adopt it?'),
      },
      { name: 'beneficiaries', kind: 'textarea', label: t(locale, 'Naudos gavėjai', 'Beneficiaries') },
      { name: 'peopleReached', kind: 'number', label: t(locale, 'Kiek žmonių pasiekė', 'People reached') },
      {
        name: 'fundingSources',
        kind: 'group',
        label: t(locale, 'Finansavimas', 'Funding'),
        help: t(locale, 'Finansavimo šaltiniai, jei yra (iki 10).', 'Sources of funding, if any (up to 10).'),
        itemLabel: t(locale, 'Finansavimo šaltinis {n}', 'Funding source {n}'),
        addLabel: t(locale, 'Pridėti finansavimo šaltinį', 'Add a funding source'),
        fields: [
          { name: 'funder', kind: 'text', label: t(locale, 'Finansuotojas', 'Funder') },
          {
            name: 'programme',
            kind: 'select',
            label: t(locale, 'Programa', 'Programme'),
            options: enumOptions(locale, 'programme', FUNDING_PROGRAMMES),
          },
          { name: 'amountEur', kind: 'number', label: t(locale, 'Suma, EUR', 'Amount, EUR') },
        ],
      },
      { name: 'startDate', kind: 'date', label: t(locale, 'Pradžios data', 'Start date') },
      {
        name: 'endDate',
        kind: 'date',
        label: t(locale, 'Pabaigos data', 'End date'),
        help: t(locale, 'Palikite tuščią, jei praktika tęsiama.', 'Leave empty if it is ongoing.'),
      },
      ...whereAndForWhom(locale, o),
      {
        section: t(locale, 'Organizacija ir kontaktai', 'Organisation and contact'),
        name: 'implementingOrganisations',
        kind: 'checkboxes',
        label: t(locale, 'Įgyvendinanti organizacija', 'Implementing organisation'),
        options: o.organisations,
      },
      {
        name: 'organisationName',
        kind: 'text',
        label: t(locale, 'Organizacija, kurios sąraše nėra', 'Organisation not in the list'),
      },
      { name: 'submitterName', kind: 'text', label: t(locale, 'Jūsų vardas ir pavardė', 'Your name') },
      {
        name: 'submitterEmail',
        kind: 'email',
        label: t(locale, 'El. paštas', 'Email'),
        help: t(
          locale,
          'Neskelbiamas; tik redaktoriams susisiekti.',
          'Not published; only for the editors to reach you.',
        ),
      },
      { name: 'submitterPhone', kind: 'tel', label: t(locale, 'Telefonas', 'Phone') },
      { name: 'files', kind: 'files', label: t(locale, 'Priedai', 'Attachments') },
    ],
    'goodPractice',
  );
}

export function partnerRequestFields(catalog: Catalog): FormField[] {
  const { locale } = catalog;
  const o = options(catalog);
  return withLimits(
    fieldLimitsOf(partnerRequestSubmission),
    [
      {
        section: t(locale, 'Projektas', 'The project'),
        name: 'title',
        kind: 'text',
        label: t(locale, 'Pavadinimas', 'Title'),
      },
      { name: 'summary', kind: 'textarea', label: t(locale, 'Trumpas aprašymas', 'Summary') },
      {
        name: 'projectIdea',
        kind: 'textarea',
        label: t(locale, 'Projekto idėja', 'Project idea'),
        help: t(
          locale,
          'Ką norite daryti, su kuo ir ko tikitės iš partnerio.',
          'What you want to do, with whom, and what you expect from a partner.',
        ),
      },
      { name: 'fundingCall', kind: 'select', label: t(locale, 'Kvietimas', 'Funding call'), options: o.calls },
      {
        name: 'rolesSought',
        kind: 'checkboxes',
        label: t(locale, 'Ieškomas vaidmuo', 'Role sought'),
        options: enumOptions(locale, 'partnerRole', PARTNER_ROLES),
      },
      {
        name: 'partnerTypesSought',
        kind: 'checkboxes',
        label: t(locale, 'Ieškomi partneriai', 'Partners sought'),
        options: enumOptions(locale, 'organisationType', ORGANISATION_TYPES),
      },
      { name: 'expiresAt', kind: 'date', label: t(locale, 'Galioja iki', 'Open until') },
      ...whereAndForWhom(locale, o),
      {
        section: t(locale, 'Organizacija ir kontaktai', 'Organisation and contact'),
        name: 'organisation',
        kind: 'select',
        label: t(locale, 'Organizacija', 'Organisation'),
        options: o.organisations,
      },
      {
        name: 'organisationName',
        kind: 'text',
        label: t(locale, 'Organizacija, kurios sąraše nėra', 'Organisation not in the list'),
      },
      { name: 'contactName', kind: 'text', label: t(locale, 'Kontaktinis asmuo', 'Contact person') },
      {
        name: 'contactEmail',
        kind: 'email',
        label: t(locale, 'El. paštas', 'Email'),
        help: t(
          locale,
          'Neskelbiamas: susidomėję partneriai rašys per svetainę.',
          'Not published: interested partners write through the site.',
        ),
      },
    ],
    'partnerRequest',
  );
}

export function contactFields(locale: Locale): FormField[] {
  return withLimits(
    fieldLimitsOf(contactMessage),
    [
      { name: 'senderName', kind: 'text', label: t(locale, 'Jūsų vardas ir pavardė', 'Your name') },
      {
        name: 'senderEmail',
        kind: 'email',
        label: t(locale, 'Jūsų el. paštas', 'Your email'),
        help: t(locale, 'Gavėjas atsakys šiuo adresu.', 'The recipient will reply to this address.'),
      },
      { name: 'message', kind: 'textarea', label: t(locale, 'Žinutė', 'Message') },
    ],
    'contact',
  );
}

export const CONTACT_INTRO: Record<Locale, string> = {
  lt: 'Žinutę persiųsime organizacijos kontaktiniu adresu; jo nematysite, o gavėjas galės jums atsakyti.',
  en: 'We forward your message to the organisation’s contact address; you will not see it, and the recipient can reply to you.',
};
