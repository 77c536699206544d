import { dateFromToday, vilniusDateTime } from '../dates.ts';
import type { DemoEntry } from '../types.ts';

const item = (time: string, title: string, speaker?: string) => ({ time, title, speaker });
/** Follow-up action; `responsibleOrganisation` and `priority` are keys resolved by the seed. */
const action = (
  text: string,
  status: string,
  dueInDays: number,
  responsibleOrganisation?: string,
  priority?: string,
) => ({
  action: text,
  status,
  dueDate: dateFromToday(dueInDays),
  responsibleOrganisation,
  priority,
});

type Seminar = {
  key: string;
  /** Registration on this site with this many places (otherwise a registration link elsewhere). */
  places?: number;
  type: string;
  format: string;
  startIn: number;
  hours: [string, string];
  municipality?: string;
  participants?: number;
  organisers: string[];
  recording?: boolean;
  lt: Record<string, unknown>;
  en?: Record<string, unknown>;
  links: Record<string, string | string[]>;
};

const SEMINARS: Seminar[] = [
  {
    key: 's-forum-autumn',
    places: 150,
    type: 'forum',
    format: 'hybrid',
    startIn: -40,
    hours: ['10:00', '16:00'],
    municipality: 'vilnius-city',
    participants: 140,
    organisers: ['ministry-social', 'iom-vilnius'],
    recording: true,
    lt: {
      title: 'Integracijos forumas: rudens sesija',
      summary: 'Kasmetinis institucijų, savivaldybių ir NVO susitikimas aptarti veiksmų plano pažangą.',
      venue: 'Vilniaus rotušė, Didžioji g. 31',
      agenda: [
        item('10:00', 'Atidarymas ir veiksmų plano pažanga', 'Socialinės apsaugos ir darbo ministerija'),
        item('11:00', 'Diskusija: kalbos kursai regionuose'),
        item('14:00', 'Darbo grupės pagal prioritetus'),
      ],
      conclusions:
        'Dalyviai sutarė, kad kalbos kursų trūkumas regionuose yra didžiausia kliūtis. Reikia bendro kursų kalendoriaus ir vaikų priežiūros užsiėmimų metu.',
      followUpActions: [
        action(
          'Parengti bendrą lietuvių kalbos kursų kalendorių visoms apskritims',
          'in_progress',
          30,
          'ministry-social',
          'p1-1',
        ),
        action('Įtraukti vaikų priežiūrą į PMIF kvietimų tinkamas išlaidas', 'done', -10, 'cpva', 'p1-1'),
        action(
          'Surengti darbdavių apskritąjį stalą apie kalbos mokymą darbo vietoje',
          'planned',
          60,
          'regional-employers',
          'p2-2',
        ),
      ],
    },
    en: {
      title: 'Integration forum: autumn session',
      summary: 'The annual meeting of institutions, municipalities and NGOs to discuss progress on the action plan.',
      venue: 'Vilnius Town Hall, Didžioji g. 31',
      agenda: [
        item('10:00', 'Opening and progress on the action plan', 'Ministry of Social Security and Labour'),
        item('11:00', 'Panel: language courses in the regions'),
        item('14:00', 'Working groups by priority'),
      ],
      conclusions:
        'Participants agreed that the lack of language courses in the regions is the biggest obstacle. A shared course calendar and childcare during classes are needed.',
      followUpActions: [
        action(
          'Prepare a shared calendar of Lithuanian courses for all counties',
          'in_progress',
          30,
          'ministry-social',
          'p1-1',
        ),
        action('Make childcare an eligible cost in AMIF calls', 'done', -10, 'cpva', 'p1-1'),
        action(
          'Hold an employers’ round table on language learning at work',
          'planned',
          60,
          'regional-employers',
          'p2-2',
        ),
      ],
    },
    links: {
      integrationAreas: ['language', 'governance'],
      targetGroups: ['practitioners'],
      policyPriorities: ['p1', 'p1-1'],
    },
  },
  {
    key: 's-webinar-recognition',
    type: 'webinar',
    format: 'online',
    startIn: -25,
    hours: ['13:00', '14:30'],
    participants: 85,
    organisers: ['employment-service'],
    recording: true,
    lt: {
      title: 'Vebinaras: kaip pripažinti užsienyje įgytą išsilavinimą',
      summary: 'Praktinis vebinaras specialistams apie kvalifikacijų pripažinimo procedūras.',
      agenda: [item('13:00', 'Procedūrų apžvalga', 'Užimtumo tarnyba'), item('13:45', 'Atvejų aptarimas ir klausimai')],
      conclusions:
        'Specialistams trūksta aiškios informacijos apie dalinį pripažinimą. Reikia vieno puslapio atmintinės keliomis kalbomis.',
      followUpActions: [
        action(
          'Parengti atmintinę apie kvalifikacijų pripažinimą 4 kalbomis',
          'in_progress',
          20,
          'employment-service',
          'p2-1',
        ),
      ],
    },
    en: {
      title: 'Webinar: how to have education gained abroad recognised',
      summary: 'A practical webinar for professionals on recognition procedures.',
      agenda: [
        item('13:00', 'Overview of the procedures', 'Employment Service'),
        item('13:45', 'Case discussion and questions'),
      ],
      conclusions:
        'Professionals lack clear information on partial recognition. A one-page leaflet in several languages is needed.',
      followUpActions: [
        action(
          'Prepare a leaflet on recognition of qualifications in 4 languages',
          'in_progress',
          20,
          'employment-service',
          'p2-1',
        ),
      ],
    },
    links: {
      integrationAreas: ['labour', 'education'],
      targetGroups: ['practitioners', 'labour-migrants'],
      policyPriorities: ['p2-1'],
    },
  },
  {
    key: 's-workshop-municipal-plans',
    type: 'workshop',
    format: 'on_site',
    startIn: -60,
    hours: ['09:30', '15:00'],
    municipality: 'kaunas-city',
    participants: 32,
    organisers: ['iom-vilnius', 'kaunas-municipality'],
    lt: {
      title: 'Dirbtuvės: kaip parengti savivaldybės integracijos planą',
      summary: 'Savivaldybių darbuotojai mokėsi rinkti duomenis ir planuoti priemones.',
      venue: 'Kauno miesto savivaldybė, Laisvės al. 96',
      agenda: [
        item('09:30', 'Duomenų šaltiniai savivaldybėms', 'TMO Vilniaus biuras'),
        item('11:00', 'Praktinė užduotis: priemonių planas'),
        item('14:00', 'Kauno patirtis'),
      ],
      conclusions:
        'Savivaldybės neturi duomenų apie užsieniečius savo teritorijoje; reikalingas Migracijos departamento duomenų rinkinys pagal savivaldybes.',
      followUpActions: [
        action(
          'Kasmet skelbti leidimų gyventi duomenis pagal savivaldybes',
          'done',
          -30,
          'migration-department',
          'p5-1',
        ),
        action('Parengti integracijos plano šabloną savivaldybėms', 'planned', 90, 'ministry-social', 'p3-2'),
      ],
    },
    en: {
      title: 'Workshop: drafting a municipal integration plan',
      summary: 'Municipal staff learned to collect data and plan measures.',
      venue: 'Kaunas City Municipality, Laisvės al. 96',
      agenda: [
        item('09:30', 'Data sources for municipalities', 'IOM Vilnius Office'),
        item('11:00', 'Practical exercise: a plan of measures'),
        item('14:00', 'The Kaunas experience'),
      ],
      conclusions:
        'Municipalities lack data on the foreigners living in their area; a Migration Department data set by municipality is needed.',
      followUpActions: [
        action('Publish residence permit data by municipality every year', 'done', -30, 'migration-department', 'p5-1'),
        action('Prepare a template integration plan for municipalities', 'planned', 90, 'ministry-social', 'p3-2'),
      ],
    },
    links: { integrationAreas: ['governance'], targetGroups: ['practitioners'], policyPriorities: ['p3-2', 'p5-1'] },
  },
  {
    key: 's-roundtable-health',
    type: 'round_table',
    format: 'on_site',
    startIn: -90,
    hours: ['14:00', '16:30'],
    municipality: 'siauliai-city',
    participants: 18,
    organisers: ['tiltai-centre'],
    lt: {
      title: 'Apskritasis stalas: vertimas sveikatos priežiūroje',
      summary: 'Gydytojai, savivaldybė ir NVO aptarė, kaip užtikrinti vertimą pacientams.',
      venue: 'Šiaulių miesto savivaldybė',
      agenda: [
        item('14:00', 'Nuotolinio vertimo bandomojo projekto rezultatai', 'Integracijos centras „Tiltai“'),
        item('15:00', 'Diskusija apie finansavimą'),
      ],
      conclusions: 'Nuotolinis vertimas pasiteisino; reikia nuolatinio finansavimo iš savivaldybės biudžeto.',
      followUpActions: [action('Įtraukti nuotolinį vertimą į savivaldybės biudžetą', 'dropped', -20, 'tiltai-centre')],
    },
    links: { integrationAreas: ['health'], targetGroups: ['practitioners', 'protection'] },
  },
  {
    key: 's-conference-research',
    type: 'conference',
    format: 'hybrid',
    startIn: -130,
    hours: ['09:00', '17:00'],
    municipality: 'kaunas-city',
    participants: 210,
    organisers: ['migration-research-institute', 'social-research-centre'],
    recording: true,
    lt: {
      title: 'Konferencija „Migracijos tyrimai Lietuvoje 2026“',
      summary: 'Tyrėjai pristatė naujausius tyrimus apie darbo migraciją, švietimą ir nuostatas.',
      venue: 'Kauno technologijos universitetas',
      agenda: [
        item('09:00', 'Pagrindinis pranešimas: Lietuva – imigracijos šalis'),
        item('11:00', 'Sekcija: darbo rinka'),
        item('14:00', 'Sekcija: švietimas ir jaunimas'),
      ],
      conclusions:
        'Tyrėjai pasigenda prieigos prie administracinių duomenų. Siūloma sukurti duomenų prieigos tvarką mokslininkams.',
      followUpActions: [
        action(
          'Parengti administracinių duomenų prieigos tyrėjams tvarką',
          'in_progress',
          45,
          'migration-department',
          'p5-1',
        ),
      ],
    },
    en: {
      title: 'Conference “Migration research in Lithuania 2026”',
      summary: 'Researchers presented the latest studies on labour migration, education and attitudes.',
      venue: 'Kaunas University of Technology',
      agenda: [
        item('09:00', 'Keynote: Lithuania as a country of immigration'),
        item('11:00', 'Session: the labour market'),
        item('14:00', 'Session: education and youth'),
      ],
      conclusions:
        'Researchers lack access to administrative data. A procedure for researchers’ data access is proposed.',
      followUpActions: [
        action(
          'Draft a procedure for researchers to access administrative data',
          'in_progress',
          45,
          'migration-department',
          'p5-1',
        ),
      ],
    },
    links: {
      integrationAreas: ['governance', 'labour', 'education'],
      targetGroups: ['practitioners'],
      policyPriorities: ['p5'],
    },
  },
  {
    key: 's-seminar-journalists',
    type: 'seminar',
    format: 'on_site',
    startIn: -75,
    hours: ['10:00', '13:00'],
    municipality: 'vilnius-city',
    participants: 24,
    organisers: ['new-neighbours-media', 'diaspora-forum'],
    lt: {
      title: 'Seminaras žurnalistams: etiškas rašymas apie migraciją',
      summary: 'Žurnalistai aptarė terminus, šaltinius ir migrantų balso svarbą.',
      venue: 'Nacionalinė dailės galerija, Konstitucijos pr. 22',
      agenda: [
        item('10:00', 'Terminai ir stereotipai', 'Naujienų portalas „Naujieji kaimynai“'),
        item('11:30', 'Migrantų patirtys žiniasklaidoje', 'Afrikos diasporos forumas'),
      ],
      conclusions: 'Redakcijoms trūksta kontaktų su migrantų organizacijomis; siūloma ekspertų duomenų bazė.',
      followUpActions: [
        action('Sukurti migrantų organizacijų ekspertų sąrašą žurnalistams', 'done', -40, 'new-neighbours-media', 'p4'),
      ],
    },
    en: {
      title: 'Seminar for journalists: reporting migration ethically',
      summary: 'Journalists discussed terms, sources and why migrants’ own voices matter.',
      venue: 'National Gallery of Art, Konstitucijos pr. 22',
      agenda: [
        item('10:00', 'Terms and stereotypes', 'New Neighbours online media'),
        item('11:30', 'Migrants’ experiences in the media', 'African Diaspora Forum'),
      ],
      conclusions: 'Newsrooms lack contacts with migrant organisations; a database of experts is proposed.',
      followUpActions: [
        action(
          'Build a list of experts from migrant organisations for journalists',
          'done',
          -40,
          'new-neighbours-media',
          'p4',
        ),
      ],
    },
    links: {
      integrationAreas: ['host-society', 'equality'],
      targetGroups: ['practitioners', 'host-community'],
      policyPriorities: ['p4'],
    },
  },
  {
    key: 's-workshop-mentors',
    type: 'workshop',
    format: 'on_site',
    startIn: -15,
    hours: ['17:30', '20:00'],
    municipality: 'panevezys-city',
    participants: 16,
    organisers: ['tiltai-centre', 'panevezys-library'],
    lt: {
      title: 'Mentorių dirbtuvės: kaip padėti ir neperdegti',
      summary: 'Savanorių mentorių mokymai apie ribas, superviziją ir savirūpą.',
      venue: 'Panevėžio miesto viešoji biblioteka',
      agenda: [item('17:30', 'Mentoriaus vaidmuo'), item('18:30', 'Supervizijos grupė')],
      conclusions: 'Mentoriams reikia reguliarios supervizijos kas mėnesį.',
      followUpActions: [action('Organizuoti mėnesines supervizijas mentoriams', 'in_progress', 15, 'tiltai-centre')],
    },
    links: { integrationAreas: ['host-society'], targetGroups: ['host-community'] },
  },
  {
    key: 's-forum-spring',
    places: 60,
    type: 'forum',
    format: 'hybrid',
    startIn: 21,
    hours: ['10:00', '16:00'],
    municipality: 'vilnius-city',
    organisers: ['ministry-social', 'vilnius-municipality'],
    lt: {
      title: 'Integracijos forumas: pavasario sesija',
      summary: 'Aptarsime rudens forumo sprendimų įgyvendinimą ir kitų metų prioritetus.',
      venue: 'Vilniaus rotušė, Didžioji g. 31',
      agenda: [
        item('10:00', 'Ką padarėme nuo rudens forumo'),
        item('11:30', 'Savivaldybių integracijos planai'),
        item('14:00', 'Atviros darbo grupės'),
      ],
    },
    en: {
      title: 'Integration forum: spring session',
      summary: 'We will discuss how the autumn forum’s decisions were implemented and next year’s priorities.',
      venue: 'Vilnius Town Hall, Didžioji g. 31',
      agenda: [
        item('10:00', 'What we have done since the autumn forum'),
        item('11:30', 'Municipal integration plans'),
        item('14:00', 'Open working groups'),
      ],
    },
    links: {
      integrationAreas: ['governance', 'participation'],
      targetGroups: ['practitioners'],
      policyPriorities: ['p3', 'p5-2'],
    },
  },
  {
    key: 's-webinar-amif-applicants',
    type: 'webinar',
    format: 'online',
    startIn: 6,
    hours: ['11:00', '12:30'],
    organisers: ['cpva'],
    lt: {
      title: 'Vebinaras PMIF pareiškėjams: kaip parengti paraišką',
      summary: 'Agentūra paaiškins kvietimo sąlygas ir dažniausias paraiškų klaidas.',
      agenda: [
        item('11:00', 'Kvietimo sąlygos', 'Centrinė projektų valdymo agentūra'),
        item('11:45', 'Klausimai ir atsakymai'),
      ],
    },
    en: {
      title: 'Webinar for AMIF applicants: preparing an application',
      summary: 'The Agency will explain the call conditions and the most common mistakes in applications.',
      agenda: [
        item('11:00', 'Call conditions', 'Central Project Management Agency'),
        item('11:45', 'Questions and answers'),
      ],
    },
    links: { integrationAreas: ['reception', 'governance'], targetGroups: ['practitioners'], policyPriorities: ['p3'] },
  },
  {
    key: 's-seminar-schools',
    type: 'seminar',
    format: 'on_site',
    startIn: 35,
    hours: ['10:00', '14:00'],
    municipality: 'klaipeda-city',
    organisers: ['ministry-education', 'ukrainian-community-klaipeda'],
    lt: {
      title: 'Seminaras mokykloms: užsieniečių vaikų priėmimas',
      summary: 'Mokyklų vadovams ir mokytojams apie išlyginamąsias klases ir bendradarbiavimą su tėvais.',
      venue: 'Klaipėdos Vydūno gimnazija',
      agenda: [
        item('10:00', 'Teisinis reguliavimas', 'Švietimo, mokslo ir sporto ministerija'),
        item('11:30', 'Bendruomenės patirtis', 'Klaipėdos ukrainiečių bendruomenė'),
      ],
    },
    links: {
      integrationAreas: ['education'],
      targetGroups: ['children-youth', 'practitioners'],
      policyPriorities: ['p1-2'],
    },
  },
  {
    key: 's-roundtable-employers',
    type: 'round_table',
    format: 'on_site',
    startIn: 50,
    hours: ['15:00', '17:00'],
    municipality: 'kaunas-district',
    organisers: ['regional-employers', 'baltic-logistics'],
    lt: {
      title: 'Darbdavių apskritasis stalas: kalbos mokymas darbo vietoje',
      summary: 'Įmonės dalinsis patirtimi, kaip organizuoti kalbos kursus darbo metu.',
      venue: 'UAB „Baltijos logistikos sprendimai“ terminalas',
      agenda: [item('15:00', 'Atvejis: kursai vairuotojams'), item('16:00', 'Diskusija')],
    },
    en: {
      title: 'Employers’ round table: language learning at work',
      summary: 'Companies will share how they organise language courses during working hours.',
      venue: 'Baltic Logistics Solutions terminal',
      agenda: [item('15:00', 'Case: courses for drivers'), item('16:00', 'Discussion')],
    },
    links: { integrationAreas: ['labour', 'language'], targetGroups: ['labour-migrants'], policyPriorities: ['p2-2'] },
  },
  {
    key: 's-conference-eu-pact',
    type: 'conference',
    format: 'online',
    startIn: 80,
    hours: ['09:30', '13:00'],
    organisers: ['iom-vilnius', 'red-cross'],
    lt: {
      title: 'Konferencija: ES paktas ir ankstyvoji integracija',
      summary: 'Kaip pasirengti paktui ir pradėti integraciją dar prieglobsčio procedūros metu.',
      agenda: [item('09:30', 'Pakto apžvalga'), item('10:30', 'Ankstyvosios integracijos pavyzdžiai ES šalyse')],
    },
    en: {
      title: 'Conference: the EU Pact and early integration',
      summary: 'How to prepare for the Pact and start integration during the asylum procedure.',
      agenda: [item('09:30', 'Overview of the Pact'), item('10:30', 'Examples of early integration in EU countries')],
    },
    links: { integrationAreas: ['reception', 'legal-status'], targetGroups: ['asylum-seekers', 'practitioners'] },
  },
];

export const seminars: DemoEntry[] = SEMINARS.map((s) => ({
  key: s.key,
  data: {
    type: s.type,
    format: s.format,
    startAt: vilniusDateTime(s.startIn, s.hours[0]),
    endAt: vilniusDateTime(s.startIn, s.hours[1]),
    participantsCount: s.participants,
    registrationUrl: s.startIn > 0 && !s.places ? `https://renginiai.example.org/${s.key}` : undefined,
    platformRegistration: !!s.places,
    capacity: s.places,
    registrationDeadline: s.startIn > 0 ? vilniusDateTime(s.startIn - 3, '23:59') : undefined,
    recordingUrl: s.recording ? `https://video.example.org/${s.key}` : undefined,
  },
  lt: s.lt,
  en: s.en,
  links: { ...(s.municipality ? { municipality: s.municipality } : {}), organisers: s.organisers, ...s.links },
}));
