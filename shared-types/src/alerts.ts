import { z } from './zod.ts';
import { LOCALES, type Locale } from './locales.ts';
import { HONEYPOT_FIELD } from './submissions.ts';

// Email alerts: what a reader may follow (a topic), how often they want mail, and the form that
// asks for it. The site offers the form on every page that can be followed and says which topic
// the page is; the CMS stores the request as pending and mails a confirmation link; nothing else is
// ever sent to an address that has not confirmed.

export const ALERT_FREQUENCIES = ['immediately', 'daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** How each frequency is offered (the site's form, the subscriber's page in the CMS). */
export const ALERT_FREQUENCY_LABELS: Record<Locale, Record<AlertFrequency, string>> = {
  lt: {
    immediately: 'Iš karto, kai paskelbiama',
    daily: 'Kartą per dieną (santrauka)',
    weekly: 'Kartą per savaitę (santrauka)',
  },
  en: { immediately: 'As soon as published', daily: 'Once a day (digest)', weekly: 'Once a week (digest)' },
};

/**
 * What can be followed, as a key that does not depend on the language or on slugs (a renamed term
 * keeps its followers):
 * - `list:<section>`: everything a section lists, e.g. `list:funding`;
 * - `list:<section>:<filter>:<value>`: a section under one filter, e.g. `list:funding:area:<documentId>`
 *   or `list:partnerSearch:status:open`;
 * - `organisation:<documentId>`: what an organisation publishes or is linked to;
 * - `priority:<documentId>`: what is linked to a policy priority or its sub-priorities;
 * - `seminar:<documentId>`: a seminar's materials, conclusions and follow-up actions.
 */
export type TopicKey = string;
export const TOPIC_KINDS = ['list', 'organisation', 'priority', 'seminar'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

const LIST_TOPIC = /^list:[a-zA-Z]{1,40}(:[a-zA-Z]{1,40}:[A-Za-z0-9_-]{1,64})?$/;
const ENTRY_TOPIC = /^(organisation|priority|seminar):[a-z0-9]{20,32}$/;
export const isTopicKey = (value: string) => LIST_TOPIC.test(value) || ENTRY_TOPIC.test(value);

export const listTopic = (section: string, filter?: { key: string; value: string } | null): TopicKey =>
  filter ? `list:${section}:${filter.key}:${filter.value}` : `list:${section}`;
export const entryTopic = (kind: Exclude<TopicKind, 'list'>, documentId: string): TopicKey => `${kind}:${documentId}`;
export const topicKind = (topic: TopicKey): TopicKind => topic.slice(0, topic.indexOf(':')) as TopicKind;

/** The "Get email alerts" form: the same on every page, only the topic differs. */
export const alertSubscription = z.strictObject({
  locale: z.enum(LOCALES),
  topic: z.string().max(200).refine(isTopicKey, { error: 'topic' }),
  email: z.email().max(254),
  frequency: z.enum(ALERT_FREQUENCIES).default('weekly'),
  [HONEYPOT_FIELD]: z.string().max(0, { error: 'honeypot' }).optional(),
});
export type AlertSubscription = z.infer<typeof alertSubscription>;

/** A subscriber's choice on their subscriptions page: another frequency for one of them. */
export const alertFrequencyChange = z.strictObject({ frequency: z.enum(ALERT_FREQUENCIES) });

/** An email address as subscriptions are kept and compared: trimmed, lower case. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// What a build's site offers to follow, and what the rebuild service tells the CMS once a release
// is live: the topics whose title or address changed, and each item newly under a topic. Only
// published content is ever in it (the build reads nothing else).

/** One followable page in one language: what its follow form names, and where it is. */
export interface FollowTopic {
  topic: TopicKey;
  locale: Locale;
  title: string;
  /** The page, from the site's root (`/lt/finansavimas/`). */
  path: string;
}

/** One thing a follower hears of: an entry newly in a list, or a seminar's new conclusions. */
export interface FollowItem {
  /** Stable across builds: `<section>:<documentId>`, or `<section>:<documentId>:<part>` for part of an entry. */
  key: string;
  title: string;
  /** Its page, from the site's root. */
  path: string;
  /** What it is, in the list's language (a section's name). */
  kind: string;
  date: string | null;
  summary: string | null;
  /** The Strapi type and document whose publication it is: checked again before any mail names it. */
  uid: string;
  documentId: string;
  /** The entry's own language (an English list also carries entries only in Lithuanian). */
  entryLocale: Locale;
}

export interface FollowIndex {
  version: 1;
  topics: FollowTopic[];
  /** Per language, each item with the topics it is under. */
  items: Record<Locale, Record<string, FollowItem & { topics: TopicKey[] }>>;
}

export interface ReleaseNotice {
  release: string;
  topics: FollowTopic[];
  removedTopics: Pick<FollowTopic, 'topic' | 'locale'>[];
  additions: { locale: Locale; item: FollowItem; topics: TopicKey[] }[];
}

/**
 * What changed between two builds' indexes: topics new or retitled or moved, topics gone, and
 * for each item the topics it is newly under (an entry just published is new under all of its).
 * Without a previous index (the first build) only the topics are told: nothing is "new" then.
 */
export function followIndexChanges(previous: FollowIndex | null, next: FollowIndex, release: string): ReleaseNotice {
  const topicKey = (t: Pick<FollowTopic, 'topic' | 'locale'>) => `${t.locale}|${t.topic}`;
  const before = new Map((previous?.topics ?? []).map((t) => [topicKey(t), t]));
  const after = new Set(next.topics.map(topicKey));
  const topics = next.topics.filter((t) => {
    const old = before.get(topicKey(t));
    return !old || old.title !== t.title || old.path !== t.path;
  });
  const removedTopics = [...before.values()]
    .filter((t) => !after.has(topicKey(t)))
    .map(({ topic, locale }) => ({ topic, locale }));
  const additions: ReleaseNotice['additions'] = [];
  if (previous) {
    for (const locale of LOCALES) {
      const old = previous.items[locale] ?? {};
      for (const [key, { topics: under, ...item }] of Object.entries(next.items[locale] ?? {})) {
        const had = new Set(old[key]?.topics ?? []);
        const added = under.filter((topic) => !had.has(topic));
        if (added.length) additions.push({ locale, item, topics: added });
      }
    }
  }
  return { release, topics, removedTopics, additions };
}
