import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths.ts';

// Strapi's ESM build imports directories (`lodash/fp`), which Node's ESM loader rejects; its
// CommonJS build works, so load that one.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
/**
 * Loads the CMS in this process (compiling its TypeScript first) without opening a port.
 * Environment (database, secrets) must be set in process.env before calling.
 */
export async function loadStrapi(options: { listen?: boolean } = {}): Promise<Core.Strapi> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const app = await compileStrapi({ appDir: CMS_DIR });
  const strapi = createStrapi({ ...app, autoReload: false, serveAdminPanel: options.listen ?? false });
  await strapi.load();
  if (options.listen) await strapi.listen();
  return strapi;
}
