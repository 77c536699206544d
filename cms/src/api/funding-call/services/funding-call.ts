import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::funding-call.funding-call');
