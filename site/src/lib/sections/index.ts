import type { SectionKey } from '../i18n/routes.ts';
import type { SectionDefinition } from './definition.ts';
import { funding } from './funding.ts';
import { goodPractices } from './good-practices.ts';
import { news } from './news.ts';
import { organisations } from './organisations.ts';
import { partnerSearch } from './partner-search.ts';
import { priorities } from './priorities.ts';
import { research } from './research.ts';
import { seminars } from './seminars.ts';

export type { SectionContext, SectionDefinition } from './definition.ts';

/** The content sections in the order the navigation shows them. */
export const SECTION_DEFINITIONS = [
  news,
  goodPractices,
  research,
  funding,
  seminars,
  organisations,
  partnerSearch,
  priorities,
] as SectionDefinition[];
export type ContentSectionKey = Exclude<SectionKey, 'search'>;

export function sectionDefinition(key: SectionKey): SectionDefinition {
  const found = SECTION_DEFINITIONS.find((s) => s.key === key);
  if (!found) throw new Error(`No section "${key}"`);
  return found;
}
