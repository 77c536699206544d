import type { Locale } from '@mip/shared-types';
import type { SectionKey } from './i18n/routes.ts';

// The site's view of any published entry, whatever its type. Each section's configuration
// (sections/) turns a CMS record into an Entry; one listing and one detail layout render them.

export type FacetKey = 'area' | 'group' | 'municipality' | 'orgType' | 'year' | 'status' | 'kind';

/** One value of a listing filter: a taxonomy term, an enumeration value or a year. */
export interface FacetValue {
  /** Identity across languages: the term's documentId, the enum value or the year. */
  key: string;
  /** URL segment, in the page's language. */
  slug: string;
  label: string;
}

/** A pointer to another entry; resolved to a title and URL by the catalog. */
export interface EntryRef {
  section: SectionKey;
  documentId: string;
}

export type FactValue =
  | string
  | { time: string; text: string }
  | { url: string; text: string }
  | { entries: EntryRef[] }
  | { facet: 'area' | 'group' | 'municipality'; values: FacetValue[] };

export interface Fact {
  label: string;
  value: FactValue;
}

export interface FileLink {
  url: string;
  name: string;
  ext?: string | null;
  size?: number | null;
}

export type Block =
  | { kind: 'markdown'; heading: string; markdown: string }
  | { kind: 'table'; heading: string; columns: string[]; rows: FactValue[][] }
  | { kind: 'files'; heading: string; files: FileLink[] };

/** A calendar event for the iCalendar feeds (a call deadline or a seminar). */
export interface CalendarEvent {
  start: string;
  end: string;
  location?: string | null;
  url?: string | null;
}

/** A picture an entry's page shows: a news item's cover or an organisation's logo. */
export interface EntryImage {
  kind: 'cover' | 'logo';
  src: string;
  /** The smaller versions the CMS made of it, for the browser to choose from ("<url> 500w, ..."). */
  srcset: string | null;
  width: number;
  height: number;
  /** Empty when the picture adds nothing to the text (a logo beside the name, a cover nobody described). */
  alt: string;
}

export type OpenDataValue = string | number | boolean | null | string[];

export interface Entry {
  section: SectionKey;
  documentId: string;
  slug: string;
  /** The language the entry is written in (an English list may carry Lithuanian-only entries). */
  locale: Locale;
  title: string;
  summary: string | null;
  /** The date a list shows next to the title, already formatted, with its machine value. */
  date: { time: string; text: string } | null;
  /** Short labels shown in lists (call status, seminar type, ...). */
  badges: string[];
  facets: Partial<Record<FacetKey, FacetValue[]>>;
  facts: Fact[];
  blocks: Block[];
  image?: EntryImage;
  /** Entries this one links to; the catalog derives the reverse links from these. */
  links: EntryRef[];
  /** Sort key within the section: compared element by element. */
  order: (string | number)[];
  /** Other languages the entry exists in. */
  translations: { locale: Locale; slug: string }[];
  updatedAt: string;
  /** Date for feeds (RSS pubDate). */
  published: string;
  calendar: CalendarEvent | null;
  schema: (url: string) => Record<string, unknown>;
  openData: Record<string, OpenDataValue>;
  /** What the coverage matrix and partner matching need of a piece of work (see lib/coverage.ts). */
  work?: WorkFacts;
  /** A seminar's follow-up actions. */
  followUps?: FollowUp[];
  /** A policy priority's place in the tree, its level and period. */
  priority?: PriorityFacts;
  /** A partner-search request or a call: what kind of partner it looks for (organisation types; empty means any). */
  seeks?: {
    types: string[];
    open: boolean;
    fundingCall: string | null;
    /** The organisations that seek (document ids), which are not suggested as their own partners. */
    seekers: string[];
  };
  /** An organisation: open to partnership, its type and the services it runs (with the priority each serves). */
  organisation?: { open: boolean; type: string | null; services: { name: string; priority: string | null }[] };
  /** The page offers a contact form: the entry has a private contact address (and, for a request, is still open). */
  contactable?: boolean;
  /** Parts of the entry its followers hear of as they are published (a seminar's materials, conclusions, actions). */
  parts?: { key: string; label: string }[];
  /** A seminar whose registration on this site is open: its places and how many were left at build time (null: no limit). */
  registration?: { capacity: number | null; left: number | null } | null;
  /** A seminar taking registration on this site: those holding a place who agreed to be listed, by name. */
  participants?: { name: string; organisation: string | null }[];
  /** How many published responses (and replies) the entry has, when it has any (set by the catalog). */
  responseCount?: number;
}

export interface WorkFacts {
  /** Linked policy priorities (document ids). */
  priorities: string[];
  /** The calendar years the work spans; null when it has no date (then every period counts it). */
  years: [number, number] | null;
}

export interface FollowUp {
  action: string;
  status: string | null;
  dueDate: string | null;
  /** Linked priority (document id). */
  priority: string | null;
  /** Responsible organisation (document id). */
  responsible: string | null;
}

export interface PriorityFacts {
  code: string;
  parent: string | null;
  level: string | null;
  periodStart: number | null;
  periodEnd: number | null;
}
