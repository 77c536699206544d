// `npm run seed`: loads the bilingual demo content into the CMS database configured in .env.
// Safe to run any number of times; entries already present are left as they are.
import { ensureEnvFile } from './lib/env.ts';
import { step } from './lib/log.ts';
import { loadStrapi } from '@mip/cms/strapi';
import { seedDemo } from '@mip/cms/seed';

Object.assign(process.env, ensureEnvFile().values);
const strapi = await step('Loading the CMS', () => loadStrapi());
try {
  await step('Seeding demo content', () => seedDemo(strapi, console.log));
} finally {
  await strapi.destroy();
}
