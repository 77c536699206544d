import { factories } from '@strapi/strapi';

// Read-only REST for the site's token (published responses only); the public role has no find.
// Responses are written through the public routes (routes/public.ts) and the admin.
export default factories.createCoreRouter('api::response.response', { only: ['find', 'findOne'] });
