import { dateFromToday } from '../dates.ts';
import type { DemoEntry } from '../types.ts';

const roles = (...values: string[]) => values.map((role) => ({ role }));
const types = (...values: string[]) => values.map((type) => ({ type }));

type Request = {
  key: string;
  organisation: string;
  call?: string;
  expiresIn: number;
  status: string;
  roles: string[];
  partnerTypes: string[];
  contact: [string, string];
  lt: Record<string, string>;
  en?: Record<string, string>;
  links: Record<string, string | string[]>;
};

const REQUESTS: Request[] = [
  {
    key: 'pr-panevezys-centre',
    organisation: 'tiltai-centre',
    call: 'c-amif-regional-centres',
    expiresIn: 40,
    status: 'open',
    roles: ['lead'],
    partnerTypes: ['municipality'],
    contact: ['Ieva Jonaitienė', 'ieva@tiltai.example.org'],
    lt: {
      title: 'Ieškome savivaldybės partnerės integracijos centrui Panevėžyje',
      summary: 'NVO ieško savivaldybės, kartu teiksiančios paraišką PMIF kvietimui.',
      projectIdea:
        'Norime įsteigti integracijos paslaugų centrą, kuriame veiktų konsultacijos, kalbos kursai ir mentorystės programa. Mes būtume pareiškėjai, savivaldybė – partnerė.',
    },
    en: {
      title: 'Looking for a municipal partner for an integration centre in Panevėžys',
      summary: 'An NGO is looking for a municipality to apply together to the AMIF call.',
      projectIdea:
        'We want to set up an integration service centre offering advice, language courses and a mentoring programme. We would be the applicant, the municipality a partner.',
    },
    links: {
      integrationAreas: ['reception', 'language'],
      targetGroups: ['protection', 'family-members'],
      municipalities: ['panevezys-city', 'panevezys-district'],
      policyPriorities: ['p3'],
    },
  },
  {
    key: 'pr-klaipeda-language',
    organisation: 'ukrainian-community-klaipeda',
    call: 'c-amif-language-courses',
    expiresIn: 8,
    status: 'open',
    roles: ['partner', 'associated'],
    partnerTypes: ['ngo', 'research_institute'],
    contact: ['Oksana Melnyk', 'oksana@ukr-klaipeda.example.org'],
    lt: {
      title: 'Partneris kalbos kursams su vaikų priežiūra Klaipėdoje',
      summary: 'Bendruomenė ieško organizacijos, turinčios patirties organizuojant kalbos kursus.',
      projectIdea:
        'Turime patalpas ir dalyvius, ieškome partnerio, kuris turėtų kvalifikuotus lietuvių kalbos mokytojus.',
    },
    en: {
      title: 'Partner for language courses with childcare in Klaipėda',
      summary: 'A community is looking for an organisation experienced in running language courses.',
      projectIdea:
        'We have the premises and the participants; we are looking for a partner with qualified Lithuanian teachers.',
    },
    links: {
      integrationAreas: ['language'],
      targetGroups: ['temporary-protection', 'women'],
      municipalities: ['klaipeda-city'],
      policyPriorities: ['p1-1'],
    },
  },
  {
    key: 'pr-employers-mentoring',
    organisation: 'regional-employers',
    call: 'c-esf-employment',
    expiresIn: 4,
    status: 'in_discussion',
    roles: ['lead', 'partner'],
    partnerTypes: ['ngo', 'migrant_organisation'],
    contact: ['Mindaugas Stonys', 'mindaugas@darbdaviai.example.org'],
    lt: {
      title: 'Darbo vietos mentorystė: ieškome NVO ir migrantų organizacijų',
      summary: 'Asociacija rengia ESF+ projektą ir ieško partnerių, dirbančių su migrantais.',
      projectIdea: 'Projekte mentoriai įmonėse padėtų naujiems darbuotojams, o NVO – jų šeimoms.',
    },
    links: {
      integrationAreas: ['labour', 'family'],
      targetGroups: ['labour-migrants'],
      municipalities: ['panevezys-city', 'siauliai-city'],
      policyPriorities: ['p2-2'],
    },
  },
  {
    key: 'pr-research-evaluation',
    organisation: 'migration-research-institute',
    call: 'c-national-research',
    expiresIn: 50,
    status: 'open',
    roles: ['lead'],
    partnerTypes: ['municipality', 'ngo'],
    contact: ['Jonas Kazlauskas', 'jonas@migracijos-tyrimai.example.org'],
    lt: {
      title: 'Ieškome savivaldybių ir NVO integracijos priemonių vertinimui',
      summary: 'Tyrimo institutas kviečia savivaldybes ir NVO dalyvauti vertinant jų priemones.',
      projectIdea:
        'Vertinsime kalbos kursų ir mentorystės programų poveikį; partneriai suteiktų prieigą prie dalyvių ir duomenų.',
    },
    en: {
      title: 'Municipalities and NGOs wanted for an evaluation of integration measures',
      summary: 'A research institute invites municipalities and NGOs to have their measures evaluated.',
      projectIdea:
        'We will evaluate the impact of language courses and mentoring programmes; partners would give access to participants and data.',
    },
    links: {
      integrationAreas: ['governance', 'language'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
      policyPriorities: ['p5-1'],
    },
  },
  {
    key: 'pr-hate-crime-schools',
    organisation: 'diaspora-forum',
    call: 'c-eea-hate-crime',
    expiresIn: 70,
    status: 'open',
    roles: ['lead'],
    partnerTypes: ['research_institute', 'media'],
    contact: ['Amina Diallo', 'amina@diaspora-forum.example.org'],
    lt: {
      title: 'Projektas prieš diskriminaciją mokyklose: ieškome tyrėjų ir žiniasklaidos',
      summary: 'Norime išplėsti pamokas apie įvairovę ir įvertinti jų poveikį.',
      projectIdea: 'Pamokas vestume 100 mokyklų, tyrėjai vertintų poveikį, žiniasklaidos partneris parengtų kampaniją.',
    },
    en: {
      title: 'Anti-discrimination project in schools: researchers and media wanted',
      summary: 'We want to scale up our diversity lessons and measure their impact.',
      projectIdea:
        'We would teach in 100 schools, researchers would measure impact, and a media partner would run a campaign.',
    },
    links: {
      integrationAreas: ['equality', 'education'],
      targetGroups: ['children-youth', 'host-community'],
      municipalities: ['national'],
      policyPriorities: ['p4-1'],
    },
  },
  {
    key: 'pr-women-business',
    organisation: 'kaunas-municipality',
    call: 'c-esf-women',
    expiresIn: -10,
    status: 'found',
    roles: ['partner'],
    partnerTypes: ['ngo', 'social_partner'],
    contact: ['Rasa Petronytė', 'rasa@kaunas.example.org'],
    lt: {
      title: 'Partneris migrančių verslumo programai Kaune',
      summary: 'Savivaldybė ieškojo NVO partnerės verslumo programai.',
      projectIdea: 'Partneris rastas – programa vykdoma kartu su Regioninių darbdavių asociacija.',
    },
    en: {
      title: 'Partner for an entrepreneurship programme for migrant women in Kaunas',
      summary: 'The municipality was looking for an NGO partner for an entrepreneurship programme.',
      projectIdea: 'Partner found: the programme is run with the Regional Employers’ Association.',
    },
    links: {
      integrationAreas: ['labour', 'equality'],
      targetGroups: ['women'],
      municipalities: ['kaunas-city'],
      policyPriorities: ['p2'],
    },
  },
  {
    key: 'pr-health-interpreting',
    organisation: 'tiltai-centre',
    expiresIn: 25,
    status: 'open',
    roles: ['lead'],
    partnerTypes: ['municipality', 'business'],
    contact: ['Ieva Jonaitienė', 'ieva@tiltai.example.org'],
    lt: {
      title: 'Nuotolinio vertimo paslaugos plėtra į kitas savivaldybes',
      summary: 'Ieškome savivaldybių ir IT įmonės partnerių.',
      projectIdea: 'Norime pasiūlyti nuotolinį vertimą poliklinikoms visoje Šiaulių apskrityje.',
    },
    en: {
      title: 'Expanding remote interpreting to other municipalities',
      summary: 'Looking for municipalities and an IT company as partners.',
      projectIdea: 'We want to offer remote interpreting to clinics across Šiauliai county.',
    },
    links: {
      integrationAreas: ['health'],
      targetGroups: ['protection', 'temporary-protection'],
      municipalities: ['siauliai-district', 'radviliskis', 'joniskis'],
    },
  },
  {
    key: 'pr-students-stay',
    organisation: 'migration-research-institute',
    expiresIn: 15,
    status: 'open',
    roles: ['partner'],
    partnerTypes: ['municipality', 'business'],
    contact: ['Aistė Jankauskaitė', 'aiste@migracijos-tyrimai.example.org'],
    lt: {
      title: 'Studentų praktikos įmonėse: ieškome darbdavių',
      summary: 'Projektas, kuriame tarptautiniai studentai atlieka praktiką regionų įmonėse.',
      projectIdea: 'Ieškome įmonių, priimsiančių studentus praktikai, ir savivaldybių, padėsiančių su apgyvendinimu.',
    },
    links: {
      integrationAreas: ['education', 'labour'],
      targetGroups: ['students'],
      municipalities: ['kaunas-city', 'kedainiai'],
    },
  },
  {
    key: 'pr-civic-orientation-regions',
    organisation: 'iom-vilnius',
    expiresIn: 60,
    status: 'open',
    roles: ['lead'],
    partnerTypes: ['municipality', 'other'],
    contact: ['Tomas Vaitkus', 'tomas@iom.example.org'],
    lt: {
      title: 'Pilietinės orientacijos kursai regionuose: ieškome vietos partnerių',
      summary: 'Ieškome bibliotekų ir savivaldybių, kurios priimtų kursus.',
      projectIdea: 'Kursus vestume bibliotekose mažesniuose miestuose, vietos partneriai padėtų pasiekti dalyvius.',
    },
    en: {
      title: 'Civic orientation courses in the regions: local partners wanted',
      summary: 'Looking for libraries and municipalities to host the courses.',
      projectIdea:
        'We would hold courses in libraries in smaller towns, with local partners helping to reach participants.',
    },
    links: {
      integrationAreas: ['reception', 'participation'],
      targetGroups: ['labour-migrants', 'family-members'],
      municipalities: ['utena', 'alytus-city', 'taurage', 'telsiai'],
    },
  },
  {
    key: 'pr-legal-aid-network',
    organisation: 'red-cross',
    expiresIn: 30,
    status: 'in_discussion',
    roles: ['lead', 'partner'],
    partnerTypes: ['ngo', 'research_institute'],
    contact: ['Dovilė Šimkutė', 'dovile@redcross.example.org'],
    lt: {
      title: 'Teisinės pagalbos tinklas prieglobsčio prašytojams',
      summary: 'Kuriame NVO ir universitetų teisės klinikų tinklą.',
      projectIdea: 'Teisės studentai, prižiūrimi teisininkų, konsultuotų prieglobsčio prašytojus.',
    },
    en: {
      title: 'Legal aid network for asylum seekers',
      summary: 'Building a network of NGOs and university law clinics.',
      projectIdea: 'Law students supervised by lawyers would advise asylum seekers.',
    },
    links: {
      integrationAreas: ['legal-status'],
      targetGroups: ['asylum-seekers', 'unaccompanied-minors'],
      municipalities: ['vilnius-city', 'alytus-city'],
    },
  },
  {
    key: 'pr-media-regional',
    organisation: 'new-neighbours-media',
    expiresIn: -5,
    status: 'closed',
    roles: ['partner'],
    partnerTypes: ['ngo', 'migrant_organisation'],
    contact: ['Gintarė Laurinavičiūtė', 'gintare@naujiejikaimynai.example.org'],
    lt: {
      title: 'Reportažų ciklas apie migrantus regionuose',
      summary: 'Ieškojome organizacijų regionuose, padėsiančių rasti pašnekovų.',
      projectIdea: 'Ciklas jau parengtas; kvietimas uždarytas.',
    },
    en: {
      title: 'Series of reports on migrants in the regions',
      summary: 'We were looking for organisations in the regions to help find interviewees.',
      projectIdea: 'The series has been produced; the request is closed.',
    },
    links: { integrationAreas: ['host-society'], targetGroups: ['host-community'], municipalities: ['national'] },
  },
  {
    key: 'pr-vilnius-neighbourhood',
    organisation: 'diaspora-forum',
    call: 'c-vilnius-communities',
    expiresIn: 20,
    status: 'open',
    roles: ['lead'],
    partnerTypes: ['ngo', 'other'],
    contact: ['Amina Diallo', 'amina@diaspora-forum.example.org'],
    lt: {
      title: 'Kaimynystės šventės Vilniaus mikrorajonuose',
      summary: 'Ieškome bendruomenių centrų ir bibliotekų partnerių.',
      projectIdea:
        'Surengtume keturias kaimynystės šventes, kuriose vietos ir atvykę gyventojai gamintų ir vaišintųsi kartu.',
    },
    en: {
      title: 'Neighbourhood festivals in Vilnius districts',
      summary: 'Looking for community centres and libraries as partners.',
      projectIdea:
        'We would hold four neighbourhood festivals where local and newly arrived residents cook and eat together.',
    },
    links: {
      integrationAreas: ['host-society', 'participation'],
      targetGroups: ['host-community', 'labour-migrants'],
      municipalities: ['vilnius-city'],
    },
  },
];

export const partnerRequests: DemoEntry[] = REQUESTS.map((r) => ({
  key: r.key,
  data: {
    expiresAt: dateFromToday(r.expiresIn),
    requestStatus: r.status,
    rolesSought: roles(...r.roles),
    partnerTypesSought: types(...r.partnerTypes),
    origin: 'editor',
    moderationStatus: 'accepted',
    contactName: r.contact[0],
    contactEmail: r.contact[1],
  },
  lt: r.lt,
  en: r.en,
  links: { organisation: r.organisation, ...(r.call ? { fundingCall: r.call } : {}), ...r.links },
}));
