import type { Locale } from '@mip/shared-types';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Catalog } from './catalog.ts';
import { entryPath } from './catalog.ts';
import type { Entry } from './entries.ts';
import { FACET_SEGMENTS, SECTION_SEGMENTS } from './i18n/routes.ts';
import { UI } from './i18n/ui.ts';
import { sectionDefinition, type ContentSectionKey } from './sections/index.ts';
import type { ActiveFacet } from './site-pages.ts';

// RSS per section and language; iCalendar feeds of call deadlines and seminars, for the whole
// section and per integration area (times in UTC, which every calendar converts). Paths are built here and used by both the pages that link
// to the feeds and the endpoints that write them.

export const rssPath = (locale: Locale, section: ContentSectionKey) =>
  `/${locale}/${SECTION_SEGMENTS[section][locale]}/rss.xml`;

export const calendarPath = (locale: Locale, section: ContentSectionKey, areaSlug?: string) =>
  `/${locale}/${SECTION_SEGMENTS[section][locale]}/${areaSlug ? `${FACET_SEGMENTS.area[locale]}/${areaSlug}/` : ''}calendar.ics`;

export function feedLinks(locale: Locale, section: ContentSectionKey, facet: ActiveFacet | null) {
  const t = UI[locale];
  const links: { title: string; href: string; type: 'rss' | 'ics' }[] = [
    { title: t.rssFeed, href: rssPath(locale, section), type: 'rss' },
  ];
  if (sectionDefinition(section).calendar) {
    links.push({ title: t.calendarFeed, href: calendarPath(locale, section), type: 'ics' });
    if (facet?.key === 'area')
      links.push({ title: t.calendarFeedArea, href: calendarPath(locale, section, facet.value.slug), type: 'ics' });
  }
  return links;
}

/** Newest first, as feed readers expect. */
export function rssItems(catalog: Catalog, section: ContentSectionKey, site: URL) {
  return [...catalog.sections[section]]
    .filter((entry) => entry.published)
    .sort((a, b) => b.published.localeCompare(a.published))
    .slice(0, 50)
    .map((entry) => ({
      title: entry.title,
      link: new URL(entryPath(entry), site).href,
      pubDate: new Date(entry.published),
      description: entry.summary ?? undefined,
      categories: entry.badges,
      ...(entry.locale !== catalog.locale ? { customData: `<dc:language>${entry.locale}</dc:language>` } : {}),
    }));
}

/** An iCalendar file of the section's events (deadlines or seminars), optionally one area's. */
export function calendarFile(catalog: Catalog, section: ContentSectionKey, site: URL, areaKey?: string): string {
  const def = sectionDefinition(section);
  const prefix = def.calendarPrefix?.[catalog.locale];
  const entries = catalog.sections[section].filter(
    (entry): entry is Entry & { calendar: NonNullable<Entry['calendar']> } =>
      !!entry.calendar && (!areaKey || !!entry.facets.area?.some((v) => v.key === areaKey)),
  );
  const calendar = ical({
    name: `${def.title[catalog.locale]} | ${UI[catalog.locale].siteShortName}`,
    prodId: { company: 'mip', product: 'site', language: catalog.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of entries) {
    const url = new URL(entryPath(entry), site).href;
    calendar.createEvent({
      id: `${section}-${entry.documentId}@${site.host}`,
      start: new Date(entry.calendar.start),
      end: new Date(entry.calendar.end),
      summary: prefix ? `${prefix}: ${entry.title}` : entry.title,
      description: entry.summary ?? undefined,
      location: entry.calendar.location ?? undefined,
      url,
      lastModified: entry.updatedAt ? new Date(entry.updatedAt) : undefined,
      // The entry's last change rather than the build's clock: the same content gives the same file.
      ...(entry.updatedAt ? { stamp: new Date(entry.updatedAt) } : {}),
    });
  }
  return calendar.toString();
}
