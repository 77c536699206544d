import type { Core } from '@strapi/strapi';

// The site only reads. Editors write in the admin and the public through the submission routes,
// so no GraphQL mutation is generated for the content types or the plugins' types.
const PLUGIN_TYPES = ['plugin::users-permissions.user', 'plugin::users-permissions.role', 'plugin::upload.file', 'plugin::i18n.locale'];

export function hideMutationsFromGraphql(strapi: Core.Strapi) {
  const extension = strapi.plugin('graphql').service('extension');
  const contentTypes = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  for (const uid of [...contentTypes, ...PLUGIN_TYPES]) extension.shadowCRUD(uid).disableMutations();
}
