import { dateFromToday } from '../dates.ts';
import type { DemoEntry } from '../types.ts';

export const newsItems: DemoEntry[] = [
  {
    key: 'n-action-plan-progress',
    data: {
      date: dateFromToday(-2),
      level: 'national',
      kind: 'policy',
      sourceUrl: 'https://socmin.example.org/naujienos/pazangos-ataskaita',
    },
    lt: {
      title: 'Paskelbta integracijos veiksmų plano pažangos ataskaita',
      coverAlt: 'Abstrakti iliustracija: geltonas apskritimas mėlyname fone',
      summary: 'Ministerija skelbia, kiek priemonių įgyvendinta per pirmuosius metus ir kur vėluojama.',
      body: 'Socialinės apsaugos ir darbo ministerija paskelbė pirmųjų veiksmų plano metų ataskaitą. **Įgyvendinta 14 iš 31 priemonės**, vėluojama steigti išlyginamąsias klases regionuose.\n\nAtaskaitoje pažymima, kad nemokami lietuvių kalbos kursai jau vyksta septyniose apskrityse. Nevyriausybinės organizacijos kviečiamos teikti pastabas iki kito mėnesio pabaigos.',
    },
    en: {
      title: 'Progress report on the integration action plan published',
      coverAlt: 'Abstract illustration: a yellow circle on a blue background',
      summary: 'The Ministry reports how many measures were carried out in the first year and where there are delays.',
      body: 'The Ministry of Social Security and Labour has published its report on the first year of the action plan. **14 of 31 measures have been implemented**; setting up bridging classes in the regions is behind schedule.\n\nThe report notes that free Lithuanian courses now run in seven counties. NGOs are invited to send comments by the end of next month.',
    },
    links: {
      sourceOrganisation: 'ministry-social',
      integrationAreas: ['governance', 'language'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-migris-update',
    data: {
      date: dateFromToday(-5),
      level: 'national',
      kind: 'legal',
      sourceUrl: 'https://migracija.example.org/naujienos/migris',
    },
    lt: {
      title: 'Nuo kitų metų – nauja leidimų gyventi prašymų tvarka',
      summary: 'Prašymus pakeisti leidimą gyventi bus galima pateikti tik per MIGRIS, o nagrinėjimo terminai trumpės.',
      body: 'Migracijos departamentas informuoja apie Užsieniečių teisinės padėties įstatymo pakeitimus. Prašymai keisti leidimą gyventi dėl darbdavio pasikeitimo bus nagrinėjami per 30 dienų.\n\nKonsultacijos teikiamos lietuvių, anglų ir rusų kalbomis.',
    },
    en: {
      title: 'New procedure for residence permit applications from next year',
      summary:
        'Requests to change a residence permit will go only through MIGRIS, and processing times will be shorter.',
      body: 'The Migration Department informs about amendments to the Law on the Legal Status of Aliens. Requests to change a residence permit after a change of employer will be handled within 30 days.\n\nAdvice is available in Lithuanian, English and Russian.',
    },
    links: {
      sourceOrganisation: 'migration-department',
      integrationAreas: ['legal-status', 'labour'],
      targetGroups: ['labour-migrants'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-kaunas-welcome-days',
    data: { date: dateFromToday(-9), level: 'local', kind: 'event' },
    lt: {
      title: 'Kaune surengtos pirmosios „Sveiki atvykę“ dienos tarptautiniams studentams',
      coverAlt: 'Abstrakti iliustracija: šviesūs apskritimai žaliame fone',
      summary:
        'Daugiau nei 400 studentų iš trečiųjų šalių susipažino su miestu, savivaldybės paslaugomis ir darbdaviais.',
      body: 'Renginį organizavo Kauno miesto savivaldybė kartu su universitetais. Studentai galėjo iš karto deklaruoti gyvenamąją vietą ir užsiregistruoti lietuvių kalbos kursams.',
    },
    en: {
      title: 'Kaunas holds its first Welcome Days for international students',
      coverAlt: 'Abstract illustration: light circles on a green background',
      summary: 'More than 400 students from third countries got to know the city, municipal services and employers.',
      body: 'The event was organised by Kaunas City Municipality together with the universities. Students could register their residence and sign up for Lithuanian courses on the spot.',
    },
    links: {
      sourceOrganisation: 'kaunas-municipality',
      integrationAreas: ['reception', 'education'],
      targetGroups: ['students'],
      municipalities: ['kaunas-city'],
    },
  },
  {
    key: 'n-eu-pact-implementation',
    data: { date: dateFromToday(-14), level: 'eu', kind: 'policy', sourceUrl: 'https://home-affairs.example.org/pact' },
    lt: {
      title: 'ES migracijos ir prieglobsčio paktas: ką reiškia integracijai',
      summary: 'Paktas keičia prieglobsčio procedūras, tačiau integracija lieka valstybių narių atsakomybe.',
      body: 'Europos Komisija paskelbė gaires, kaip valstybės narės turėtų pasirengti paktui. Lietuvai svarbiausi pokyčiai – pasienio procedūros ir solidarumo mechanizmas.\n\nNVO atkreipia dėmesį, kad ankstyvoji integracija, ypač kalbos mokymas, turėtų prasidėti dar prieglobsčio procedūros metu.',
    },
    en: {
      title: 'EU Pact on Migration and Asylum: what it means for integration',
      summary: 'The Pact changes asylum procedures, while integration remains the responsibility of member states.',
      body: 'The European Commission has published guidance on how member states should prepare for the Pact. For Lithuania the most important changes are border procedures and the solidarity mechanism.\n\nNGOs point out that early integration, especially language learning, should start during the asylum procedure.',
    },
    links: {
      integrationAreas: ['legal-status', 'reception'],
      targetGroups: ['asylum-seekers', 'practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-survey-attitudes',
    data: { date: dateFromToday(-20), level: 'national', kind: 'research' },
    lt: {
      title: 'Apklausa: daugiau gyventojų pažįsta kaimyną užsienietį',
      summary: 'Kas trečias gyventojas turi pažįstamą iš trečiųjų šalių, o nuostatos tampa palankesnės.',
      body: 'Lietuvos socialinių mokslų centro apklausa rodo, kad asmeninė pažintis su užsieniečiais yra stipriausias palankių nuostatų veiksnys. Didžiausi skirtumai išlieka tarp didžiųjų miestų ir kaimo vietovių.',
    },
    en: {
      title: 'Survey: more people know a foreign neighbour',
      summary: 'One in three residents knows someone from a third country, and attitudes are becoming more positive.',
      body: 'A survey by the Lithuanian Centre for Social Sciences shows that knowing foreigners personally is the strongest factor behind positive attitudes. The largest differences remain between the big cities and rural areas.',
    },
    links: {
      sourceOrganisation: 'social-research-centre',
      integrationAreas: ['host-society', 'equality'],
      targetGroups: ['host-community'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-klaipeda-weekend-school',
    data: { date: dateFromToday(-26), level: 'local', kind: 'social' },
    lt: {
      title: 'Klaipėdoje atidaryta savaitgalio mokyklėlė ukrainiečių vaikams',
      coverAlt: 'Abstrakti iliustracija: gelsvi apskritimai oranžiniame fone',
      summary: 'Bendruomenės savanoriai kiekvieną šeštadienį moko vaikus ukrainų ir lietuvių kalbų.',
      body: 'Mokyklėlė įsikūrė vienos gimnazijos patalpose. Ją jau lanko 60 vaikų, o tėvams tuo metu vyksta lietuvių kalbos pokalbių klubas.',
    },
    links: {
      sourceOrganisation: 'ukrainian-community-klaipeda',
      integrationAreas: ['education', 'language'],
      targetGroups: ['temporary-protection', 'children-youth'],
      municipalities: ['klaipeda-city'],
    },
  },
  {
    key: 'n-amif-call-announced',
    data: { date: dateFromToday(-30), level: 'national', kind: 'funding' },
    lt: {
      title: 'Skelbiamas PMIF kvietimas integracijos paslaugoms regionuose',
      summary: 'Savivaldybės ir NVO kviečiamos teikti paraiškas integracijos paslaugų centrams steigti.',
      body: 'Centrinė projektų valdymo agentūra paskelbė kvietimą, kurio biudžetas – 3,2 mln. eurų. Partnerystė tarp savivaldybės ir nevyriausybinės organizacijos yra privaloma.\n\nPartnerių galima ieškoti šios platformos partnerių paieškos skiltyje.',
    },
    en: {
      title: 'AMIF call for integration services in the regions announced',
      summary: 'Municipalities and NGOs are invited to apply for funding to set up integration service centres.',
      body: 'The Central Project Management Agency has published a call with a budget of EUR 3.2 million. A partnership between a municipality and an NGO is required.\n\nPartners can be found in the partner search section of this platform.',
    },
    links: {
      sourceOrganisation: 'cpva',
      integrationAreas: ['reception', 'social'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-employers-language',
    data: { date: dateFromToday(-35), level: 'national', kind: 'social' },
    lt: {
      title: 'Darbdaviai vis dažniau organizuoja kalbos kursus darbo vietoje',
      summary: 'Logistikos ir statybos įmonės pastebi, kad kalbos mokymas mažina darbuotojų kaitą.',
      body: 'Regioninių darbdavių asociacijos duomenimis, pernai kalbos kursus darbo vietoje organizavo 48 narės. Įmonės pabrėžia, kad kursai veiksmingiausi, kai vyksta darbo laiku.',
    },
    en: {
      title: 'More employers organise language courses at work',
      summary: 'Logistics and construction companies find that language learning reduces staff turnover.',
      body: 'According to the Regional Employers’ Association, 48 members organised language courses at work last year. Companies stress that courses work best when held during working hours.',
    },
    links: {
      sourceOrganisation: 'regional-employers',
      integrationAreas: ['labour', 'language'],
      targetGroups: ['labour-migrants'],
      municipalities: ['panevezys-city', 'kaunas-district'],
    },
  },
  {
    key: 'n-council-migrant-reps',
    data: { date: dateFromToday(-41), level: 'local', kind: 'institutional' },
    lt: {
      title: 'Vilniaus migrantų patariamojoje taryboje – nauji nariai',
      summary: 'Tarybą papildė atstovai iš Afrikos diasporos forumo ir ukrainiečių bendruomenės.',
      body: 'Taryba teikia pasiūlymus savivaldybei dėl integracijos priemonių plano. Posėdžiai vyksta kas ketvirtį ir yra atviri stebėtojams.',
    },
    en: {
      title: 'New members join the Vilnius migrant advisory council',
      summary: 'Representatives of the African Diaspora Forum and the Ukrainian community joined the council.',
      body: 'The council makes proposals to the municipality on its integration plan. It meets every quarter and its meetings are open to observers.',
    },
    links: {
      sourceOrganisation: 'vilnius-municipality',
      integrationAreas: ['participation'],
      targetGroups: ['labour-migrants', 'temporary-protection'],
      municipalities: ['vilnius-city'],
    },
  },
  {
    key: 'n-oecd-outlook',
    data: {
      date: dateFromToday(-48),
      level: 'international',
      kind: 'research',
      sourceUrl: 'https://oecd.example.org/migration-outlook',
    },
    lt: {
      title: 'EBPO migracijos apžvalga: Lietuvoje sparčiausiai auga darbo migracija',
      summary: 'Tarptautinė apžvalga pažymi, kad Lietuva tapo imigracijos šalimi.',
      body: 'EBPO kasmetinėje apžvalgoje Lietuva minima tarp šalių, kuriose darbo migracija per penkerius metus išaugo daugiausia. Rekomenduojama daugiau investuoti į kalbos mokymą ir šeimų integraciją.',
    },
    en: {
      title: 'OECD migration outlook: labour migration grows fastest in Lithuania',
      summary: 'The international review notes that Lithuania has become a country of immigration.',
      body: 'The OECD annual outlook lists Lithuania among the countries where labour migration grew most over five years. It recommends more investment in language learning and the integration of families.',
    },
    links: {
      integrationAreas: ['labour', 'governance'],
      targetGroups: ['labour-migrants', 'family-members'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-health-interpreting',
    data: { date: dateFromToday(-55), level: 'local', kind: 'social' },
    lt: {
      title: 'Šiaulių poliklinikose – nuotolinis vertimas pacientams',
      summary: 'Bandomasis projektas leidžia gydytojui per kelias minutes prisijungti vertėją.',
      body: 'Projektą įgyvendina integracijos centras „Tiltai“ kartu su savivaldybe. Per tris mėnesius paslauga pasinaudota 210 kartų, dažniausiai – arabų ir ukrainiečių kalbomis.',
    },
    en: {
      title: 'Remote interpreting for patients in Šiauliai clinics',
      summary: 'A pilot project lets a doctor bring in an interpreter within minutes.',
      body: 'The project is run by the Bridges Integration Centre together with the municipality. In three months the service was used 210 times, most often for Arabic and Ukrainian.',
    },
    links: {
      sourceOrganisation: 'tiltai-centre',
      integrationAreas: ['health'],
      targetGroups: ['protection', 'temporary-protection'],
      municipalities: ['siauliai-city'],
    },
  },
  {
    key: 'n-citizenship-exam',
    data: { date: dateFromToday(-62), level: 'national', kind: 'legal' },
    lt: {
      title: 'Keičiasi pilietybės egzamino tvarka',
      summary: 'Konstitucijos pagrindų egzaminą bus galima laikyti kompiuteriu keliuose miestuose.',
      body: 'Nauja tvarka įsigalios nuo kitų metų. Egzamino klausimų pavyzdžiai bus skelbiami viešai, o pasirengimo kursus siūlys keli mokymo centrai.',
    },
    en: {
      title: 'Changes to the citizenship exam',
      summary: 'The exam on the basics of the Constitution will be taken on computers in several cities.',
      body: 'The new procedure takes effect next year. Sample questions will be published, and several training centres will offer preparation courses.',
    },
    links: {
      sourceOrganisation: 'migration-department',
      integrationAreas: ['nationality'],
      targetGroups: ['labour-migrants', 'family-members'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-media-guide',
    data: { date: dateFromToday(-70), level: 'national', kind: 'institutional' },
    lt: {
      title: 'Žurnalistams – gairės, kaip rašyti apie migraciją',
      summary: 'Naujos gairės padeda vengti stereotipų ir suteikti balsą patiems migrantams.',
      body: 'Gaires parengė portalas „Naujieji kaimynai“ kartu su Afrikos diasporos forumu. Jose – terminų žodynėlis ir patarimai, kaip kalbinti pažeidžiamus žmones.',
    },
    en: {
      title: 'Guidelines for journalists on reporting migration',
      summary: 'New guidelines help avoid stereotypes and give migrants themselves a voice.',
      body: 'The guidelines were prepared by New Neighbours online media with the African Diaspora Forum. They include a glossary of terms and advice on interviewing vulnerable people.',
    },
    links: {
      sourceOrganisation: 'new-neighbours-media',
      integrationAreas: ['host-society', 'equality'],
      targetGroups: ['host-community', 'practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'n-draft-red-cross-report',
    draft: true,
    data: { date: dateFromToday(0), level: 'national', kind: 'research' },
    lt: {
      title: 'Juodraštis: Raudonojo Kryžiaus stebėsenos ataskaita',
      summary: 'Dar nepaskelbta naujiena apie stebėsenos ataskaitą.',
      body: 'Šis tekstas laukia redaktoriaus peržiūros ir neturi pasirodyti svetainėje.',
    },
    links: { sourceOrganisation: 'red-cross', integrationAreas: ['legal-status'], municipalities: ['national'] },
  },
];
