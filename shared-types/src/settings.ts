import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The platform's settings: which it generates when absent, and every name it reads. Node only
// (not exported from the package's index, which the site's browser code imports).

const secret = (bytes = 32) => randomBytes(bytes).toString('base64url');

// A password that satisfies Strapi's admin policy (8+ chars, upper, lower, digit).
export const generateAdminPassword = () => `Mip-${secret(12)}-9a`;

/** Every value the platform needs at run time, with how to generate it when absent. */
export const GENERATED_SETTINGS: Record<string, () => string> = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: () => secret(),
  ADMIN_JWT_SECRET: () => secret(),
  TRANSFER_TOKEN_SALT: () => secret(),
  JWT_SECRET: () => secret(),
  ENCRYPTION_KEY: () => secret(),
  CMS_TOKEN: () => randomBytes(48).toString('hex'),
  CMS_PREVIEW_TOKEN: () => randomBytes(48).toString('hex'),
  PREVIEW_SECRET: () => secret(),
  ALERTS_SECRET: () => secret(),
  REBUILD_SECRET: () => secret(),
  ADMIN_EMAIL: () => 'admin@mip.example',
  ADMIN_PASSWORD: generateAdminPassword,
  DEMO_EDITOR_EMAIL: () => 'redaktore@mip.example',
  DEMO_EDITOR_PASSWORD: generateAdminPassword,
};

/** A fresh value for every generated setting (a test's or a throw-away CMS's secrets). */
export function freshSettings(): Record<string, string> {
  return Object.fromEntries(Object.entries(GENERATED_SETTINGS).map(([name, make]) => [name, make()]));
}

/** Settings the scripts pass to their own children (not for people to set, so not in .env.example). */
const INTERNAL_SETTINGS = [
  'MIP_ENV_FILE',
  'CMS_SERVE_ADMIN',
  'SITE_BUILD_CACHE',
  'SITE_FULL_BUILD',
  'SITE_CHANGED_MEDIA',
  'SITE_SEARCH_INDEX',
  'SITE_FOLLOW_INDEX',
  'REBUILD_HOST',
  'PREVIEW_HOST',
  'BACKUP_DIR',
];

/** Every setting the platform reads: those .env.example documents (set or commented out), and the internal ones. */
export function platformSettingNames(): string[] {
  const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
  return [...new Set([...documented, ...Object.keys(GENERATED_SETTINGS), ...INTERNAL_SETTINGS])];
}

/**
 * `env` without any platform setting. The tests start their platforms from this, so a setting in
 * the caller's environment (an exported CMS_URL, a sourced production .env) cannot point a test's
 * site build at another CMS, or its CMS at another database. Test settings (TEST_POSTGRES_URL,
 * CHROMIUM_PATH, CI, ...) and everything else pass through.
 */
export function withoutPlatformSettings(env: NodeJS.ProcessEnv = process.env, keep: string[] = []): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of platformSettingNames()) if (!keep.includes(name)) delete clean[name];
  return clean;
}
