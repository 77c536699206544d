import type { Locale, NoticeKey } from '@mip/shared-types';

// What the notice pages say: where the CMS sends a reader after a form posted without JavaScript
// was accepted (their addresses are in shared-types, which the CMS reads too). Each says what
// happens next; none repeats anything the reader sent.

export const NOTICE_TEXTS: Record<NoticeKey, Record<Locale, { title: string; paragraphs: string[] }>> = {
  practiceReceived: {
    lt: {
      title: 'Ačiū! Gavome jūsų gerąją praktiką',
      paragraphs: [
        'Redaktoriai ją peržiūrės ir, jei reikės, susisieks su jumis nurodytu el. pašto adresu. Svetainėje ji pasirodys tik po peržiūros.',
        'Pateikimo nuorodos numeris yra šio puslapio adrese (po „reference=“); el. paštu jo nesiunčiame.',
      ],
    },
    en: {
      title: 'Thank you! We received your good practice',
      paragraphs: [
        'The editors will review it and contact you at the address you gave if needed. It appears on the site only after review.',
        'The submission’s reference number is in this page’s address (after “reference=”); we do not send it by email.',
      ],
    },
  },
  partnerRequestReceived: {
    lt: {
      title: 'Ačiū! Gavome jūsų partnerių paieškos skelbimą',
      paragraphs: [
        'Skelbimas pasirodys svetainėje po redaktorių peržiūros. Susidomėję partneriai jums rašys per svetainę; jūsų el. pašto adresas neskelbiamas.',
        'Pateikimo nuorodos numeris yra šio puslapio adrese (po „reference=“).',
      ],
    },
    en: {
      title: 'Thank you! We received your partner request',
      paragraphs: [
        'It appears on the site after the editors’ review. Interested partners write to you through the site; your email address is never published.',
        'The submission’s reference number is in this page’s address (after “reference=”).',
      ],
    },
  },
  messageSent: {
    lt: {
      title: 'Žinutė išsiųsta',
      paragraphs: [
        'Persiuntėme ją gavėjo kontaktiniu adresu. Gavėjas gali jums atsakyti tiesiai jūsų nurodytu adresu.',
      ],
    },
    en: {
      title: 'Your message was sent',
      paragraphs: [
        'We forwarded it to the recipient’s contact address. They can reply to you at the address you gave.',
      ],
    },
  },
  alertsCheckEmail: {
    lt: {
      title: 'Patikrinkite el. paštą',
      paragraphs: [
        'Jei šiuo adresu galima gauti laiškus, į jį išsiuntėme laišką su nuoroda prenumeratai patvirtinti. Pranešimus pradėsime siųsti tik jums patvirtinus; nuoroda galioja 48 valandas.',
        'Jei laiško negavote, patikrinkite nepageidaujamų laiškų aplanką arba užsiprenumeruokite dar kartą.',
      ],
    },
    en: {
      title: 'Check your email',
      paragraphs: [
        'If this address can receive mail, a message with a link to confirm the alerts is on its way. Alerts start only after you confirm; the link works for 48 hours.',
        'If nothing arrives, look in your spam folder, or subscribe again.',
      ],
    },
  },
  alertsConfirmed: {
    lt: {
      title: 'Prenumerata patvirtinta',
      paragraphs: [
        'Laiškus gausite, kai bus paskelbta kas nors nauja, taip dažnai, kaip pasirinkote. Kiekviename laiške yra nuoroda prenumeratos atsisakyti ir peržiūrėti visas savo prenumeratas.',
      ],
    },
    en: {
      title: 'Your alerts are on',
      paragraphs: [
        'You will get mail when something new is published, as often as you chose. Every mail has a link to stop the alerts and one to see all your subscriptions.',
      ],
    },
  },
  alertsUnsubscribed: {
    lt: {
      title: 'Prenumeratos atsisakyta',
      paragraphs: [
        'Šios prenumeratos laiškų daugiau nesiųsime. Kitos jūsų prenumeratos, jei jų turite, nepakeistos: jas matysite paspaudę nuorodą bet kuriame pranešime.',
      ],
    },
    en: {
      title: 'You are unsubscribed',
      paragraphs: [
        'No more mail will be sent for this subscription. Your other subscriptions, if you have any, are unchanged: the link in any alert shows them.',
      ],
    },
  },
  alertsDeleted: {
    lt: {
      title: 'Jūsų duomenys ištrinti',
      paragraphs: ['Ištrynėme jūsų el. pašto adresą ir visas jūsų prenumeratas. Daugiau laiškų nesiųsime.'],
    },
    en: {
      title: 'Your data is deleted',
      paragraphs: ['We deleted your email address and all your subscriptions. Nothing more will be sent to you.'],
    },
  },
  responseCheckEmail: {
    lt: {
      title: 'Patvirtinkite savo atsakymą',
      paragraphs: [
        'Išsiuntėme laišką su patvirtinimo nuoroda (ji galioja 48 valandas). Tik patvirtintą atsakymą peržiūri redaktoriai; svetainėje jis pasirodys po jų peržiūros.',
        'Laiške taip pat yra nuoroda, kuria bet kada galėsite atsakymą atšaukti. Laiško negavote? Patikrinkite šlamšto aplanką.',
      ],
    },
    en: {
      title: 'Please confirm your response',
      paragraphs: [
        'We sent you a mail with a confirmation link (it works for 48 hours). The editors review a response only once it is confirmed; it appears on the site after their review.',
        'The mail also has a link to withdraw your response at any time. No mail? Look in your spam folder.',
      ],
    },
  },
  responseConfirmed: {
    lt: {
      title: 'Atsakymas patvirtintas',
      paragraphs: [
        'Ačiū! Jūsų atsakymas laukia redaktorių peržiūros. Paskelbtas jis bus matomas puslapyje, kuriam atsakėte.',
      ],
    },
    en: {
      title: 'Your response is confirmed',
      paragraphs: [
        'Thank you! Your response now waits for the editors’ review. Once published it appears on the page you responded to.',
      ],
    },
  },
  responseWithdrawn: {
    lt: {
      title: 'Atsakymas atšauktas',
      paragraphs: [
        'Jūsų atsakymas pašalintas, o jūsų vardas, el. pašto adresas ir tekstas ištrinti. Jei jis buvo paskelbtas, iš svetainės jis dings per kelias minutes.',
      ],
    },
    en: {
      title: 'Your response is withdrawn',
      paragraphs: [
        'Your response is removed, and your name, email address and text are deleted. If it was published, it leaves the site within minutes.',
      ],
    },
  },
  responseReported: {
    lt: {
      title: 'Ačiū, kad pranešėte',
      paragraphs: [
        'Redaktoriai peržiūrės šį atsakymą. Jei apie jį praneša keli skaitytojai, jis paslepiamas, kol redaktoriai jį peržiūri.',
      ],
    },
    en: {
      title: 'Thank you for your report',
      paragraphs: [
        'The editors will look at this response. When several readers report it, it is hidden until the editors have looked at it.',
      ],
    },
  },
  registrationCheckEmail: {
    lt: {
      title: 'Patvirtinkite registraciją',
      paragraphs: [
        'Išsiuntėme laišką su patvirtinimo nuoroda (ji galioja 48 valandas). Registracija galioja tik patvirtinus el. pašto adresą; tada gausite vietą arba būsite įrašyti į laukiančiųjų sąrašą.',
      ],
    },
    en: {
      title: 'Please confirm your registration',
      paragraphs: [
        'We sent you a mail with a confirmation link (it works for 48 hours). A registration counts once its email address is confirmed; you then get a place or join the waiting list.',
      ],
    },
  },
  registrationConfirmed: {
    lt: {
      title: 'Jūs užsiregistravote',
      paragraphs: [
        'Jūsų vieta užtikrinta. Laiške rasite renginio informaciją ir nuorodą, kuria galėsite registraciją atšaukti.',
      ],
    },
    en: {
      title: 'You are registered',
      paragraphs: ['Your place is booked. The mail has the seminar’s details and a link to cancel your registration.'],
    },
  },
  registrationWaiting: {
    lt: {
      title: 'Jūs laukiančiųjų sąraše',
      paragraphs: [
        'Visos vietos jau užimtos, todėl įrašėme jus į laukiančiųjų sąrašą. Jei kas nors atšauks registraciją, pranešime el. paštu.',
      ],
    },
    en: {
      title: 'You are on the waiting list',
      paragraphs: [
        'All places are taken, so you are on the waiting list. If someone cancels, we will tell you by mail.',
      ],
    },
  },
  registrationCancelled: {
    lt: { title: 'Registracija atšaukta', paragraphs: ['Jūsų registracija atšaukta. Ačiū, kad pranešėte.'] },
    en: {
      title: 'Your registration is cancelled',
      paragraphs: ['Your registration is cancelled. Thank you for letting us know.'],
    },
  },
};
