import { FUNDING_PROGRAMMES, ORGANISATION_TYPES } from '@mip/shared-types';
import type { DemoCollection } from './collections.ts';
import { DEMO_COLLECTIONS } from './collections.ts';
import { dateFromToday, vilniusDateTime } from './dates.ts';
import type { DemoEntry } from './types.ts';

// Synthetic documents for benchmarks: realistic shape and length, both locales (9 in 10 have an
// English version), linked to the demo taxonomies, organisations and priorities. Deterministic:
// the same size always gives the same documents, so runs are comparable and re-runs idempotent.

/** Share of the generated documents per type. */
const MIX: [uid: string, share: number][] = [
  ['api::news-item.news-item', 0.3],
  ['api::good-practice.good-practice', 0.15],
  ['api::research-entry.research-entry', 0.1],
  ['api::funding-call.funding-call', 0.1],
  ['api::seminar.seminar', 0.1],
  ['api::organisation.organisation', 0.1],
  ['api::partner-request.partner-request', 0.1],
  ['api::policy-priority.policy-priority', 0.05],
];

/** mulberry32: a tiny seeded PRNG, so the data set is reproducible. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LT_WORDS =
  'integracija kalba darbas savivaldybė bendruomenė mokykla sveikata būstas partnerystė tyrimas šeima jaunimas paslaugos mokymai įtrauktis lygybė dalyvavimas priėmimas kvalifikacija mentorystė'.split(
    ' ',
  );
const EN_WORDS =
  'integration language work municipality community school health housing partnership research family youth services training inclusion equality participation reception qualification mentoring'.split(
    ' ',
  );

const keysOf = (uid: string) => DEMO_COLLECTIONS.find((c) => c.uid === uid)!.entries.map((e) => e.key);
const AREAS = keysOf('api::integration-area.integration-area');
const GROUPS = keysOf('api::target-group.target-group');
const MUNICIPALITIES = keysOf('api::municipality.municipality');
const ORGANISATIONS = keysOf('api::organisation.organisation');
const PRIORITIES = keysOf('api::policy-priority.policy-priority');

export function syntheticCollections(size: number, seed = 42): DemoCollection[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list))),
  ];
  const sentence = (words: string[], n: number) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (words: string[], sentences: number) =>
    Array.from({ length: sentences }, () => sentence(words, 8 + Math.floor(rand() * 10))).join(' ');
  const texts = (n: number, kind: string) => ({
    lt: { title: `${sentence(LT_WORDS, 5).slice(0, -1)} (${kind} nr. ${n})`, summary: paragraph(LT_WORDS, 2) },
    en: { title: `${sentence(EN_WORDS, 5).slice(0, -1)} (${kind} no. ${n})`, summary: paragraph(EN_WORDS, 2) },
  });
  const links = () => ({
    integrationAreas: some(AREAS, 3),
    targetGroups: some(GROUPS, 2),
    municipalities: some(MUNICIPALITIES, 3),
  });

  const make: Record<string, (n: number) => DemoEntry> = {
    'api::news-item.news-item': (n) => {
      const t = texts(n, 'naujiena');
      return {
        key: `syn-news-${n}`,
        data: {
          date: dateFromToday(-Math.floor(rand() * 1500)),
          level: pick(['national', 'local', 'eu', 'international']),
          kind: pick(['policy', 'legal', 'research', 'social', 'event', 'funding', 'institutional']),
        },
        lt: { ...t.lt, body: `${paragraph(LT_WORDS, 4)}\n\n${paragraph(LT_WORDS, 4)}` },
        en: { ...t.en, body: `${paragraph(EN_WORDS, 4)}\n\n${paragraph(EN_WORDS, 4)}` },
        links: { ...links(), sourceOrganisation: pick(ORGANISATIONS) },
      };
    },
    'api::good-practice.good-practice': (n) => {
      const t = texts(n, 'praktika');
      const body = (words: string[]) => ({
        context: paragraph(words, 3),
        goals: paragraph(words, 2),
        howItWorks: paragraph(words, 4),
        results: paragraph(words, 3),
        lessonsLearned: paragraph(words, 2),
      });
      return {
        key: `syn-practice-${n}`,
        data: {
          evaluationType: pick(['none', 'internal', 'external', 'impact']),
          peopleReached: Math.floor(rand() * 5000),
          startDate: dateFromToday(-Math.floor(rand() * 2000)),
          ongoing: rand() < 0.5,
          origin: 'editor',
          moderationStatus: 'accepted',
        },
        lt: { ...t.lt, ...body(LT_WORDS) },
        en: { ...t.en, ...body(EN_WORDS) },
        links: { ...links(), implementingOrganisations: some(ORGANISATIONS, 2), policyPriorities: some(PRIORITIES, 2) },
      };
    },
    'api::research-entry.research-entry': (n) => {
      const t = texts(n, 'tyrimas');
      return {
        key: `syn-research-${n}`,
        data: {
          type: pick(['study', 'survey', 'policy_brief', 'evaluation', 'dataset', 'thesis', 'report']),
          publicationDate: dateFromToday(-Math.floor(rand() * 3000)),
          language: pick(['lt', 'en']),
          authors: [{ name: `Autorius ${n}`, affiliation: 'Tyrimų institutas' }],
        },
        lt: { ...t.lt, keyFindings: paragraph(LT_WORDS, 3), methodology: paragraph(LT_WORDS, 2) },
        en: { ...t.en, keyFindings: paragraph(EN_WORDS, 3), methodology: paragraph(EN_WORDS, 2) },
        links: { ...links(), institutions: some(ORGANISATIONS, 2), policyPriorities: some(PRIORITIES, 2) },
      };
    },
    'api::funding-call.funding-call': (n) => {
      const t = texts(n, 'kvietimas');
      const opens = Math.floor(rand() * 400) - 300;
      return {
        key: `syn-call-${n}`,
        data: {
          programme: pick(FUNDING_PROGRAMMES),
          callNumber: `SYN-${n}`,
          opensAt: vilniusDateTime(opens, '09:00'),
          deadlineAt: vilniusDateTime(opens + 30 + Math.floor(rand() * 90), '23:59'),
          budgetEur: 10000 * (1 + Math.floor(rand() * 300)),
          eligibleApplicantTypes: [{ type: 'ngo' }, { type: 'municipality' }],
          partnershipRequired: rand() < 0.3,
        },
        lt: { ...t.lt, supportedActivities: paragraph(LT_WORDS, 2) },
        en: { ...t.en, supportedActivities: paragraph(EN_WORDS, 2) },
        links: { ...links(), funder: pick(ORGANISATIONS), policyPriorities: some(PRIORITIES, 2) },
      };
    },
    'api::seminar.seminar': (n) => {
      const t = texts(n, 'renginys');
      const day = Math.floor(rand() * 700) - 500;
      const agenda = (words: string[]) => [
        { time: '10:00', title: sentence(words, 4) },
        { time: '11:30', title: sentence(words, 4) },
      ];
      return {
        key: `syn-seminar-${n}`,
        data: {
          type: pick(['workshop', 'seminar', 'forum', 'webinar', 'conference', 'round_table']),
          format: pick(['on_site', 'online', 'hybrid']),
          startAt: vilniusDateTime(day, '10:00'),
          endAt: vilniusDateTime(day, '13:00'),
        },
        lt: { ...t.lt, agenda: agenda(LT_WORDS), conclusions: day < 0 ? paragraph(LT_WORDS, 3) : undefined },
        en: { ...t.en, agenda: agenda(EN_WORDS), conclusions: day < 0 ? paragraph(EN_WORDS, 3) : undefined },
        links: {
          integrationAreas: some(AREAS, 3),
          targetGroups: some(GROUPS, 2),
          organisers: some(ORGANISATIONS, 2),
          policyPriorities: some(PRIORITIES, 2),
        },
      };
    },
    'api::organisation.organisation': (n) => {
      const t = texts(n, 'organizacija');
      return {
        key: `syn-organisation-${n}`,
        data: { type: pick(ORGANISATION_TYPES), openToPartnership: rand() < 0.6, contactEmail: `org${n}@example.org` },
        lt: { name: t.lt.title, summary: t.lt.summary, description: paragraph(LT_WORDS, 3) },
        en: { name: t.en.title, summary: t.en.summary, description: paragraph(EN_WORDS, 3) },
        links: { integrationAreas: some(AREAS, 3), targetGroups: some(GROUPS, 2), municipality: pick(MUNICIPALITIES) },
      };
    },
    'api::partner-request.partner-request': (n) => {
      const t = texts(n, 'partnerių paieška');
      return {
        key: `syn-request-${n}`,
        data: {
          expiresAt: dateFromToday(Math.floor(rand() * 200) - 60),
          requestStatus: pick(['open', 'open', 'in_discussion', 'found', 'closed']),
          rolesSought: [{ role: pick(['lead', 'partner', 'associated']) }],
          partnerTypesSought: [{ type: 'ngo' }],
          origin: 'editor',
          moderationStatus: 'accepted',
          contactEmail: `request${n}@example.org`,
        },
        lt: { ...t.lt, projectIdea: paragraph(LT_WORDS, 4) },
        en: { ...t.en, projectIdea: paragraph(EN_WORDS, 4) },
        links: { ...links(), organisation: pick(ORGANISATIONS), policyPriorities: some(PRIORITIES, 1) },
      };
    },
    'api::policy-priority.policy-priority': (n) => {
      const t = texts(n, 'prioritetas');
      return {
        key: `syn-priority-${n}`,
        data: {
          code: `S${n}`,
          level: pick(['national', 'municipal', 'eu']),
          periodStart: 2024,
          periodEnd: 2030,
          implementationStatus: pick(['planned', 'in_progress', 'implemented', 'delayed', 'discontinued']),
        },
        lt: { ...t.lt, description: paragraph(LT_WORDS, 3) },
        en: { ...t.en, description: paragraph(EN_WORDS, 3) },
        links: {
          ...links(),
          parent: pick(PRIORITIES.filter((k) => !k.includes('-'))),
          responsibleInstitutions: some(ORGANISATIONS, 2),
        },
      };
    },
  };

  let remaining = size;
  return MIX.map(([uid, share], index) => {
    const count = index === MIX.length - 1 ? remaining : Math.round(size * share);
    remaining -= count;
    const entries = Array.from({ length: count }, (_, i) => {
      const entry = make[uid]!(i + 1);
      return rand() < 0.1 ? { ...entry, en: undefined } : entry;
    });
    const titleField = uid === 'api::organisation.organisation' ? 'name' : 'title';
    return { uid, titleField, entries } satisfies DemoCollection;
  });
}
