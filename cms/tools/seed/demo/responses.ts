import { followUpPartKey } from '@mip/shared-types/entry-parts';
import type { ResponseStance, ResponseTarget } from '@mip/shared-types';

// The public's responses in the demo: published ones in both languages (a response is written in
// one, and shown on both language versions of its page), a reply, and an institution's answer.
// Targets and organisations are keys of the demo entries; `reply` names another response's key.

export interface DemoResponse {
  key: string;
  target: ResponseTarget;
  /** The answered entry's key in its collection. */
  entry: string;
  /** A seminar's follow-up action, by its Lithuanian text. */
  action?: string;
  reply?: string;
  stance: ResponseStance;
  language: 'lt' | 'en';
  displayName: string;
  body: string;
  organisation?: string;
  institutionAnswer?: boolean;
  /** Days before the seed ran that it was published (oldest first on the page). */
  daysAgo: number;
}

const CALENDAR_ACTION = 'Parengti bendrą lietuvių kalbos kursų kalendorių visoms apskritims';

export const demoResponses: DemoResponse[] = [
  {
    key: 'r-courses-regions',
    target: 'policyPriorities',
    entry: 'p1',
    stance: 'concern',
    language: 'lt',
    displayName: 'Rūta',
    body: 'Mažesniuose miestuose kalbos kursų beveik nėra, o važiuoti į Vilnių dirbantiems žmonėms per toli.\n\nAr planuojama kursų rengti nuotoliniu būdu vakarais?',
    daysAgo: 9,
  },
  {
    key: 'r-courses-answer',
    target: 'policyPriorities',
    entry: 'p1',
    reply: 'r-courses-regions',
    stance: 'information',
    language: 'lt',
    displayName: 'Integracijos skyrius',
    organisation: 'ministry-social',
    institutionAnswer: true,
    body: 'Ačiū už klausimą. Nuo kitų metų pavasario apskrityse bus rengiamos vakarinės nuotolinės grupės; kalendorių skelbsime šioje svetainėje.',
    daysAgo: 6,
  },
  {
    key: 'r-iom-same-work',
    target: 'policyPriorities',
    entry: 'p1',
    stance: 'same_work',
    language: 'en',
    displayName: 'IOM Vilnius team',
    organisation: 'iom-vilnius',
    body: 'We run conversation clubs for newcomers in Vilnius and would gladly share our materials with municipalities that start courses.',
    daysAgo: 4,
  },
  {
    key: 'r-calendar-question',
    target: 'seminars',
    entry: 's-forum-autumn',
    action: CALENDAR_ACTION,
    stance: 'question',
    language: 'lt',
    displayName: 'Jonas',
    body: 'Ar į kalendorių bus įtraukti ir nemokami kursai, kuriuos rengia bibliotekos?',
    daysAgo: 3,
  },
  {
    key: 'r-mentoring-support',
    target: 'goodPractices',
    entry: 'gp-mentoring-families',
    stance: 'support',
    language: 'en',
    displayName: 'Amina',
    body: 'Our family had a mentor in our first year. It helped more than anything else.',
    daysAgo: 2,
  },
];

/** The part key of a demo response's follow-up action. */
export const demoResponsePart = (response: DemoResponse) => (response.action ? followUpPartKey(response.action) : null);
