import type { DemoEntry } from '../types.ts';

/** A service an organisation runs; `priority` (a priority key, resolved by the seed) is the policy priority it serves. */
const service = (name: string, description: string, languages: string, priority?: string) => ({
  name,
  description,
  languages,
  ...(priority ? { priority } : {}),
});

export const organisations: DemoEntry[] = [
  {
    key: 'ministry-social',
    data: {
      type: 'state_institution',
      website: 'https://socmin.lrv.lt',
      openToPartnership: true,
      contactEmail: 'integracija@socmin.example.org',
    },
    lt: {
      name: 'Socialinės apsaugos ir darbo ministerija',
      summary: 'Koordinuoja užsieniečių integracijos politiką ir tarpinstitucinį bendradarbiavimą.',
      description:
        'Ministerija formuoja užsieniečių integracijos politiką, rengia integracijos veiksmų planus ir kasmet teikia pažangos ataskaitas. Ji kviečia savivaldybes, nevyriausybines organizacijas ir tyrėjus dalyvauti rengiant priemones.',
    },
    en: {
      name: 'Ministry of Social Security and Labour',
      summary: 'Coordinates the integration policy for foreigners and cooperation between institutions.',
      description:
        'The Ministry shapes the integration policy for foreigners, drafts the integration action plans and reports on progress every year. It invites municipalities, NGOs and researchers to take part in designing measures.',
    },
    links: {
      policyPriorities: ['p1', 'p1-1', 'p2', 'p3', 'p3-2', 'p4', 'p5', 'p5-2'],
      municipality: 'vilnius-city',
      integrationAreas: ['governance', 'social', 'labour'],
      targetGroups: ['practitioners'],
    },
  },
  {
    key: 'ministry-interior',
    data: {
      type: 'state_institution',
      website: 'https://vrm.lrv.lt',
      openToPartnership: false,
      contactEmail: 'pmif@vrm.example.org',
    },
    lt: {
      name: 'Vidaus reikalų ministerija',
      summary: 'Atsakinga už migracijos politiką ir Prieglobsčio, migracijos ir integracijos fondo (PMIF) programą.',
      description:
        'Ministerija formuoja migracijos ir prieglobsčio politiką ir yra PMIF programos vadovaujančioji institucija Lietuvoje.',
    },
    en: {
      name: 'Ministry of the Interior',
      summary: 'Responsible for migration policy and the Asylum, Migration and Integration Fund (AMIF) programme.',
      description:
        'The Ministry shapes migration and asylum policy and is the managing authority of the AMIF programme in Lithuania.',
    },
    links: {
      policyPriorities: ['p4-1'],
      municipality: 'vilnius-city',
      integrationAreas: ['legal-status', 'reception', 'governance'],
      targetGroups: ['asylum-seekers', 'protection'],
    },
  },
  {
    key: 'ministry-education',
    data: {
      type: 'state_institution',
      website: 'https://smsm.lrv.lt',
      openToPartnership: true,
      contactEmail: 'svietimas@smsm.example.org',
    },
    lt: {
      name: 'Švietimo, mokslo ir sporto ministerija',
      summary: 'Rūpinasi užsieniečių vaikų ugdymu ir lietuvių kalbos mokymu mokyklose.',
      description:
        'Ministerija nustato, kaip mokyklos priima užsieniečių vaikus, finansuoja išlyginamąsias klases ir lietuvių kalbos mokymą.',
    },
    en: {
      name: 'Ministry of Education, Science and Sport',
      summary: 'Looks after the schooling of foreign children and Lithuanian language teaching in schools.',
      description:
        'The Ministry sets out how schools admit foreign children and funds bridging classes and Lithuanian language teaching.',
    },
    links: {
      policyPriorities: ['p1', 'p1-2', 'p2-1'],
      municipality: 'vilnius-city',
      integrationAreas: ['education', 'language'],
      targetGroups: ['children-youth'],
    },
  },
  {
    key: 'migration-department',
    data: {
      type: 'agency',
      website: 'https://migracija.lrv.lt',
      openToPartnership: false,
      contactEmail: 'info@migracija.example.org',
    },
    lt: {
      name: 'Migracijos departamentas prie Vidaus reikalų ministerijos',
      summary: 'Išduoda leidimus gyventi, nagrinėja prieglobsčio prašymus ir pilietybės bylas.',
      description:
        'Departamentas aptarnauja užsieniečius per migracijos informacinę sistemą MIGRIS, konsultuoja dėl teisinio statuso ir renka migracijos statistiką.',
      services: [
        service(
          'Konsultacijos dėl leidimų gyventi',
          'Telefonu ir el. paštu apie dokumentus, terminus ir procedūras.',
          'lt, en, ru',
        ),
      ],
    },
    en: {
      name: 'Migration Department under the Ministry of the Interior',
      summary: 'Issues residence permits and handles asylum applications and citizenship cases.',
      description:
        'The Department serves foreigners through the MIGRIS migration information system, advises on legal status and collects migration statistics.',
      services: [
        service(
          'Advice on residence permits',
          'By phone and e-mail on documents, deadlines and procedures.',
          'lt, en, ru',
        ),
      ],
    },
    links: {
      policyPriorities: ['p5-1'],
      municipality: 'vilnius-city',
      integrationAreas: ['legal-status', 'nationality', 'family', 'governance'],
      targetGroups: ['labour-migrants', 'students', 'family-members', 'asylum-seekers'],
    },
  },
  {
    key: 'employment-service',
    data: {
      type: 'agency',
      website: 'https://uzt.lt',
      openToPartnership: true,
      contactEmail: 'partnerystes@uzt.example.org',
    },
    lt: {
      name: 'Užimtumo tarnyba',
      summary: 'Padeda užsieniečiams rasti darbą, mokytis ir pripažinti kvalifikaciją.',
      description:
        'Tarnyba registruoja darbo ieškančius užsieniečius, siūlo profesinį mokymą, lietuvių kalbos kursus ir įdarbinimo subsidijas darbdaviams.',
      services: [
        service(
          'Karjeros konsultacijos',
          'Individualūs pokalbiai apie darbo paiešką ir mokymąsi.',
          'lt, en, ru, uk',
          'p2-2',
        ),
        service('Lietuvių kalbos kursai bedarbiams', 'A1–B1 lygio kursai, finansuojami tarnybos.', 'lt', 'p1-1'),
      ],
    },
    en: {
      name: 'Employment Service',
      summary: 'Helps foreigners find work, train and have their qualifications recognised.',
      description:
        'The Service registers foreign jobseekers and offers vocational training, Lithuanian courses and hiring subsidies for employers.',
      services: [
        service(
          'Career counselling',
          'One-to-one conversations about job search and training.',
          'lt, en, ru, uk',
          'p2-2',
        ),
        service('Lithuanian courses for jobseekers', 'Courses from A1 to B1, paid for by the Service.', 'lt', 'p1-1'),
      ],
    },
    links: {
      policyPriorities: ['p1-1', 'p2', 'p2-2'],
      municipality: 'national',
      integrationAreas: ['labour', 'language'],
      targetGroups: ['labour-migrants', 'protection', 'temporary-protection'],
    },
  },
  {
    key: 'cpva',
    data: {
      type: 'agency',
      website: 'https://www.cpva.lt',
      openToPartnership: false,
      contactEmail: 'kvietimai@cpva.example.org',
    },
    lt: {
      name: 'Centrinė projektų valdymo agentūra',
      summary: 'Skelbia kvietimus ir administruoja ES fondų projektus, tarp jų PMIF ir ESF+.',
      description: 'Agentūra skelbia kvietimus teikti paraiškas, vertina jas ir prižiūri projektų įgyvendinimą.',
    },
    en: {
      name: 'Central Project Management Agency',
      summary: 'Publishes calls and administers EU-funded projects, including AMIF and ESF+.',
      description:
        'The Agency publishes calls for proposals, evaluates applications and monitors how projects are carried out.',
    },
    links: { municipality: 'vilnius-city', integrationAreas: ['governance'], targetGroups: ['practitioners'] },
  },
  {
    key: 'vilnius-municipality',
    data: {
      type: 'municipality',
      website: 'https://vilnius.lt',
      openToPartnership: true,
      contactEmail: 'integracija@vilnius.example.org',
    },
    lt: {
      name: 'Vilniaus miesto savivaldybės administracija',
      summary: 'Įgyvendina miesto užsieniečių integracijos planą ir koordinuoja „International House Vilnius“.',
      description:
        'Savivaldybė finansuoja lietuvių kalbos kursus, socialines paslaugas ir bendruomenių renginius, o vieno langelio centras padeda atvykusiems susitvarkyti reikalus vienoje vietoje.',
      services: [
        service(
          'Vieno langelio konsultacijos',
          'Pagalba dėl deklaravimo, mokyklų, sveikatos priežiūros ir socialinių paslaugų.',
          'lt, en, ru, uk',
          'p3-1',
        ),
      ],
    },
    en: {
      name: 'Vilnius City Municipality Administration',
      summary:
        'Carries out the city plan for the integration of foreigners and coordinates International House Vilnius.',
      description:
        'The municipality funds Lithuanian courses, social services and community events, and its one-stop centre helps newcomers sort out their affairs in one place.',
      services: [
        service(
          'One-stop advice',
          'Help with registering residence, schools, health care and social services.',
          'lt, en, ru, uk',
          'p3-1',
        ),
      ],
    },
    links: {
      policyPriorities: ['p3-1'],
      municipality: 'vilnius-city',
      integrationAreas: ['reception', 'social', 'language', 'host-society'],
      targetGroups: ['labour-migrants', 'family-members', 'temporary-protection'],
    },
  },
  {
    key: 'kaunas-municipality',
    data: {
      type: 'municipality',
      website: 'https://www.kaunas.lt',
      openToPartnership: true,
      contactEmail: 'migracija@kaunas.example.org',
    },
    lt: {
      name: 'Kauno miesto savivaldybės administracija',
      summary: 'Rengia Kauno užsieniečių integracijos priemonių planą ir remia bendruomenių iniciatyvas.',
      description:
        'Kaunas bendradarbiauja su universitetais ir darbdaviais, kad studentai ir darbuotojai iš trečiųjų šalių liktų mieste.',
    },
    en: {
      name: 'Kaunas City Municipality Administration',
      summary: 'Drafts the Kaunas plan of integration measures and supports community initiatives.',
      description:
        'Kaunas works with universities and employers so that students and workers from third countries stay in the city.',
    },
    links: {
      policyPriorities: ['p3-1'],
      municipality: 'kaunas-city',
      integrationAreas: ['host-society', 'labour', 'education'],
      targetGroups: ['students', 'labour-migrants'],
    },
  },
  {
    key: 'social-research-centre',
    data: {
      type: 'research_institute',
      website: 'https://www.lstc.lt',
      openToPartnership: true,
      contactEmail: 'migracija@lstc.example.org',
    },
    lt: {
      name: 'Lietuvos socialinių mokslų centras',
      summary: 'Tiria migraciją, darbo rinką ir etninius santykius Lietuvoje.',
      description:
        'Centro Etninių tyrimų institutas atlieka visuomenės nuostatų apklausas ir vertina integracijos priemones.',
    },
    en: {
      name: 'Lithuanian Centre for Social Sciences',
      summary: 'Researches migration, the labour market and ethnic relations in Lithuania.',
      description:
        "The Centre's Institute for Ethnic Studies runs surveys of public attitudes and evaluates integration measures.",
    },
    links: {
      policyPriorities: ['p5-1'],
      municipality: 'vilnius-city',
      integrationAreas: ['governance', 'equality', 'host-society'],
      targetGroups: ['practitioners', 'host-community'],
    },
  },
  {
    key: 'migration-research-institute',
    data: {
      type: 'research_institute',
      website: 'https://migracijos-tyrimai.example.org',
      openToPartnership: true,
      contactEmail: 'institutas@migracijos-tyrimai.example.org',
    },
    lt: {
      name: 'Kauno migracijos tyrimų institutas',
      summary: 'Nepriklausomas institutas, tiriantis studentų ir darbo migrantų integraciją regionuose.',
      description:
        'Institutas jungia sociologus, ekonomistus ir teisininkus. Jis atlieka kokybinius tyrimus savivaldybėse ir rengia politikos rekomendacijas.',
    },
    en: {
      name: 'Kaunas Institute for Migration Research',
      summary: 'An independent institute studying how students and labour migrants settle in the regions.',
      description:
        'The institute brings together sociologists, economists and lawyers. It carries out qualitative studies in municipalities and writes policy recommendations.',
    },
    links: {
      municipality: 'kaunas-city',
      integrationAreas: ['labour', 'education', 'governance'],
      targetGroups: ['students', 'labour-migrants'],
    },
  },
  {
    key: 'red-cross',
    data: {
      type: 'ngo',
      website: 'https://www.redcross.lt',
      openToPartnership: true,
      contactEmail: 'migracija@redcross.example.org',
    },
    lt: {
      name: 'Lietuvos Raudonojo Kryžiaus draugija',
      summary: 'Teikia teisinę ir psichosocialinę pagalbą prieglobsčio prašytojams ir pabėgėliams.',
      description:
        'Draugija lanko užsieniečių registracijos centrus, konsultuoja dėl teisių ir padeda ieškoti artimųjų.',
      services: [
        service(
          'Nemokama teisinė konsultacija',
          'Teisininkų konsultacijos dėl prieglobsčio ir šeimos susijungimo.',
          'lt, en, ru, ar, fr',
        ),
        service('Psichosocialinė pagalba', 'Individualūs ir grupiniai užsiėmimai.', 'lt, en, ru'),
      ],
    },
    en: {
      name: 'Lithuanian Red Cross Society',
      summary: 'Provides legal and psychosocial support to asylum seekers and refugees.',
      description:
        'The Society visits foreigners registration centres, advises people on their rights and helps them trace relatives.',
      services: [
        service('Free legal advice', 'Lawyers advise on asylum and family reunification.', 'lt, en, ru, ar, fr'),
        service('Psychosocial support', 'Individual and group sessions.', 'lt, en, ru'),
      ],
    },
    links: {
      municipality: 'vilnius-city',
      integrationAreas: ['legal-status', 'health', 'family', 'reception'],
      targetGroups: ['asylum-seekers', 'protection', 'unaccompanied-minors'],
    },
  },
  {
    key: 'tiltai-centre',
    data: {
      type: 'ngo',
      website: 'https://tiltai.example.org',
      openToPartnership: true,
      contactEmail: 'labas@tiltai.example.org',
    },
    lt: {
      name: 'Integracijos centras „Tiltai“',
      summary: 'Šiaulių ir Panevėžio regionuose veikiantis centras: kalbos klubai, mentorystė ir vertimas.',
      description:
        'Centras veikia nuo 2016 m. Savanoriai mentoriai padeda naujai atvykusiems šeimoms susipažinti su miestu, o kalbos klubai vyksta kas savaitę.',
      services: [
        service(
          'Lietuvių kalbos klubai',
          'Kas savaitę vykstantys pokalbių susitikimai su savanoriais.',
          'lt, en, ru',
          'p1-1',
        ),
        service('Mentorystės programa', 'Savanoris mentorius lydi šeimą pirmus šešis mėnesius.', 'lt, en', 'p4'),
      ],
    },
    en: {
      name: 'Bridges Integration Centre',
      summary: 'A centre working in the Šiauliai and Panevėžys regions: language clubs, mentoring and interpreting.',
      description:
        'The centre has worked since 2016. Volunteer mentors help newly arrived families find their way around town, and language clubs meet every week.',
      services: [
        service('Lithuanian conversation clubs', 'Weekly conversation meetings with volunteers.', 'lt, en, ru', 'p1-1'),
        service(
          'Mentoring programme',
          'A volunteer mentor accompanies a family for its first six months.',
          'lt, en',
          'p4',
        ),
      ],
    },
    links: {
      municipality: 'siauliai-city',
      integrationAreas: ['language', 'host-society', 'reception'],
      targetGroups: ['family-members', 'protection', 'women'],
    },
  },
  {
    key: 'ukrainian-community-klaipeda',
    data: {
      type: 'migrant_organisation',
      website: 'https://ukr-klaipeda.example.org',
      openToPartnership: true,
      contactEmail: 'bendruomene@ukr-klaipeda.example.org',
    },
    lt: {
      name: 'Klaipėdos ukrainiečių bendruomenė',
      summary: 'Vienija Klaipėdos krašte gyvenančius ukrainiečius, organizuoja savitarpio pagalbą ir vaikų užimtumą.',
      description: 'Bendruomenė veikia savanorystės pagrindu, bendradarbiauja su mokyklomis ir savivaldybe.',
      services: [
        service('Savaitgalio mokyklėlė vaikams', 'Ukrainų ir lietuvių kalbos, menų užsiėmimai.', 'uk, lt', 'p1-2'),
      ],
    },
    en: {
      name: 'Ukrainian Community of Klaipėda',
      summary:
        'Brings together Ukrainians living in the Klaipėda region, organising mutual help and activities for children.',
      description: 'The community is run by volunteers and works with schools and the municipality.',
      services: [
        service(
          'Weekend school for children',
          'Ukrainian and Lithuanian language and arts activities.',
          'uk, lt',
          'p1-2',
        ),
      ],
    },
    links: {
      municipality: 'klaipeda-city',
      integrationAreas: ['education', 'host-society', 'social'],
      targetGroups: ['temporary-protection', 'children-youth', 'women'],
    },
  },
  {
    key: 'diaspora-forum',
    data: {
      type: 'migrant_organisation',
      website: 'https://diaspora-forum.example.org',
      openToPartnership: true,
      contactEmail: 'forum@diaspora-forum.example.org',
    },
    lt: {
      name: 'Afrikos diasporos forumas Lietuvoje',
      summary: 'Migrantų organizacija, atstovaujanti Afrikos kilmės žmonėms ir kovojanti su diskriminacija.',
      description:
        'Forumas rengia viešas diskusijas, švietimo užsiėmimus mokykloms ir konsultuoja patyrusius diskriminaciją.',
    },
    en: {
      name: 'African Diaspora Forum Lithuania',
      summary: 'A migrant organisation representing people of African descent and fighting discrimination.',
      description:
        'The Forum holds public debates, runs awareness sessions in schools and advises people who have faced discrimination.',
    },
    links: {
      municipality: 'vilnius-city',
      integrationAreas: ['equality', 'participation', 'host-society'],
      targetGroups: ['students', 'labour-migrants', 'host-community'],
    },
  },
  {
    key: 'iom-vilnius',
    data: {
      type: 'international_organisation',
      website: 'https://lithuania.iom.int',
      openToPartnership: true,
      contactEmail: 'iomvilnius@iom.example.org',
    },
    lt: {
      name: 'Tarptautinės migracijos organizacijos Vilniaus biuras',
      summary: 'Informuoja migrantus, rengia specialistų mokymus ir padeda grįžtantiesiems.',
      description:
        'Biuras administruoja Migracijos informacijos centrą, rengia mokymus savivaldybių darbuotojams ir vykdo savanoriško grįžimo programas.',
      services: [
        service(
          'Migracijos informacijos centras',
          'Konsultacijos apie gyvenimą ir darbą Lietuvoje.',
          'lt, en, ru, uk',
          'p3',
        ),
      ],
    },
    en: {
      name: 'International Organization for Migration, Vilnius Office',
      summary: 'Informs migrants, trains practitioners and supports people who return.',
      description:
        'The office runs the Migration Information Centre, trains municipal staff and carries out assisted voluntary return programmes.',
      services: [
        service('Migration Information Centre', 'Advice on living and working in Lithuania.', 'lt, en, ru, uk', 'p3'),
      ],
    },
    links: {
      municipality: 'vilnius-city',
      integrationAreas: ['reception', 'labour', 'governance'],
      targetGroups: ['labour-migrants', 'practitioners'],
    },
  },
  {
    key: 'regional-employers',
    data: {
      type: 'social_partner',
      website: 'https://darbdaviai.example.org',
      openToPartnership: true,
      contactEmail: 'info@darbdaviai.example.org',
    },
    lt: {
      name: 'Regioninių darbdavių asociacija',
      summary: 'Vienija vidutines ir mažas įmones regionuose, atstovauja jas trišalėje taryboje.',
      description:
        'Asociacija konsultuoja narius dėl užsieniečių įdarbinimo, organizuoja mokymus apie įvairovę darbo vietoje.',
    },
    links: {
      municipality: 'panevezys-city',
      integrationAreas: ['labour', 'equality'],
      targetGroups: ['labour-migrants', 'host-community'],
    },
  },
  {
    key: 'baltic-logistics',
    data: {
      type: 'business',
      website: 'https://baltic-logistics.example.org',
      openToPartnership: true,
      contactEmail: 'hr@baltic-logistics.example.org',
    },
    lt: {
      name: 'UAB „Baltijos logistikos sprendimai“',
      summary: 'Transporto įmonė, įdarbinanti per 300 vairuotojų iš trečiųjų šalių.',
      description: 'Įmonė savo darbuotojams organizuoja lietuvių kalbos kursus darbo metu ir padeda šeimoms atvykti.',
    },
    en: {
      name: 'Baltic Logistics Solutions',
      summary: 'A transport company employing more than 300 drivers from third countries.',
      description:
        'The company runs Lithuanian courses for its staff during working hours and helps their families move.',
    },
    links: {
      municipality: 'kaunas-district',
      integrationAreas: ['labour', 'language', 'family'],
      targetGroups: ['labour-migrants'],
    },
  },
  {
    key: 'new-neighbours-media',
    // No contact address: its page offers no contact form (the site shows one only where a message can be relayed).
    data: { type: 'media', website: 'https://naujiejikaimynai.example.org', openToPartnership: true },
    lt: {
      name: 'Naujienų portalas „Naujieji kaimynai“',
      summary: 'Interneto žiniasklaida apie migraciją ir įvairovę, rašanti lietuvių, anglų ir ukrainiečių kalbomis.',
      description:
        'Redakcija rengia reportažus iš regionų ir mokymus žurnalistams apie etišką migracijos temų nušvietimą.',
    },
    en: {
      name: 'New Neighbours online media',
      summary: 'Online media on migration and diversity, publishing in Lithuanian, English and Ukrainian.',
      description: 'The newsroom reports from the regions and trains journalists to cover migration ethically.',
    },
    links: {
      municipality: 'vilnius-city',
      integrationAreas: ['host-society', 'equality'],
      targetGroups: ['host-community'],
    },
  },
  {
    key: 'panevezys-library',
    data: {
      type: 'other',
      website: 'https://biblioteka.example.org',
      openToPartnership: true,
      contactEmail: 'renginiai@biblioteka.example.org',
    },
    lt: {
      name: 'Panevėžio miesto viešoji biblioteka',
      summary: 'Biblioteka, kurioje veikia kalbų kavinė ir konsultacijos atvykusiems.',
      description:
        'Kas mėnesį rengiamos kalbų kavinės, skaitymai vaikams keliomis kalbomis ir kompiuterinio raštingumo užsiėmimai.',
    },
    links: {
      municipality: 'panevezys-city',
      integrationAreas: ['language', 'host-society'],
      targetGroups: ['family-members', 'children-youth'],
    },
  },
  {
    key: 'open-doors-foundation',
    data: {
      type: 'other',
      website: 'https://atvirosdurys.example.org',
      openToPartnership: false,
      contactEmail: 'fondas@atvirosdurys.example.org',
    },
    lt: {
      name: 'Labdaros ir paramos fondas „Atviros durys“',
      summary: 'Privatus fondas, remiantis bendruomenių iniciatyvas ir migrantų organizacijas.',
      description: 'Fondas kasmet skelbia nedidelių dotacijų konkursą vietos bendruomenėms.',
    },
    en: {
      name: 'Open Doors Foundation',
      summary: 'A private foundation supporting community initiatives and migrant organisations.',
      description: 'Every year the Foundation runs a small-grants competition for local communities.',
    },
    links: {
      municipality: 'national',
      integrationAreas: ['host-society', 'participation'],
      targetGroups: ['host-community'],
    },
  },
];
