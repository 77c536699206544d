import type { Locale } from '@mip/shared-types';

// What the responses part of a page says, in both languages (the form's field labels are in
// shared-types' FORM_LABELS, which the CMS's error page uses too).

export const RESPONSES_UI = {
  lt: {
    title: 'Atsakymai',
    count: (n: number) => (n === 1 ? '1 atsakymas' : `Atsakymų: ${n}`),
    none: 'Atsakymų dar nėra. Būkite pirmieji.',
    intro:
      'Atsakymus gali rašyti visi: institucijos, organizacijos ir gyventojai. Redaktoriai juos peržiūri prieš paskelbdami.',
    onAction: (action: string) => `Dėl veiksmo: ${action}`,
    replies: 'Atsakymai į šį atsakymą',
    answerOf: (organisation: string) => `${organisation} atsakymas`,
    inLanguage: { lt: 'lietuviškai', en: 'angliškai' } as Record<Locale, string>,
    report: 'Pranešti apie netinkamą atsakymą',
    reportIntro: 'Kodėl šis atsakymas netinkamas? Redaktoriai jį peržiūrės.',
    reportSubmit: 'Pranešti',
    formTitle: 'Parašyti atsakymą',
    about: 'Dėl ko atsakote',
    aboutEntry: 'Dėl viso įrašo',
    replyTo: 'Atsakote į',
    newResponse: 'Naujas atsakymas (ne atsakymas kitam)',
    consent: 'Sutinku, kad mano vardas, organizacija ir atsakymas būtų paskelbti šioje svetainėje.',
    note: 'Atsiųsime laišką su patvirtinimo nuoroda. Atsakymą peržiūrės redaktoriai; el. pašto adresas niekur nerodomas. Atsakymą galėsite atšaukti nuoroda iš laiško.',
    privacy: 'Kaip tvarkome jūsų duomenis',
    submit: 'Siųsti atsakymą',
    organisationHelp: 'Jei organizacija yra mūsų kataloge, prie atsakymo bus nuoroda į ją.',
  },
  en: {
    title: 'Responses',
    count: (n: number) => (n === 1 ? '1 response' : `${n} responses`),
    none: 'No responses yet. Be the first.',
    intro:
      'Anyone may respond: institutions, organisations and residents. The editors review each response before publishing it.',
    onAction: (action: string) => `On the action: ${action}`,
    replies: 'Replies to this response',
    answerOf: (organisation: string) => `Answer of ${organisation}`,
    inLanguage: { lt: 'in Lithuanian', en: 'in English' } as Record<Locale, string>,
    report: 'Report an inappropriate response',
    reportIntro: 'Why is this response inappropriate? The editors will look at it.',
    reportSubmit: 'Report',
    formTitle: 'Write a response',
    about: 'What you respond to',
    aboutEntry: 'The whole entry',
    replyTo: 'You reply to',
    newResponse: 'A new response (not a reply)',
    consent: 'I agree that my name, organisation and response are published on this site.',
    note: 'We will send you a mail with a confirmation link. The editors review your response; your email address is never shown. You can withdraw the response with a link in the mail.',
    privacy: 'How we handle your data',
    submit: 'Send the response',
    organisationHelp: 'If the organisation is in our directory, the response links to it.',
  },
} as const;
