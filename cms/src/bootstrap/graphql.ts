import type { Core } from '@strapi/strapi';

// The site only reads. Editors write in the admin, the public through the submission routes, so
// no content type exposes GraphQL mutations at all.
export const CONTENT_TYPES = [
  'api::integration-area.integration-area',
  'api::target-group.target-group',
  'api::municipality.municipality',
  'api::organisation.organisation',
  'api::news-item.news-item',
  'api::good-practice.good-practice',
  'api::research-entry.research-entry',
  'api::funding-call.funding-call',
  'api::seminar.seminar',
  'api::partner-request.partner-request',
  'api::policy-priority.policy-priority',
  'api::page.page',
] as const;

export function hideMutationsFromGraphql(strapi: Core.Strapi) {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of CONTENT_TYPES) extension.shadowCRUD(uid).disableMutations();
  for (const uid of ['plugin::users-permissions.user', 'plugin::users-permissions.role', 'plugin::upload.file', 'plugin::i18n.locale']) {
    extension.shadowCRUD(uid).disableMutations();
  }
}
