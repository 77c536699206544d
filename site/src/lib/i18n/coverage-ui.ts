import type { Locale } from '@mip/shared-types';
import type { CoverageFilter, CoverageKind } from '../coverage.ts';
import { formatNumber } from '../format.ts';
import { enumLabel } from './ui.ts';

// Words of the coverage matrix, its lists, partner matching and the follow-up pages.

const strings = {
  lt: {
    title: 'Prioritetų aprėptis',
    intro:
      'Valstybės ir savivaldybių integracijos prioritetai greta to, kas iš tikrųjų daroma: kiekvienas langelis rodo, kiek su prioritetu susietų darbų yra toje integracijos srityje.',
    caption: 'Prioritetai (eilutės) ir integracijos sritys (stulpeliai): susietų darbų skaičius',
    priority: 'Prioritetas',
    total: 'Iš viso',
    unlinkedRow: 'Nesusieta su jokiu prioritetu',
    filters: 'Rodyti',
    all: 'Visi',
    municipality: 'Savivaldybė',
    level: 'Lygmuo',
    period: 'Laikotarpis',
    detailed: 'Rodyti ir papildomus prioritetus',
    summary: 'Rodyti tik pagrindinius prioritetus',
    includesSub: (n: number) => `su ${formatNumber('lt', n)} papild. prioritetais`,
    legend: 'Kaip skaityti lentelę',
    legendCount: 'Skaičius – kiek darbų susieta su prioritetu šioje srityje; nuoroda veda į jų sąrašą.',
    legendGap: 'Spraga: prioritetas apima šią sritį, bet su juo nesusieta nieko.',
    legendNone: 'Brūkšnys: sritis nėra prioriteto dalis ir nieko nesusieta.',
    gapMark: 'Spraga',
    gapsTitle: 'Spragos',
    gapsIntro: 'Prioritetai ir jų sritys, kuriose nėra jokio susieto darbo.',
    noGaps: 'Šiame rodinyje spragų nėra.',
    unlinkedTitle: 'Darbai, nesusieti su prioritetais',
    unlinkedIntro: (n: number) => `${formatNumber('lt', n)} darb. nesusieta su jokiu prioritetu.`,
    unlinkedLink: 'Žiūrėti sąrašą',
    noPriorities: 'Šiame rodinyje prioritetų nėra.',
    cellLabel: (count: number, priority: string, area: string) => `${priority}, ${area}: ${formatNumber('lt', count)}`,
    listTitle: (subject: string) => `Kas daroma: ${subject}`,
    unlinkedListTitle: 'Darbai, nesusieti su prioritetais',
    listIntro: 'Darbai pagal integracijos sritį. Darbas, apimantis kelias sritis, rodomas kiekvienoje iš jų.',
    noArea: 'Be srities',
    backToMatrix: 'Atgal į aprėpties lentelę',
    openData: 'Lentelės duomenys',
    coverageOfPriority: 'Šio prioriteto aprėptis pagal sritis',
    followUpTitle: 'Renginių tolesni veiksmai',
    followUpYearTitle: (year: number) => `Renginių tolesni veiksmai, ${year} m.`,
    followUpIntro:
      'Forumo ir seminarų išvadose sutarti veiksmai: kas atsakingas, iki kada, kokia būsena ir su kuriuo prioritetu jie susiję.',
    followUpYears: 'Metai',
    action: 'Veiksmas',
    seminar: 'Renginys',
    responsible: 'Atsakinga organizacija',
    due: 'Terminas',
    status: 'Būsena',
    linkedPriority: 'Prioritetas',
    noFollowUps: 'Tolesnių veiksmų dar neužregistruota.',
    actionsCount: (n: number) => `${formatNumber('lt', n)} veiksm.`,
    matchesTitle: 'Galimi partneriai',
    matchesIntro:
      'Organizacijos, atviros partnerystei, dirbančios tose pačiose srityse ir tinkamo tipo; pirmiausia – labiausiai sutampančios.',
    noMatches: 'Tinkamų organizacijų nerasta.',
    openRequestsTitle: 'Atviri partnerių paieškos skelbimai šiam kvietimui',
    sharedAreas: (list: string) => `Tos pačios sritys: ${list}`,
    sameMunicipality: (name: string) => `Veikia: ${name}`,
    sharedGroups: (list: string) => `Tos pačios tikslinės grupės: ${list}`,
    eligibleType: (type: string) => `Tinkamas tipas: ${type}`,
  },
  en: {
    title: 'Priority coverage',
    intro:
      'National and municipal integration priorities set side by side with what is actually done: each cell shows how much work linked to a priority there is in an integration area.',
    caption: 'Priorities (rows) and integration areas (columns): number of linked pieces of work',
    priority: 'Priority',
    total: 'Total',
    unlinkedRow: 'Linked to no priority',
    filters: 'Show',
    all: 'All',
    municipality: 'Municipality',
    level: 'Level',
    period: 'Period',
    detailed: 'Show sub-priorities too',
    summary: 'Show top-level priorities only',
    includesSub: (n: number) => `with ${formatNumber('en', n)} sub-priorit${n === 1 ? 'y' : 'ies'}`,
    legend: 'How to read the table',
    legendCount: 'A number: how much work is linked to the priority in this area; it links to the list.',
    legendGap: 'Gap: the priority covers this area, but nothing is linked to it.',
    legendNone: 'A dash: not an area of the priority, and nothing linked.',
    gapMark: 'Gap',
    gapsTitle: 'Gaps',
    gapsIntro: 'Priorities and the areas they cover with no linked work at all.',
    noGaps: 'No gaps in this view.',
    unlinkedTitle: 'Work linked to no priority',
    unlinkedIntro: (n: number) => `${formatNumber('en', n)} piece${n === 1 ? '' : 's'} of work linked to no priority.`,
    unlinkedLink: 'See the list',
    noPriorities: 'No priorities in this view.',
    cellLabel: (count: number, priority: string, area: string) => `${priority}, ${area}: ${formatNumber('en', count)}`,
    listTitle: (subject: string) => `What is done: ${subject}`,
    unlinkedListTitle: 'Work linked to no priority',
    listIntro: 'The work by integration area. Work in several areas is listed under each.',
    noArea: 'No area',
    backToMatrix: 'Back to the coverage table',
    openData: 'Table data',
    coverageOfPriority: 'Coverage of this priority by area',
    followUpTitle: 'Seminar follow-up actions',
    followUpYearTitle: (year: number) => `Seminar follow-up actions, ${year}`,
    followUpIntro:
      'The actions agreed in the conclusions of the forum and seminars: who is responsible, by when, their status and the priority they serve.',
    followUpYears: 'Years',
    action: 'Action',
    seminar: 'Seminar',
    responsible: 'Responsible organisation',
    due: 'Due',
    status: 'Status',
    linkedPriority: 'Priority',
    noFollowUps: 'No follow-up actions recorded yet.',
    actionsCount: (n: number) => `${formatNumber('en', n)} action${n === 1 ? '' : 's'}`,
    matchesTitle: 'Possible partners',
    matchesIntro:
      'Organisations open to partnership, working in the same areas and of an eligible type; the closest matches first.',
    noMatches: 'No matching organisations found.',
    openRequestsTitle: 'Open partner search requests for this call',
    sharedAreas: (list: string) => `Same areas: ${list}`,
    sameMunicipality: (name: string) => `Works in: ${name}`,
    sharedGroups: (list: string) => `Same target groups: ${list}`,
    eligibleType: (type: string) => `Eligible type: ${type}`,
  },
} as const;

export const COVERAGE_UI: Record<Locale, (typeof strings)['lt'] | (typeof strings)['en']> = strings;

export const KIND_LABELS: Record<CoverageKind, Record<Locale, string>> = {
  goodPractices: { lt: 'Geroji praktika', en: 'Good practices' },
  services: { lt: 'Organizacijų paslaugos', en: 'Organisations’ services' },
  research: { lt: 'Tyrimai', en: 'Research' },
  funding: { lt: 'Finansavimo kvietimai', en: 'Funding calls' },
  seminars: { lt: 'Renginiai', en: 'Seminars' },
  followUps: { lt: 'Renginių tolesni veiksmai', en: 'Seminar follow-up actions' },
  partnerSearch: { lt: 'Partnerių paieška', en: 'Partner requests' },
};

/** The filter's value as a reader sees it. */
export function filterLabel(locale: Locale, filter: CoverageFilter): string {
  if (filter.key === 'municipality') return filter.term.name;
  if (filter.key === 'level') return enumLabel(locale, 'policyLevel', filter.level);
  return `${filter.period[0]}–${filter.period[1]}`;
}
