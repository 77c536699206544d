import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONTENT_TYPES,
  entryTopic,
  listTopic,
  LOCALES,
  SECTION_TYPES,
  type FollowIndex,
  type FollowItem,
  type Locale,
  type TopicKey,
} from '@mip/shared-types';
import type { Catalog } from './catalog.ts';
import { entryPath } from './catalog.ts';
import type { Entry } from './entries.ts';
import { RESPONSES_UI } from './i18n/responses-ui.ts';
import { stanceLabel } from './responses.ts';
import { SECTION_DEFINITIONS, sectionDefinition, type ContentSectionKey } from './sections/index.ts';
import type { Site, SitePage } from './site-pages.ts';

// Email alerts, the site's side: which pages can be followed (every list, with or without one
// filter, and the entries whose section says so: organisations, priorities, seminars), and, for a
// build, everything each of them lists (the follow index). The rebuild service compares the index
// of a release that just went live with the last one it told the CMS of, and tells the CMS what is
// new under which topic: an alert names what a reader of that page now sees there.

/** What a follow form on a page subscribes to. */
export interface FollowTarget {
  topic: TopicKey;
  /** The title of what is followed, as the page names it. */
  title: string;
  /** The followed page (a list's first page), from the site's root. */
  path: string;
}

/** The topic an entry's page can be followed as, if its section's entries can be followed. */
export function entryFollowTarget(entry: Entry): FollowTarget | null {
  const follow = sectionDefinition(entry.section).follow;
  return follow
    ? { topic: entryTopic(follow.topic, entry.documentId), title: entry.title, path: entryPath(entry) }
    : null;
}

/** The topic a page can be followed as, or null for a page that cannot be followed. */
export function followTarget(page: SitePage): FollowTarget | null {
  if (page.kind === 'listing')
    return {
      topic: listTopic(page.section, page.facet ? { key: page.facet.key, value: page.facet.value.key } : null),
      title: page.title,
      path: `/${page.locale}/${page.basePath}`,
    };
  return page.kind === 'detail' ? entryFollowTarget(page.entry) : null;
}

/** An entry as an item of a followed list. */
function entryItem(locale: Locale, entry: Entry): FollowItem {
  const section = entry.section as ContentSectionKey;
  return {
    key: `${section}:${entry.documentId}`,
    title: entry.title,
    path: entryPath(entry),
    kind: sectionDefinition(section).title[locale],
    date: entry.date?.time ?? null,
    summary: entry.summary,
    uid: CONTENT_TYPES[SECTION_TYPES[section as keyof typeof SECTION_TYPES]].uid,
    documentId: entry.documentId,
    entryLocale: entry.locale,
  };
}

/** What the followers of an entry hear of, by its section's `follow` property. */
function heardOf(catalog: Catalog, entry: Entry): FollowItem[] {
  const follow = sectionDefinition(entry.section).follow;
  if (!follow) return [];
  const linked = (of: Entry) => [...catalog.linkedFrom(of).values()].flat();
  if (follow.hears === 'parts')
    return [
      ...(entry.parts ?? []).map((part) => ({
        ...entryItem(catalog.locale, entry),
        key: `${entry.section}:${entry.documentId}:${part.key}`,
        title: `${part.label} · ${entry.title}`,
      })),
      ...responseItems(catalog, entry),
    ];
  const found = new Map<string, Entry>();
  const visit = (of: Entry, depth: number) => {
    for (const other of linked(of)) {
      const key = `${other.section}:${other.documentId}`;
      if (found.has(key) || other === entry) continue;
      found.set(key, other);
      // A sub-priority links to its parent: what links to it is heard of too (a few levels at most).
      if (follow.hears === 'linkedTree' && other.section === entry.section && depth < 5) visit(other, depth + 1);
    }
  };
  visit(entry, 0);
  // A priority's followers also hear of the responses to its sub-priorities.
  const answered = [entry, ...[...found.values()].filter((other) => other.section === entry.section)];
  return [
    ...[...found.values()].map((other) => entryItem(catalog.locale, other)),
    ...answered.flatMap((e) => responseItems(catalog, e)),
  ];
}

/** The published responses (and replies) to an entry, as items its followers hear of. */
function responseItems(catalog: Catalog, entry: Entry): FollowItem[] {
  const locale = catalog.locale;
  const { threads, byAction } = catalog.responsesTo(entry);
  const all = [...threads, ...[...byAction.values()].flat()].flatMap((r) => [r, ...r.replies]);
  return all.map((response) => ({
    key: `responses:${response.documentId}`,
    title: `${stanceLabel(locale, response.stance)}: ${response.displayName} · ${entry.title}`,
    path: `${entryPath(entry)}#response-${response.documentId}`,
    kind: RESPONSES_UI[locale].title,
    date: response.date || null,
    summary: response.body.length > 300 ? `${response.body.slice(0, 300)}…` : response.body,
    uid: CONTENT_TYPES.responses.uid,
    documentId: response.documentId,
    entryLocale: response.language,
  }));
}

/** The follow index of a built site: every followable page's topic, and each item with the topics it is under. */
export function followIndex(site: Site): FollowIndex {
  const index: FollowIndex = { version: 1, topics: [], items: { lt: {}, en: {} } };
  for (const locale of LOCALES) {
    const catalog = site.catalogs[locale];
    const items = index.items[locale];
    const add = (item: FollowItem, topic: TopicKey) => {
      const known = items[item.key];
      if (!known) items[item.key] = { ...item, topics: [topic] };
      else if (!known.topics.includes(topic)) known.topics.push(topic);
    };
    // An entry is under many lists (its section's, and one per filter value it has): made an item once.
    const addEntry = (entry: Entry, topic: TopicKey) =>
      add(items[`${entry.section}:${entry.documentId}`] ?? entryItem(locale, entry), topic);
    const filtered = filteredLists(catalog);
    for (const page of site.pages[locale]) {
      const target = followTarget(page);
      if (!target) continue;
      if (page.kind === 'listing') {
        if (!page.front) continue;
        index.topics.push({ topic: target.topic, locale, title: target.title, path: target.path });
        const listed = page.facet
          ? (filtered.get(`${page.section}|${page.facet.key}|${page.facet.value.key}`) ?? [])
          : catalog.sections[page.section];
        for (const entry of listed) addEntry(entry, target.topic);
      } else if (page.kind === 'detail') {
        index.topics.push({ topic: target.topic, locale, title: target.title, path: target.path });
        for (const item of heardOf(catalog, page.entry)) add(item, target.topic);
      }
    }
  }
  return index;
}

/** Each section's entries per filter value (`section|facet|value`), in the section's order: one pass, not one per list. */
function filteredLists(catalog: Catalog): Map<string, Entry[]> {
  const lists = new Map<string, Entry[]>();
  for (const [section, entries] of Object.entries(catalog.sections)) {
    for (const entry of entries) {
      for (const [facet, values] of Object.entries(entry.facets)) {
        for (const value of new Set((values ?? []).map((v) => v.key))) {
          const key = `${section}|${facet}|${value}`;
          const list = lists.get(key);
          if (list) list.push(entry);
          else lists.set(key, [entry]);
        }
      }
    }
  }
  return lists;
}

/** Writes the follow index where the rebuild service asked (SITE_FOLLOW_INDEX), replacing it at once. */
export function writeFollowIndex(site: Site, file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(followIndex(site)));
  renameSync(temporary, file);
}

/** The sections whose entries can be followed one by one (for the tests' lists). */
export const FOLLOWABLE_SECTIONS = SECTION_DEFINITIONS.filter((def) => def.follow).map((def) => def.key);
