import type { Locale } from '@mip/shared-types';
import type { SiteContent } from '../cms/index.ts';
import type { Entry, FacetKey } from '../entries.ts';
import type { SectionKey } from '../i18n/routes.ts';

// What a section is: which CMS collection it shows, its filters and feeds, and how a record
// becomes an Entry (facts, text blocks, links, schema.org type, open-data row). Each section is
// one module beside this file; the generic listing and detail layouts know nothing about them.

export interface SectionContext {
  locale: Locale;
  /** The build time: call status and upcoming/past are derived from it. */
  now: Date;
  /** Absolute URL of a CMS upload. */
  media: (path: string) => string;
}

export type ContentKey = Exclude<keyof SiteContent, 'locale'>;
export type Item<K extends ContentKey> = SiteContent[K][number];

export interface SectionDefinition<K extends ContentKey = ContentKey> {
  key: SectionKey;
  collection: K;
  title: Record<Locale, string>;
  intro: Record<Locale, string>;
  /** Listing filters, in the order they are offered. */
  facets: FacetKey[];
  /** iCalendar feed of the section's events (deadlines, seminars). */
  calendar?: boolean;
  /** What an event in that feed is called before the entry's title (a call's "Deadline"). */
  calendarPrefix?: Record<Locale, string>;
  /** The status filter's values in their natural order (other filters are alphabetical). */
  statusOrder?: string[];
  /** The public form that adds to this section, offered above its list. */
  submitForm?: 'goodPractice' | 'partnerRequest';
  /** Its entries are the rows of the coverage matrix: the list links to it, a page shows its row. */
  coverageRows?: boolean;
  /** Its entries agree follow-up actions: the list links to their pages. */
  followUpActions?: boolean;
  /** Readers may write to an entry's private contact address through the site (when it accepts messages). */
  contact?: { target: 'organisation' | 'partner-request'; title: Record<Locale, string> };
  /**
   * An open entry is offered suggested partners (matching.ts); `requests`: its page also lists the
   * open partner requests made for it.
   */
  matching?: { requests: boolean };
  /**
   * Readers may follow one of its entries by email (lib/follow.ts), and hear of: what links to it
   * (`linked`), that and what links to its sub-entries (`linkedTree`: a priority and the priorities
   * under it), or the entry's own parts as they are published (`parts`: a seminar's materials,
   * conclusions and follow-up actions, Entry.parts).
   */
  follow?: { topic: 'organisation' | 'priority' | 'seminar'; hears: 'linked' | 'linkedTree' | 'parts' };
  toEntry: (item: Item<K>, ctx: SectionContext) => Entry;
}
