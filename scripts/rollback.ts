// `npm run rollback`: serve the release before the current one. The rebuild service and nginx
// follow the `current` link, so this takes effect at once; the next build goes live as usual.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { green, red } from './lib/log.ts';
import { DATA_DIR, ENV_FILE } from './lib/paths.ts';
import { ReleaseStore } from './lib/rebuild/releases.ts';

const envFile = process.env.MIP_ENV_FILE ?? ENV_FILE;
if (existsSync(envFile)) process.loadEnvFile(envFile);

const releases = new ReleaseStore(path.resolve(process.env.SITE_RELEASES_DIR || path.join(DATA_DIR, 'site')));
const from = releases.current();
try {
  const to = releases.rollback();
  console.log(`${green('✓')} Rolled back from ${from} to ${to}. Releases kept: ${releases.list().join(', ')}`);
} catch (error) {
  console.error(`${red('✗')} ${(error as Error).message}`);
  process.exit(1);
}
