// What the pages behind a seminar registration's links say when the link cannot be used.

export const REGISTRATION_LINK_TEXTS = {
  lt: {
    expiredTitle: 'Nuoroda nebegalioja',
    expiredText:
      'Patvirtinimo nuoroda galioja 48 valandas. Užsiregistruokite dar kartą renginio puslapyje: atsiųsime naują nuorodą.',
    invalidTitle: 'Netinkama nuoroda',
    invalidText: 'Šios nuorodos nepavyko atpažinti. Atverkite ją iš laiško dar kartą, nukopijavę visą.',
    goneTitle: 'Tokios registracijos nėra',
    goneText: 'Ji jau atšaukta. Jei norite, užsiregistruokite renginio puslapyje iš naujo.',
  },
  en: {
    expiredTitle: 'This link has expired',
    expiredText:
      'A confirmation link works for 48 hours. Register again on the seminar’s page, and we will send a new one.',
    invalidTitle: 'This link is not valid',
    invalidText: 'This link could not be recognised. Open it from the mail again, copying all of it.',
    goneTitle: 'There is no such registration',
    goneText: 'It was already cancelled. You can register again on the seminar’s page.',
  },
} as const;
