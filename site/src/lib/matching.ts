import type { Catalog } from './catalog.ts';
import { nationalScope } from './coverage.ts';
import type { Entry, FacetValue } from './entries.ts';
import { compareText } from './format.ts';

// Partner matching for a funding call or a partner-search request: organisations open to
// partnership, of a type the call or request accepts, working in at least one of its areas and,
// where it is local, based in one of its municipalities (or working nationally). Ranked by how
// much they share, each with the reasons it was suggested.

export interface MatchReasons {
  areas: FacetValue[];
  municipality: FacetValue | null;
  groups: FacetValue[];
  /** Set when the call or request limits the organisation types. */
  type: string | null;
}

export interface Match {
  organisation: Entry;
  score: number;
  reasons: MatchReasons;
}

const values = (entry: Entry, key: 'area' | 'group' | 'municipality') => entry.facets[key] ?? [];

export function matchOrganisations(catalog: Catalog, subject: Entry, limit = 10): Match[] {
  const seeks = subject.seeks;
  if (!seeks?.open) return [];
  const areas = new Set(values(subject, 'area').map((v) => v.key));
  if (areas.size === 0) return [];
  const groups = new Set(values(subject, 'group').map((v) => v.key));
  const national = nationalScope(catalog);
  const places = new Set(
    values(subject, 'municipality')
      .map((v) => v.key)
      .filter((key) => !national.has(key)),
  );
  // A request's own organisation is not its own partner.
  const own = new Set(seeks.seekers);

  const matches: Match[] = [];
  for (const org of catalog.sections.organisations) {
    const facts = org.organisation;
    if (!facts?.open || own.has(org.documentId)) continue;
    if (seeks.types.length > 0 && (!facts.type || !seeks.types.includes(facts.type))) continue;
    const sharedAreas = values(org, 'area').filter((v) => areas.has(v.key));
    if (sharedAreas.length === 0) continue;
    const seat = values(org, 'municipality');
    const inPlace = seat.find((v) => places.has(v.key)) ?? null;
    const worksNationally = seat.length === 0 || seat.some((v) => national.has(v.key));
    if (places.size > 0 && !inPlace && !worksNationally) continue;
    const sharedGroups = values(org, 'group').filter((v) => groups.has(v.key));
    matches.push({
      organisation: org,
      score: sharedAreas.length * 3 + (inPlace ? 2 : 0) + sharedGroups.length,
      reasons: {
        areas: sharedAreas,
        municipality: inPlace,
        groups: sharedGroups,
        type: seeks.types.length > 0 ? facts.type : null,
      },
    });
  }
  return matches
    .sort((a, b) => b.score - a.score || compareText(catalog.locale, a.organisation.title, b.organisation.title))
    .slice(0, limit);
}

/** The open partner-search requests that name this call (expired ones drop out at the next build). */
export function openRequestsForCall(catalog: Catalog, call: Entry): Entry[] {
  return catalog.sections.partnerSearch.filter((r) => r.seeks?.open && r.seeks.fundingCall === call.documentId);
}
