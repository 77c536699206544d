import type { DemoEntry } from '../types.ts';

export const pages: DemoEntry[] = [
  {
    key: 'about',
    data: { key: 'about' },
    lt: {
      title: 'Apie platformą',
      summary: 'Migracijos informacijos ir bendradarbiavimo platforma jungia institucijas, tyrėjus ir NVO.',
      body: 'Platforma skirta užsieniečių integracijos politikos kūrėjams ir įgyvendintojams: valstybės institucijoms, savivaldybėms, tyrėjams, nevyriausybinėms ir migrantų organizacijoms.\n\nČia rasite naujienas, gerąją praktiką, tyrimus, finansavimo kvietimus, renginių medžiagą ir partnerių paiešką, o valstybės integracijos prioritetai pateikiami šalia to, kas iš tikrųjų daroma.\n\n*Demonstracinėje versijoje visas turinys yra išgalvotas.*',
    },
    en: {
      title: 'About the platform',
      summary: 'The Migration Information and Cooperation Platform connects institutions, researchers and NGOs.',
      body: 'The platform serves the people who shape and carry out integration policy for foreigners: state institutions, municipalities, researchers, NGOs and migrant organisations.\n\nHere you will find news, good practices, research, funding calls, seminar records and partner search, with the state’s integration priorities shown side by side with what is actually being done.\n\n*In the demo version all content is fictional.*',
    },
  },
  {
    key: 'how-to-submit',
    data: { key: 'how-to-submit' },
    lt: {
      title: 'Kaip pasidalyti gerąja praktika',
      summary: 'Užpildykite formą – redaktoriai peržiūrės ir paskelbs jūsų praktiką.',
      body: 'Gerąja praktika gali pasidalyti bet kuri organizacija. Užpildykite formą pagal praktikos šabloną: kontekstas, tikslai, kaip veikia, rezultatai, vertinimas.\n\nPateikta praktika svetainėje nepasirodo iškart: redaktoriai ją peržiūri, prireikus susisiekia su jumis ir tik tada paskelbia.',
    },
    en: {
      title: 'How to share a good practice',
      summary: 'Fill in the form; editors will review and publish your practice.',
      body: 'Any organisation can share a good practice. Fill in the form following the practice template: context, goals, how it works, results, evaluation.\n\nA submitted practice does not appear on the site at once: editors review it, contact you if needed, and only then publish it.',
    },
  },
  {
    key: 'accessibility',
    data: { key: 'accessibility' },
    lt: {
      title: 'Pareiškimas dėl prieinamumo',
      summary: 'Siekiame, kad svetainė atitiktų WCAG 2.2 AA reikalavimus.',
      body: 'Ši svetainė kuriama pagal Europos Sąjungos interneto svetainių prieinamumo direktyvą ir WCAG 2.2 AA gaires.\n\n**Atitikties būsena:** svetainė iš dalies atitinka reikalavimus; žinomos problemos skelbiamos šiame puslapyje.\n\nJei pastebėjote prieinamumo problemą, parašykite mums per kontaktų formą. Atsakysime per 10 darbo dienų.',
    },
    en: {
      title: 'Accessibility statement',
      summary: 'We aim for the site to meet WCAG 2.2 AA.',
      body: 'This site is built in line with the EU Web Accessibility Directive and the WCAG 2.2 AA guidelines.\n\n**Compliance status:** the site partially conforms; known issues are listed on this page.\n\nIf you notice an accessibility problem, write to us through the contact form. We will reply within 10 working days.',
    },
  },
  {
    key: 'privacy',
    data: { key: 'privacy' },
    lt: {
      title: 'Privatumo politika',
      summary:
        'Kaip tvarkome duomenis, kuriuos pateikiate per formas, užsiprenumeravę pranešimus, parašę atsakymą ir užsiregistravę į renginį.',
      body: 'Svetainė nenaudoja sekimo slapukų. Per formas pateiktus kontaktinius duomenis matome tik redaktoriai; jie niekada neskelbiami svetainėje.\n\nŽinutės organizacijoms perduodamos per kontaktų formą, todėl organizacijų el. pašto adresai lieka neskelbiami.\n\n## El. pašto pranešimai\n\nKai užsiprenumeruojate pranešimus, saugome jūsų el. pašto adresą, ką sekate, kalbą, kaip dažnai norite laiškų, taip pat kada paprašėte ir kada patvirtinote (tai jūsų sutikimo įrodymas, BDAR 7 str. 1 d.). Šiuos duomenis naudojame tik jūsų prašytiems pranešimams siųsti; jų niekam neperduodame ir svetainėje neskelbiame.\n\nKol prenumeratos nepatvirtinote, į jūsų adresą siunčiame tik vieną laišką su patvirtinimo nuoroda. Nepatvirtintus prašymus ištriname po trijų dienų, išsiųstų laiškų įrašus – po 30 dienų.\n\nKiekviename laiške yra nuoroda, kuria vienu paspaudimu atsisakysite pranešimų, ir nuoroda į puslapį, kuriame matysite ir keisite visas savo prenumeratas arba ištrinsite visus savo duomenis. Taip pat galite kreiptis į redaktorius.\n\n## Atsakymai\n\nParašę atsakymą, sutinkate, kad jūsų nurodytas vardas, organizacija ir atsakymo tekstas būtų paskelbti svetainėje (BDAR 6 str. 1 d. a p.). El. pašto adresą saugome tik tam, kad atsiųstume patvirtinimo ir atšaukimo nuorodas; jis niekada nerodomas ir niekam neperduodamas. Saugome ir kada davėte sutikimą bei kada atsakymą patvirtinote. Nepatvirtintus atsakymus ištriname po trijų dienų. Atsakymą bet kada galite atšaukti nuoroda iš laiško: tada ištriname jį kartu su jūsų vardu ir adresu. Pranešimai apie netinkamus atsakymus skaičiuojami pagal užkoduotą interneto adresą, pats adresas nesaugomas.\n\n## Registracija į renginius\n\nRegistruodamiesi į renginį pateikiate vardą, el. pašto adresą ir, jei norite, organizaciją, pareigas ir poreikius (pvz., vertimo ar prieinamumo). Juos mato tik redaktoriai ir renginio organizatoriai administravimo sistemoje (dalyvių sąrašas, CSV failas, dalyvavimo žymos); svetainėje jie neskelbiami, išskyrus vardą ir organizaciją tų, kurie pažymėjo sutikimą būti viešame dalyvių sąraše. Registracija galioja tik patvirtinus ją nuoroda iš laiško; nepatvirtintas ištriname po trijų dienų. Atšaukus registraciją nuoroda iš laiško, jūsų pateikti duomenys ištrinami, lieka tik adresas, kad nuorodos iš jau gautų laiškų veiktų.',
    },
    en: {
      title: 'Privacy policy',
      summary:
        'How we handle the data you submit through forms, for email alerts, with responses and when registering for seminars.',
      body: 'The site uses no tracking cookies. Contact details submitted through forms are seen only by editors and are never published on the site.\n\nMessages to organisations are relayed through the contact form, so their e-mail addresses stay private.\n\n## Email alerts\n\nWhen you subscribe to alerts we keep your email address, what you follow, your language, how often you want mail, and when you asked and when you confirmed (the proof of your consent, GDPR Art. 7(1)). We use them only to send the alerts you asked for; we give them to nobody and never publish them.\n\nUntil you confirm, your address gets one mail only: the link to confirm. Requests not confirmed are deleted after three days, and the record of mail sent after 30 days.\n\nEvery mail has a link that stops the alerts in one click, and a link to a page where you see and change all your subscriptions or delete all your data. You can also ask the editors.\n\n## Responses\n\nWhen you write a response you agree that the name, organisation and text you give are published on the site (GDPR Art. 6(1)(a)). We keep your email address only to send you the links to confirm and to withdraw it; it is never shown and given to nobody. We also keep when you gave your consent and when you confirmed. Responses not confirmed are deleted after three days. You can withdraw a response at any time with the link in the mail: we then delete it with your name and address. Reports of inappropriate responses are counted by a keyed digest of the network address; the address itself is not kept.\n\n## Seminar registration\n\nWhen you register for a seminar you give your name, your email address and, if you wish, your organisation, role and needs (interpretation or accessibility, say). Only the editors and the seminar’s organisers see them, in the admin (the list, a CSV file, attendance marks); they are not published on the site, except the name and organisation of those who ticked the box agreeing to be on the public list of participants. A registration counts only once confirmed with the link in the mail; those not confirmed are deleted after three days. When you cancel with the link in the mail, what you gave is deleted; only the address stays, so that the links in mail you already have keep working.',
    },
  },
];
