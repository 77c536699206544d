import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';

// The same (CommonJS) copy of graphql that Strapi builds its schema with: graphql refuses to
// print a schema made by another loaded copy of itself.
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const HEADER = '# Generated from the CMS by `npm run schema`. Do not edit: change the content model instead.\n\n';

/** The CMS's GraphQL schema as SDL, sorted so that diffs show only real changes. */
export function printCmsSchema(strapi: Core.Strapi): string {
  const schema = strapi.plugin('graphql').service('content-api').buildSchema() as GraphQLSchema;
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
