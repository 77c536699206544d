import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::funding-call.funding-call');
