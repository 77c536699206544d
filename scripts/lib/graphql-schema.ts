import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';
import { SITE_DIR } from './paths.ts';

// The same (CommonJS) copy of graphql that Strapi builds its schema with: graphql refuses to
// print a schema made by another loaded copy of itself.
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The committed copy of the CMS's GraphQL schema that the site's types are generated from. */
export const SCHEMA_FILE = path.join(SITE_DIR, 'schema.graphql');

const HEADER = '# Generated from the CMS by `npm run schema`. Do not edit: change the content model instead.\n\n';

/** The CMS's GraphQL schema as SDL, sorted so that diffs show only real changes. */
export function printCmsSchema(strapi: Core.Strapi): string {
  const schema = strapi.plugin('graphql').service('content-api').buildSchema() as GraphQLSchema;
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

export function writeCmsSchema(strapi: Core.Strapi, file = SCHEMA_FILE) {
  writeFileSync(file, printCmsSchema(strapi));
}
