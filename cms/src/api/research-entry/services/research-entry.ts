import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::research-entry.research-entry');
