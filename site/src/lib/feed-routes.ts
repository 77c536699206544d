import { LOCALES, type Locale } from '@mip/shared-types';
import { SECTION_SEGMENTS } from './i18n/routes.ts';
import { SECTION_DEFINITIONS, type ContentSectionKey } from './sections/index.ts';

/** Route parameters of the per-section feed endpoints: every section (or only calendar ones). */
export function sectionFeedParams(onlyCalendars = false) {
  return LOCALES.flatMap((locale) =>
    SECTION_DEFINITIONS.filter((def) => !onlyCalendars || def.calendar).map((def) => ({
      params: { locale, section: SECTION_SEGMENTS[def.key][locale] },
      props: { locale, section: def.key as ContentSectionKey },
    })),
  );
}

export type SectionFeedProps = { locale: Locale; section: ContentSectionKey };
