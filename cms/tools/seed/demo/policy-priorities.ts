import type { DemoEntry } from '../types.ts';

const GUIDELINES = {
  title: 'Užsieniečių integracijos politikos gairės 2024–2030 m. (demonstracinis dokumentas)',
  url: 'https://e-seimas.example.org/integracijos-gaires',
  kind: 'guidelines',
};
const ACTION_PLAN = {
  title: 'Užsieniečių integracijos veiksmų planas 2024–2026 m. (demonstracinis dokumentas)',
  url: 'https://e-seimas.example.org/integracijos-veiksmu-planas',
  kind: 'action_plan',
};
const VILNIUS_PLAN = {
  title: 'Vilniaus miesto užsieniečių integracijos priemonių planas 2025–2027 m.',
  url: 'https://vilnius.example.org/integracijos-planas',
  kind: 'municipal_plan',
};

const indicator = (
  name: string,
  unit: string,
  baseline: number,
  baselineYear: number,
  target: number,
  targetYear: number,
) => ({
  name,
  unit,
  baseline,
  baselineYear,
  target,
  targetYear,
});

type Priority = DemoEntry & { links: Record<string, string | string[]> };

export const policyPriorities: Priority[] = [
  {
    key: 'p1',
    data: {
      code: '1',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2030,
      implementationStatus: 'in_progress',
      sourceDocument: GUIDELINES,
    },
    lt: {
      title: 'Kalba ir švietimas',
      summary: 'Kiekvienas atvykęs asmuo turi galimybę išmokti lietuvių kalbą, o vaikai – sėkmingai mokytis mokykloje.',
      description:
        'Kalba yra integracijos pagrindas. Prioritetas apima suaugusiųjų kalbos mokymą ir pagalbą mokykloms.',
      indicators: [indicator('Užsieniečiai, išlaikę B1 lygio egzaminą per metus', 'asm.', 1850, 2023, 4000, 2030)],
    },
    en: {
      title: 'Language and education',
      summary: 'Everyone who arrives can learn Lithuanian, and children can do well at school.',
      description:
        'Language is the foundation of integration. This priority covers language learning for adults and support for schools.',
      indicators: [indicator('Foreigners passing the B1 exam per year', 'persons', 1850, 2023, 4000, 2030)],
    },
    links: {
      integrationAreas: ['language', 'education'],
      targetGroups: ['children-youth', 'labour-migrants'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p1-1',
    data: {
      code: '1.1',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2026,
      implementationStatus: 'in_progress',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Nemokami lietuvių kalbos kursai iki B1 lygio visiems atvykusiems',
      summary: 'Kursai prieinami visose apskrityse, vakarais ir nuotoliu, su vaikų priežiūra užsiėmimų metu.',
      indicators: [
        indicator('Apskritys, kuriose vyksta nemokami kursai', 'apskr.', 4, 2023, 10, 2026),
        indicator('Kursų dalyviai per metus', 'asm.', 3200, 2023, 7000, 2026),
      ],
    },
    en: {
      title: 'Free Lithuanian courses up to B1 for all newcomers',
      summary: 'Courses available in every county, in the evening and online, with childcare during classes.',
      indicators: [
        indicator('Counties offering free courses', 'counties', 4, 2023, 10, 2026),
        indicator('Course participants per year', 'persons', 3200, 2023, 7000, 2026),
      ],
    },
    links: {
      parent: 'p1',
      integrationAreas: ['language'],
      targetGroups: ['labour-migrants', 'family-members', 'protection'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p1-2',
    data: {
      code: '1.2',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2026,
      implementationStatus: 'delayed',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Išlyginamosios klasės ir pagalba mokykloms',
      summary:
        'Mokyklos gauna papildomą finansavimą, mokytojų padėjėjus ir metodinę pagalbą užsieniečių vaikams ugdyti.',
      indicators: [indicator('Mokyklos su išlyginamosiomis klasėmis', 'mok.', 38, 2023, 80, 2026)],
    },
    en: {
      title: 'Bridging classes and support for schools',
      summary: 'Schools receive extra funding, teaching assistants and guidance for teaching foreign children.',
      indicators: [indicator('Schools with bridging classes', 'schools', 38, 2023, 80, 2026)],
    },
    links: {
      parent: 'p1',
      integrationAreas: ['education', 'language'],
      targetGroups: ['children-youth', 'unaccompanied-minors'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p2',
    data: {
      code: '2',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2030,
      implementationStatus: 'in_progress',
      sourceDocument: GUIDELINES,
    },
    lt: {
      title: 'Užimtumas ir įgūdžių panaudojimas',
      summary: 'Užsieniečiai dirba pagal savo kvalifikaciją, o darbdaviai prisideda prie jų integracijos.',
      indicators: [indicator('Trečiųjų šalių piliečių užimtumo lygis', '%', 71, 2023, 78, 2030)],
    },
    en: {
      title: 'Employment and use of skills',
      summary: 'Foreigners work in line with their qualifications, and employers contribute to their integration.',
      indicators: [indicator('Employment rate of third-country nationals', '%', 71, 2023, 78, 2030)],
    },
    links: {
      integrationAreas: ['labour'],
      targetGroups: ['labour-migrants', 'protection'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p2-1',
    data: {
      code: '2.1',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2026,
      implementationStatus: 'planned',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Paprastesnis užsienyje įgytų kvalifikacijų pripažinimas',
      summary: 'Vienas elektroninis prašymas, aiškūs terminai ir dalinis pripažinimas, kai trūksta dokumentų.',
      indicators: [indicator('Vidutinė pripažinimo trukmė', 'd.', 95, 2023, 45, 2026)],
    },
    en: {
      title: 'Simpler recognition of qualifications gained abroad',
      summary: 'One online application, clear deadlines and partial recognition when documents are missing.',
      indicators: [indicator('Average time to recognition', 'days', 95, 2023, 45, 2026)],
    },
    links: {
      parent: 'p2',
      integrationAreas: ['labour', 'education'],
      targetGroups: ['labour-migrants', 'protection'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p2-2',
    data: {
      code: '2.2',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2026,
      implementationStatus: 'in_progress',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Darbdavių įtraukimas į integraciją',
      summary: 'Darbdaviai organizuoja kalbos mokymą darbo vietoje ir padeda darbuotojų šeimoms.',
      indicators: [indicator('Darbdaviai, dalyvaujantys integracijos programose', 'įm.', 60, 2023, 250, 2026)],
    },
    en: {
      title: 'Involving employers in integration',
      summary: 'Employers organise language learning at work and help the families of their staff.',
      indicators: [indicator('Employers taking part in integration programmes', 'companies', 60, 2023, 250, 2026)],
    },
    links: {
      parent: 'p2',
      integrationAreas: ['labour', 'language', 'family'],
      targetGroups: ['labour-migrants', 'family-members'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p3',
    data: {
      code: '3',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2030,
      implementationStatus: 'in_progress',
      sourceDocument: GUIDELINES,
    },
    lt: {
      title: 'Integracijos paslaugos savivaldybėse',
      summary: 'Integracija vyksta ten, kur žmonės gyvena: savivaldybės planuoja ir teikia paslaugas.',
    },
    en: {
      title: 'Integration services in municipalities',
      summary: 'Integration happens where people live: municipalities plan and deliver services.',
    },
    links: {
      integrationAreas: ['reception', 'social', 'governance'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p3-1',
    data: {
      code: '3.1',
      level: 'municipal',
      periodStart: 2025,
      periodEnd: 2027,
      implementationStatus: 'implemented',
      sourceDocument: VILNIUS_PLAN,
    },
    lt: {
      title: 'Vieno langelio centrai didžiuosiuose miestuose',
      summary:
        'Vilniuje, Kaune ir Klaipėdoje veikia centrai, kuriuose atvykusieji gauna visą informaciją vienoje vietoje.',
      indicators: [indicator('Veikiantys vieno langelio centrai', 'centr.', 1, 2024, 3, 2027)],
    },
    en: {
      title: 'One-stop centres in the largest cities',
      summary: 'Vilnius, Kaunas and Klaipėda run centres where newcomers get all the information in one place.',
      indicators: [indicator('One-stop centres in operation', 'centres', 1, 2024, 3, 2027)],
    },
    links: {
      parent: 'p3',
      integrationAreas: ['reception'],
      targetGroups: ['labour-migrants', 'family-members'],
      municipalities: ['vilnius-city', 'kaunas-city', 'klaipeda-city'],
    },
  },
  {
    key: 'p3-2',
    data: {
      code: '3.2',
      level: 'municipal',
      periodStart: 2025,
      periodEnd: 2030,
      implementationStatus: 'planned',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Integracijos planai visose savivaldybėse, kuriose gyvena daug užsieniečių',
      summary: 'Savivaldybės, kuriose užsieniečiai sudaro daugiau kaip 3 % gyventojų, patvirtina integracijos planus.',
      indicators: [indicator('Savivaldybės su patvirtintu planu', 'sav.', 5, 2024, 20, 2030)],
    },
    links: {
      parent: 'p3',
      integrationAreas: ['governance'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p4',
    data: {
      code: '4',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2030,
      implementationStatus: 'in_progress',
      sourceDocument: GUIDELINES,
    },
    lt: {
      title: 'Lygios galimybės ir nediskriminavimas',
      summary: 'Užsieniečiai saugūs nuo diskriminacijos, o visuomenė geriau pažįsta naujuosius kaimynus.',
    },
    en: {
      title: 'Equal opportunities and non-discrimination',
      summary: 'Foreigners are protected from discrimination and society gets to know its new neighbours.',
    },
    // Housing is in the priority but no demo work addresses it: the coverage matrix shows the gap.
    links: {
      integrationAreas: ['equality', 'host-society', 'housing'],
      targetGroups: ['host-community'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p4-1',
    data: {
      code: '4.1',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2026,
      implementationStatus: 'in_progress',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Neapykantos nusikaltimų ir diskriminacijos prevencija',
      summary: 'Policijos ir savivaldybių darbuotojų mokymai, paprastesnis pranešimas apie incidentus.',
    },
    en: {
      title: 'Preventing hate crime and discrimination',
      summary: 'Training for police and municipal staff, and easier reporting of incidents.',
    },
    links: {
      parent: 'p4',
      integrationAreas: ['equality'],
      targetGroups: ['host-community', 'practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p5',
    data: {
      code: '5',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2030,
      implementationStatus: 'planned',
      sourceDocument: GUIDELINES,
    },
    lt: {
      title: 'Duomenys, stebėsena ir migrantų dalyvavimas',
      summary: 'Politika grindžiama duomenimis, o migrantai dalyvauja ją kuriant.',
    },
    en: {
      title: 'Data, monitoring and migrant participation',
      summary: 'Policy rests on data, and migrants take part in shaping it.',
    },
    links: {
      integrationAreas: ['governance', 'participation'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p5-1',
    data: {
      code: '5.1',
      level: 'national',
      periodStart: 2024,
      periodEnd: 2026,
      implementationStatus: 'planned',
      sourceDocument: ACTION_PLAN,
    },
    lt: {
      title: 'Integracijos rodiklių sistema',
      summary: 'Kasmet skelbiami integracijos rodikliai pagal Zaragosos rodiklių rinkinį.',
    },
    en: {
      title: 'Integration indicator system',
      summary: 'Integration indicators published every year, following the Zaragoza indicator set.',
    },
    links: {
      parent: 'p5',
      integrationAreas: ['governance'],
      targetGroups: ['practitioners'],
      municipalities: ['national'],
    },
  },
  {
    key: 'p5-2',
    data: {
      code: '5.2',
      level: 'eu',
      periodStart: 2021,
      periodEnd: 2027,
      implementationStatus: 'in_progress',
      sourceDocument: {
        title: 'ES integracijos ir įtraukties veiksmų planas 2021–2027 m.',
        url: 'https://eur-lex.example.org/integration-action-plan',
        kind: 'action_plan',
      },
    },
    lt: {
      title: 'Migrantų dalyvavimas konsultacijose ir patariamosiose tarybose',
      summary: 'Migrantų organizacijos deleguoja atstovus į savivaldybių ir nacionalines tarybas.',
    },
    en: {
      title: 'Migrant participation in consultations and advisory councils',
      summary: 'Migrant organisations delegate representatives to municipal and national councils.',
    },
    links: {
      parent: 'p5',
      integrationAreas: ['participation'],
      targetGroups: ['labour-migrants', 'protection'],
      municipalities: ['national'],
    },
  },
];
