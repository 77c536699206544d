import { fundingCalls } from './demo/funding-calls.ts';
import { goodPractices } from './demo/good-practices.ts';
import { newsItems } from './demo/news.ts';
import { organisations } from './demo/organisations.ts';
import { pages } from './demo/pages.ts';
import { partnerRequests } from './demo/partner-requests.ts';
import { policyPriorities } from './demo/policy-priorities.ts';
import { researchEntries } from './demo/research.ts';
import { seminars } from './demo/seminars.ts';
import { integrationAreas, municipalities, targetGroups } from './demo/taxonomies.ts';
import { DEMO_FILES } from './demo/files.ts';
import type { DemoEntry } from './types.ts';

export interface DemoCollection {
  uid: string;
  /** Field the slug is made from. */
  titleField: 'title' | 'name';
  entries: DemoEntry[];
}

const withFiles = (entries: DemoEntry[]) =>
  entries.map((entry) => (DEMO_FILES[entry.key] ? { ...entry, files: DEMO_FILES[entry.key] } : entry));

/** The demo data set, in the order relations need (targets before the entries linking to them). */
export const DEMO_COLLECTIONS: DemoCollection[] = [
  { uid: 'api::integration-area.integration-area', titleField: 'name', entries: integrationAreas },
  { uid: 'api::target-group.target-group', titleField: 'name', entries: targetGroups },
  { uid: 'api::municipality.municipality', titleField: 'name', entries: municipalities },
  // Priorities before the organisations, whose responsibilities and services link to them.
  { uid: 'api::policy-priority.policy-priority', titleField: 'title', entries: policyPriorities },
  { uid: 'api::organisation.organisation', titleField: 'name', entries: withFiles(organisations) },
  { uid: 'api::news-item.news-item', titleField: 'title', entries: withFiles(newsItems) },
  { uid: 'api::funding-call.funding-call', titleField: 'title', entries: fundingCalls },
  { uid: 'api::good-practice.good-practice', titleField: 'title', entries: withFiles(goodPractices) },
  { uid: 'api::research-entry.research-entry', titleField: 'title', entries: withFiles(researchEntries) },
  { uid: 'api::seminar.seminar', titleField: 'title', entries: withFiles(seminars) },
  { uid: 'api::partner-request.partner-request', titleField: 'title', entries: partnerRequests },
  { uid: 'api::page.page', titleField: 'title', entries: pages },
];
