import type { Locale } from '@mip/shared-types';

/** Where the public forms live (below /<locale>/). */
export const FORM_PATHS: Record<'goodPractice' | 'partnerRequest', Record<Locale, string>> = {
  goodPractice: { lt: 'pateikti-praktika/', en: 'submit-practice/' },
  partnerRequest: { lt: 'partneriu-paieska/nauja/', en: 'partner-search/new/' },
};
