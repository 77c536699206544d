// `npm run env`: writes the git-ignored .env with fresh secrets for every generated setting that
// is missing (never changing one that is there), plus a database password for docker-compose.
// `npm start` does the same on its first run; use this before `docker compose up`.
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureEnvFile } from './lib/env.ts';
import { green } from './lib/log.ts';
import { ENV_FILE } from './lib/paths.ts';

const file = process.env.MIP_ENV_FILE ?? ENV_FILE;
const { generated } = ensureEnvFile(file, {});
if (!/^DATABASE_PASSWORD=\S/m.test(readFileSync(file, 'utf8'))) {
  appendFileSync(file, `DATABASE_PASSWORD=${randomBytes(24).toString('base64url')}\n`);
  generated.push('DATABASE_PASSWORD');
}
console.log(
  `${green('✓')} ${path.relative(process.cwd(), file) || file}: ${generated.length ? `generated ${generated.join(', ')}` : 'every secret was already set'}.`,
);
console.log('  Set CMS_PUBLIC_URL and SITE_URL to your public https address before starting production.');
