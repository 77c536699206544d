import { vilniusDateTime } from '../dates.ts';
import type { DemoEntry } from '../types.ts';

const types = (...values: string[]) => values.map((type) => ({ type }));

type Call = {
  key: string; funder: string; programme: string; callNumber: string;
  opens: number; deadline: number; budget: number; min?: number; max?: number; coFinancing?: number;
  applicants: string[]; partnership: boolean;
  lt: Record<string, string>; en?: Record<string, string>;
  links: Record<string, string | string[]>;
};

const CALLS: Call[] = [
  {
    key: 'c-amif-regional-centres', funder: 'cpva', programme: 'amif', callNumber: 'PMIF-2026-01',
    opens: -20, deadline: 45, budget: 3200000, min: 150000, max: 600000, coFinancing: 10,
    applicants: ['municipality', 'ngo', 'migrant_organisation'], partnership: true,
    lt: { title: 'Integracijos paslaugų centrai regionuose', summary: 'Finansuojamas integracijos paslaugų centrų steigimas ir veikla savivaldybėse, kuriose daugėja užsieniečių.', description: 'Kvietimo tikslas – kad integracijos paslaugos būtų prieinamos ne tik didžiuosiuose miestuose.', supportedActivities: '- Konsultacijos ir informavimas\n- Lietuvių kalbos kursai\n- Bendruomenių renginiai' },
    en: { title: 'Integration service centres in the regions', summary: 'Funding to set up and run integration service centres in municipalities with growing numbers of foreigners.', description: 'The call aims to make integration services available beyond the largest cities.', supportedActivities: '- Advice and information\n- Lithuanian courses\n- Community events' },
    links: { integrationAreas: ['reception', 'social', 'language'], targetGroups: ['labour-migrants', 'family-members', 'protection'], municipalities: ['national'], policyPriorities: ['p3', 'p3-2'] },
  },
  {
    key: 'c-amif-language-courses', funder: 'cpva', programme: 'amif', callNumber: 'PMIF-2026-02',
    opens: -40, deadline: 9, budget: 1500000, min: 50000, max: 250000, coFinancing: 10,
    applicants: ['ngo', 'research_institute', 'business', 'municipality'], partnership: false,
    lt: { title: 'Lietuvių kalbos kursai suaugusiems užsieniečiams', summary: 'Kalbos kursų nuo A1 iki B1 organizavimas, įskaitant nuotolinius ir vakarinius kursus.', supportedActivities: 'Kursų organizavimas, mokytojų kvalifikacijos tobulinimas, vaikų priežiūra užsiėmimų metu.' },
    en: { title: 'Lithuanian courses for adult foreigners', summary: 'Organising language courses from A1 to B1, including online and evening courses.', supportedActivities: 'Running courses, teacher training, childcare during classes.' },
    links: { integrationAreas: ['language'], targetGroups: ['labour-migrants', 'family-members'], municipalities: ['national'], policyPriorities: ['p1-1'] },
  },
  {
    key: 'c-esf-employment', funder: 'employment-service', programme: 'esf_plus', callNumber: 'ESF+-08.2-UZT',
    opens: -60, deadline: 5, budget: 2000000, min: 100000, max: 400000, coFinancing: 15,
    applicants: ['ngo', 'social_partner', 'business'], partnership: true,
    lt: { title: 'Užsieniečių integracija į darbo rinką', summary: 'Projektai, padedantys užsieniečiams įsidarbinti pagal kvalifikaciją.', supportedActivities: 'Karjeros konsultacijos, kvalifikacijų pripažinimo pagalba, mentorystė darbo vietoje.' },
    en: { title: 'Integration of foreigners into the labour market', summary: 'Projects that help foreigners find work matching their qualifications.', supportedActivities: 'Career advice, help with recognition of qualifications, mentoring at work.' },
    links: { integrationAreas: ['labour'], targetGroups: ['labour-migrants', 'protection', 'women'], municipalities: ['national'], policyPriorities: ['p2', 'p2-1', 'p2-2'] },
  },
  {
    key: 'c-eea-hate-crime', funder: 'ministry-interior', programme: 'eea_norway_grants', callNumber: 'EEE-2026-NDP',
    opens: 15, deadline: 75, budget: 800000, min: 40000, max: 150000, coFinancing: 15,
    applicants: ['ngo', 'migrant_organisation', 'research_institute', 'media'], partnership: false,
    lt: { title: 'Neapykantos nusikaltimų ir diskriminacijos prevencija', summary: 'Finansuojami švietimo, stebėsenos ir pagalbos nukentėjusiems projektai.', supportedActivities: 'Mokymai, informavimo kampanijos, pagalba nukentėjusiems.' },
    en: { title: 'Preventing hate crime and discrimination', summary: 'Funding for education, monitoring and victim support projects.', supportedActivities: 'Training, awareness campaigns, support for victims.' },
    links: { integrationAreas: ['equality', 'host-society'], targetGroups: ['host-community', 'practitioners'], municipalities: ['national'], policyPriorities: ['p4-1'] },
  },
  {
    key: 'c-swiss-municipal-capacity', funder: 'ministry-social', programme: 'swiss_contribution', callNumber: 'SW-2027-01',
    opens: 40, deadline: 120, budget: 1200000, min: 80000, max: 300000, coFinancing: 15,
    applicants: ['municipality', 'agency'], partnership: true,
    lt: { title: 'Savivaldybių gebėjimai planuoti integraciją', summary: 'Parama savivaldybėms rengti ir įgyvendinti integracijos planus.', supportedActivities: 'Duomenų rinkimas, planų rengimas, darbuotojų mokymai.' },
    en: { title: 'Municipal capacity to plan integration', summary: 'Support for municipalities to draft and implement integration plans.', supportedActivities: 'Data collection, drafting plans, staff training.' },
    links: { integrationAreas: ['governance'], targetGroups: ['practitioners'], municipalities: ['national'], policyPriorities: ['p3-2', 'p5-1'] },
  },
  {
    key: 'c-vilnius-communities', funder: 'vilnius-municipality', programme: 'municipal', callNumber: 'VMS-BEND-2026',
    opens: -10, deadline: 30, budget: 150000, min: 2000, max: 15000, coFinancing: 0,
    applicants: ['ngo', 'migrant_organisation', 'other'], partnership: false,
    lt: { title: 'Vilniaus bendruomenių iniciatyvos', summary: 'Nedidelės dotacijos renginiams ir veikloms, jungiančioms vietos ir atvykusius gyventojus.', supportedActivities: 'Kaimynystės renginiai, kalbų klubai, savanorystė.' },
    en: { title: 'Vilnius community initiatives', summary: 'Small grants for events and activities that bring local and newly arrived residents together.', supportedActivities: 'Neighbourhood events, language clubs, volunteering.' },
    links: { integrationAreas: ['host-society', 'participation'], targetGroups: ['host-community', 'labour-migrants'], municipalities: ['vilnius-city'] },
  },
  {
    key: 'c-kaunas-students', funder: 'kaunas-municipality', programme: 'municipal', callNumber: 'KMS-2026-STUD',
    opens: -90, deadline: -15, budget: 80000, min: 5000, max: 20000, coFinancing: 10,
    applicants: ['ngo', 'research_institute'], partnership: false,
    lt: { title: 'Tarptautinių studentų įsitraukimas į miesto gyvenimą', summary: 'Projektai, padedantys studentams likti Kaune po studijų.', supportedActivities: 'Karjeros renginiai, kalbos kursai, savanorystė.' },
    en: { title: 'International students in city life', summary: 'Projects helping students stay in Kaunas after their studies.', supportedActivities: 'Career events, language courses, volunteering.' },
    links: { integrationAreas: ['education', 'labour'], targetGroups: ['students'], municipalities: ['kaunas-city'] },
  },
  {
    key: 'c-foundation-small-grants', funder: 'open-doors-foundation', programme: 'private_foundation', callNumber: 'AD-2026',
    opens: -120, deadline: -45, budget: 60000, min: 1000, max: 5000, coFinancing: 0,
    applicants: ['ngo', 'migrant_organisation', 'other'], partnership: false,
    lt: { title: '„Atvirų durų“ mažosios dotacijos 2026', summary: 'Dotacijos migrantų organizacijų ir bendruomenių iniciatyvoms.', supportedActivities: 'Bendruomenių renginiai, savitarpio pagalbos grupės.' },
    en: { title: 'Open Doors small grants 2026', summary: 'Grants for initiatives of migrant organisations and communities.', supportedActivities: 'Community events, self-help groups.' },
    links: { integrationAreas: ['host-society', 'participation'], targetGroups: ['host-community'], municipalities: ['national'], policyPriorities: ['p5-2'] },
  },
  {
    key: 'c-amif-health', funder: 'cpva', programme: 'amif', callNumber: 'PMIF-2025-04',
    opens: -200, deadline: -100, budget: 900000, min: 60000, max: 200000, coFinancing: 10,
    applicants: ['ngo', 'municipality', 'agency'], partnership: false,
    lt: { title: 'Psichikos sveikatos paslaugos tarptautinės apsaugos gavėjams', summary: 'Psichosocialinės pagalbos ir vertimo sveikatos įstaigose projektai.', supportedActivities: 'Psichologų konsultacijos, vertimas, specialistų mokymai.' },
    en: { title: 'Mental health services for beneficiaries of international protection', summary: 'Projects for psychosocial support and interpreting in health services.', supportedActivities: 'Psychologists’ consultations, interpreting, training for professionals.' },
    links: { integrationAreas: ['health'], targetGroups: ['protection', 'asylum-seekers', 'unaccompanied-minors'], municipalities: ['national'] },
  },
  {
    key: 'c-national-research', funder: 'ministry-social', programme: 'national', callNumber: 'SADM-TYR-2026',
    opens: -5, deadline: 60, budget: 250000, min: 30000, max: 80000, coFinancing: 0,
    applicants: ['research_institute'], partnership: false,
    lt: { title: 'Taikomieji integracijos politikos tyrimai', summary: 'Tyrimai, vertinantys integracijos priemonių poveikį.', supportedActivities: 'Vertinimai, apklausos, duomenų analizė.' },
    en: { title: 'Applied research on integration policy', summary: 'Studies assessing the impact of integration measures.', supportedActivities: 'Evaluations, surveys, data analysis.' },
    links: { integrationAreas: ['governance'], targetGroups: ['practitioners'], municipalities: ['national'], policyPriorities: ['p5', 'p5-1'] },
  },
  {
    key: 'c-klaipeda-schools', funder: 'ministry-education', programme: 'national', callNumber: 'SMSM-2026-IK',
    opens: 5, deadline: 50, budget: 600000, min: 20000, max: 60000, coFinancing: 0,
    applicants: ['municipality'], partnership: false,
    lt: { title: 'Išlyginamųjų klasių steigimas', summary: 'Finansavimas savivaldybių mokykloms, steigiančioms išlyginamąsias klases.', supportedActivities: 'Mokytojų padėjėjų etatai, metodinė medžiaga.' },
    links: { integrationAreas: ['education', 'language'], targetGroups: ['children-youth'], municipalities: ['national'], policyPriorities: ['p1-2'] },
  },
  {
    key: 'c-esf-women', funder: 'cpva', programme: 'esf_plus', callNumber: 'ESF+-04.1-MOT',
    opens: -150, deadline: -20, budget: 700000, min: 40000, max: 120000, coFinancing: 15,
    applicants: ['ngo', 'social_partner', 'municipality'], partnership: true,
    lt: { title: 'Migrančių moterų užimtumas ir verslumas', summary: 'Projektai, didinantys migrančių moterų užimtumą.', supportedActivities: 'Verslumo mokymai, mentorystė, vaikų priežiūra.' },
    en: { title: 'Employment and entrepreneurship of migrant women', summary: 'Projects raising the employment of migrant women.', supportedActivities: 'Entrepreneurship training, mentoring, childcare.' },
    links: { integrationAreas: ['labour', 'equality'], targetGroups: ['women'], municipalities: ['national'], policyPriorities: ['p2'] },
  },
];

export const fundingCalls: DemoEntry[] = CALLS.map((call) => ({
  key: call.key,
  data: {
    programme: call.programme,
    callNumber: call.callNumber,
    opensAt: vilniusDateTime(call.opens, '09:00'),
    deadlineAt: vilniusDateTime(call.deadline, '23:59'),
    budgetEur: call.budget,
    minGrantEur: call.min,
    maxGrantEur: call.max,
    coFinancingRate: call.coFinancing,
    eligibleApplicantTypes: types(...call.applicants),
    partnershipRequired: call.partnership,
    callUrl: `https://kvietimai.example.org/${call.callNumber.toLowerCase()}`,
  },
  lt: call.lt,
  en: call.en,
  links: { funder: call.funder, ...call.links },
}));
