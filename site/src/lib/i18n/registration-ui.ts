import type { Locale } from '@mip/shared-types';

// What a seminar page's registration part says, in both languages (the form's field labels are in
// shared-types' FORM_LABELS, which the CMS's error page uses too).

export const REGISTRATION_UI = {
  lt: {
    title: 'Registracija',
    places: (n: string) => `Laisvų vietų (paskutinio atnaujinimo metu): ${n}.`,
    full: 'Visos vietos užimtos: užsiregistravę būsite įrašyti į laukiančiųjų sąrašą ir gausite laišką, jei vieta atsilaisvins.',
    open: 'Užsiregistruoti',
    note: 'Atsiųsime laišką su patvirtinimo nuoroda; registracija galioja tik ją patvirtinus. Jūsų duomenis matys tik renginio organizatoriai.',
    privacy: 'Kaip tvarkome jūsų duomenis',
    submit: 'Registruotis',
    organisationHelp: 'Pradėkite rašyti ir pasirinkite iš organizacijų katalogo arba įrašykite kitą.',
    participants: 'Dalyviai',
    participantsNote: 'Užsiregistravę dalyviai, sutikę, kad jų vardai būtų skelbiami (paskutinio atnaujinimo metu).',
  },
  en: {
    title: 'Registration',
    places: (n: string) => `Places left (when this page was last updated): ${n}.`,
    full: 'All places are taken: registering puts you on the waiting list, and you get a mail if a place frees up.',
    open: 'Register for this seminar',
    note: 'We will send you a mail with a confirmation link; the registration counts once confirmed. Only the organisers see your details.',
    privacy: 'How we handle your data',
    submit: 'Register',
    organisationHelp: 'Start typing to pick from the organisations’ directory, or type another.',
    participants: 'Participants',
    participantsNote: 'Registered participants who agreed to be listed (when this page was last updated).',
  },
} satisfies Record<Locale, Record<string, string | ((n: string) => string)>>;
