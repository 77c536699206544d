import { factories } from '@strapi/strapi';

// Read-only REST: REST create publishes by default, so writes go through the admin or the
// submission routes only. Reading needs the site's API token; the public role has no find.
export default factories.createCoreRouter('api::organisation.organisation', { only: ['find', 'findOne'] });
