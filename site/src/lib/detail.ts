import type { Catalog, ResolvedRef } from './catalog.ts';
import { computeCoverage, type CoverageItem } from './coverage.ts';
import { compareText } from './format.ts';
import type { Entry } from './entries.ts';
import { matchOrganisations, openRequestsForCall, type Match } from './matching.ts';
import { responseTargetOf, type EntryResponses } from './responses.ts';
import { sectionDefinition } from './sections/index.ts';

/** What an entry's page shows besides the entry itself, taken from the rest of the site. */
export interface DetailContext {
  /** Entries linking to this one, by section. */
  related: ReturnType<Catalog['linkedFrom']>;
  /** A call's open partner-search requests. */
  requests: Entry[];
  /** Suggested partners for an open call or request; null when the page shows none. */
  matches: Match[] | null;
  /** A priority's coverage: the work serving it (with its sub-priorities). */
  coverage: CoverageItem[];
  /** A priority's follow-up actions. */
  followUps: CoverageItem[];
  /** The public's published responses, when the entry's section takes responses (null: it takes none). */
  responses: EntryResponses | null;
  /** The organisations the responses name, by document id, as this language links to them. */
  responseOrganisations: Record<string, ResolvedRef>;
  /** A seminar taking registration: the directory's organisation names, to pick from on the form. */
  directoryNames: string[];
}

const contexts = new WeakMap<Entry, DetailContext>();

/** Computed once per entry and build: the page's cache key and its view both use it. */
export function detailContext(catalog: Catalog, entry: Entry): DetailContext {
  let context = contexts.get(entry);
  if (context) return context;
  const def = sectionDefinition(entry.section);
  const open = !!def.matching && !!entry.seeks?.open;
  const coverage = def.coverageRows
    ? (computeCoverage(catalog, null, true).rows.find((r) => r.priority.documentId === entry.documentId)?.items ?? [])
    : [];
  const takesResponses = !!responseTargetOf(entry) && entry.locale === catalog.locale;
  const responses = takesResponses ? catalog.responsesTo(entry) : null;
  const responseOrganisations: Record<string, ResolvedRef> = {};
  const all = responses ? [...responses.threads, ...[...responses.byAction.values()].flat()] : [];
  for (const response of all.flatMap((r) => [r, ...r.replies])) {
    const found =
      response.organisation && catalog.resolve({ section: 'organisations', documentId: response.organisation });
    if (found) responseOrganisations[response.organisation!] = found;
  }
  // The registration form offers the directory's names (the registrant may type another).
  const directoryNames = entry.registration
    ? [...new Set(catalog.sections.organisations.map((o) => o.title))].sort((a, b) => compareText(catalog.locale, a, b))
    : [];
  context = {
    directoryNames,
    responses,
    responseOrganisations,
    related: catalog.linkedFrom(entry),
    requests: def.matching?.requests && open ? openRequestsForCall(catalog, entry) : [],
    matches: open ? matchOrganisations(catalog, entry) : null,
    coverage,
    followUps: coverage.filter((i) => i.kind === 'followUps' && i.priorities.includes(entry.documentId)),
  };
  contexts.set(entry, context);
  return context;
}
