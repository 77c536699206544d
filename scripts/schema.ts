// `npm run schema`: writes the CMS's GraphQL schema to site/schema.graphql and the site's query
// types generated from it (both committed). Run it after changing the content model; the CMS
// test suite fails while the committed schema is out of date.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printCmsSchema } from '@mip/cms/graphql-schema';
import { loadStrapi } from '@mip/cms/strapi';
import { freshSettings } from '@mip/shared-types/settings';
import { step } from './lib/log.ts';
import { SITE_DIR } from './lib/paths.ts';

const SCHEMA_FILE = path.join(SITE_DIR, 'schema.graphql');

// The schema depends only on the content model, so any throw-away database and secrets will do.
const throwAway = freshSettings();
const dir = mkdtempSync(path.join(tmpdir(), 'mip-schema-'));
Object.assign(process.env, throwAway, {
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(dir, 'data.db'),
  CMS_LOG_LEVEL: 'warn',
});
const strapi = await step('Loading the CMS', () => loadStrapi());
try {
  await step(`Writing ${path.relative(process.cwd(), SCHEMA_FILE)}`, async () =>
    writeFileSync(SCHEMA_FILE, printCmsSchema(strapi)),
  );
} finally {
  await strapi.destroy();
  rmSync(dir, { recursive: true, force: true });
}

await step("Generating the site's GraphQL types (gql.tada)", async () => {
  const result = spawnSync('npx', ['gql.tada', 'generate', 'output'], { cwd: SITE_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('gql.tada generate output failed; see above');
});
