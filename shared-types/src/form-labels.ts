import type { Locale } from './locales.ts';

// What each public form's fields are called, in both languages: the site's forms label their
// inputs with these, and the CMS names the same fields in the error page it answers a plain form
// post with (no JavaScript), so a reader meets one name for a field wherever it is mentioned.

type Label = Record<Locale, string>;

const common = {
  title: { lt: 'Pavadinimas', en: 'Title' },
  summary: { lt: 'Trumpas aprašymas', en: 'Summary' },
  integrationAreas: { lt: 'Integracijos sritys', en: 'Integration areas' },
  targetGroups: { lt: 'Tikslinės grupės', en: 'Target groups' },
  municipalities: { lt: 'Savivaldybės', en: 'Municipalities' },
  organisationName: { lt: 'Organizacija, kurios sąraše nėra', en: 'Organisation not in the list' },
  email: { lt: 'El. paštas', en: 'Email' },
} satisfies Record<string, Label>;

export const FORM_LABELS = {
  goodPractice: {
    title: common.title,
    summary: common.summary,
    context: { lt: 'Kontekstas', en: 'Context' },
    goals: { lt: 'Tikslai', en: 'Goals' },
    howItWorks: { lt: 'Kaip veikia', en: 'How it works' },
    results: { lt: 'Rezultatai', en: 'Results' },
    evaluationType: { lt: 'Vertinimas', en: 'Evaluation' },
    evaluationSummary: { lt: 'Vertinimo išvados', en: 'Evaluation findings' },
    lessonsLearned: { lt: 'Pamokos', en: 'Lessons learned' },
    transferability: { lt: 'Ar galima pritaikyti kitur?', en: 'Could others adopt it?' },
    beneficiaries: { lt: 'Naudos gavėjai', en: 'Beneficiaries' },
    peopleReached: { lt: 'Kiek žmonių pasiekė', en: 'People reached' },
    fundingSources: { lt: 'Finansavimas', en: 'Funding' },
    'fundingSources.*': { lt: 'Finansavimo šaltinis {n}', en: 'Funding source {n}' },
    'fundingSources.*.funder': { lt: 'Finansuotojas', en: 'Funder' },
    'fundingSources.*.programme': { lt: 'Programa', en: 'Programme' },
    'fundingSources.*.amountEur': { lt: 'Suma, EUR', en: 'Amount, EUR' },
    startDate: { lt: 'Pradžios data', en: 'Start date' },
    endDate: { lt: 'Pabaigos data', en: 'End date' },
    ongoing: { lt: 'Tęsiama', en: 'Ongoing' },
    integrationAreas: common.integrationAreas,
    targetGroups: common.targetGroups,
    municipalities: common.municipalities,
    implementingOrganisations: { lt: 'Įgyvendinanti organizacija', en: 'Implementing organisation' },
    organisationName: common.organisationName,
    submitterName: { lt: 'Jūsų vardas ir pavardė', en: 'Your name' },
    submitterEmail: common.email,
    submitterPhone: { lt: 'Telefonas', en: 'Phone' },
    files: { lt: 'Priedai', en: 'Attachments' },
  },
  partnerRequest: {
    title: common.title,
    summary: common.summary,
    projectIdea: { lt: 'Projekto idėja', en: 'Project idea' },
    fundingCall: { lt: 'Kvietimas', en: 'Funding call' },
    rolesSought: { lt: 'Ieškomas vaidmuo', en: 'Role sought' },
    partnerTypesSought: { lt: 'Ieškomi partneriai', en: 'Partners sought' },
    expiresAt: { lt: 'Galioja iki', en: 'Open until' },
    integrationAreas: common.integrationAreas,
    targetGroups: common.targetGroups,
    municipalities: common.municipalities,
    organisation: { lt: 'Organizacija', en: 'Organisation' },
    organisationName: common.organisationName,
    contactName: { lt: 'Kontaktinis asmuo', en: 'Contact person' },
    contactEmail: common.email,
  },
  contact: {
    senderName: { lt: 'Jūsų vardas ir pavardė', en: 'Your name' },
    senderEmail: { lt: 'Jūsų el. paštas', en: 'Your email' },
    message: { lt: 'Žinutė', en: 'Message' },
  },
  alertSubscription: {
    email: common.email,
    frequency: { lt: 'Kaip dažnai siųsti', en: 'How often' },
    topic: { lt: 'Ką sekti', en: 'What to follow' },
  },
  response: {
    target: { lt: 'Kam atsakote', en: 'What you respond to' },
    documentId: { lt: 'Kam atsakote', en: 'What you respond to' },
    part: { lt: 'Veiksmas', en: 'Action' },
    parent: { lt: 'Atsakymas, į kurį atsakote', en: 'The response you reply to' },
    stance: { lt: 'Jūsų požiūris', en: 'Your position' },
    body: { lt: 'Jūsų atsakymas', en: 'Your response' },
    displayName: { lt: 'Vardas, rodomas prie atsakymo', en: 'Name shown with the response' },
    organisationName: { lt: 'Organizacija, kurios vardu atsakote', en: 'Organisation you respond for' },
    email: { lt: 'El. paštas (nebus rodomas)', en: 'Email (never shown)' },
    consent: { lt: 'Sutikimas paskelbti', en: 'Consent to publish' },
  },
  seminarRegistration: {
    seminar: { lt: 'Renginys', en: 'Seminar' },
    name: { lt: 'Vardas ir pavardė', en: 'Your name' },
    email: common.email,
    organisationName: { lt: 'Organizacija', en: 'Organisation' },
    role: { lt: 'Pareigos ar vaidmuo', en: 'Role or position' },
    needs: { lt: 'Prieinamumo ar vertimo poreikiai', en: 'Accessibility or interpretation needs' },
    listed: { lt: 'Sutinku būti įtrauktas į viešą dalyvių sąrašą', en: 'I agree to be listed as a participant' },
  },
  responseReport: {
    response: { lt: 'Atsakymas', en: 'Response' },
    reason: { lt: 'Kodėl pranešate', en: 'Why you report it' },
  },
} as const satisfies Record<string, Record<string, Label>>;

export type LabelledForm = keyof typeof FORM_LABELS;

/**
 * A field's name for a reader, from its path in the form's data (`fundingSources.0.funder` is
 * "Funding source 1: Funder"); a path the form does not name (an unknown field) stays as it is.
 */
export function fieldLabel(form: LabelledForm, path: string, locale: Locale): string {
  const labels = FORM_LABELS[form] as Record<string, Label>;
  const parts = path.split('.');
  const own = labels[parts[0]!]?.[locale];
  if (parts.length < 2 || !/^\d+$/.test(parts[1]!)) return own ?? path;
  const item = labels[`${parts[0]}.*`]?.[locale]?.replace('{n}', String(Number(parts[1]) + 1)) ?? own ?? path;
  if (parts.length === 2) return item;
  const sub = labels[`${parts[0]}.*.${parts.slice(2).join('.')}`]?.[locale];
  return sub ? `${item}: ${sub}` : item;
}

/** Forms whose field ids have a prefix of their own, because they share a page with another form. */
const FIELD_ID_PREFIX: Partial<Record<LabelledForm, string>> = {
  response: 'respond-',
  seminarRegistration: 'register-',
};

/** The id of a field's input on the site's forms, which the CMS's error page links to. */
export const formFieldId = (name: string, form?: LabelledForm) =>
  `${(form && FIELD_ID_PREFIX[form]) || 'field-'}${name.replace(/\./g, '-')}`;
