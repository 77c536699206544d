// The CMS process that `npm start` runs: loads Strapi, seeds the demo content when the database
// is empty, then listens. Strapi itself stops cleanly (closing the database) on SIGINT/SIGTERM.
import { loadStrapi } from '@mip/cms/strapi';
import { isContentEmpty, seedDemo } from '@mip/cms/seed';

// Started by `npm start` with a channel to it: if that process dies without stopping us (killed
// outright), stop too instead of holding the port and the database.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

// Test runs that only need the API skip the admin panel (and its one-minute build).
const strapi = await loadStrapi({ serveAdminPanel: process.env.CMS_SERVE_ADMIN !== 'false' });

if (process.env.SEED_DEMO !== 'false' && (await isContentEmpty(strapi))) {
  console.log('The database is empty: loading the demo content in Lithuanian and English…');
  await seedDemo(strapi, console.log);
}
await strapi.listen();
