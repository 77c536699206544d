import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::integration-area.integration-area');
