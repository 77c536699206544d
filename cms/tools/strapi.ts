import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** The CMS's own folder (its config, src and dist). */
export const CMS_DIR = path.resolve(import.meta.dirname, '..');

// Strapi's ESM build imports directories (`lodash/fp`), which Node's ESM loader rejects; its
// CommonJS build works, so load that one.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)(
  '@strapi/strapi',
) as typeof import('@strapi/strapi');
/**
 * Loads the CMS in this process (compiling its TypeScript first); call `strapi.listen()` to open
 * its port. Environment (database, secrets) must be set in process.env before calling.
 */
export async function loadStrapi(options: { serveAdminPanel?: boolean; compile?: boolean } = {}): Promise<Core.Strapi> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const app =
    options.compile === false
      ? { appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }
      : await compileStrapi({ appDir: CMS_DIR });
  const strapi = createStrapi({ ...app, autoReload: false, serveAdminPanel: options.serveAdminPanel ?? false });
  await strapi.load();
  return strapi;
}

/** Compiles the CMS TypeScript once (for callers that then load it with `compile: false`). */
export async function compileCms() {
  await compileStrapi({ appDir: CMS_DIR });
}
