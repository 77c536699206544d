import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::research-entry.research-entry');
