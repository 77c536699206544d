// `npm run generate -- --size N`: adds N synthetic documents (both locales) to the CMS database
// configured in .env, for benchmarks. Idempotent for a given N; shows a progress bar.
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { ensureEnvFile } from './lib/env.ts';
import { formatDuration, step } from './lib/log.ts';
import { loadStrapi } from './lib/strapi.ts';
import { generateSynthetic } from './seed/index.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1) {
  console.error('Usage: npm run generate -- --size N   (N: a whole number of documents, for example 10000)');
  process.exit(2);
}

Object.assign(process.env, ensureEnvFile(process.env.MIP_ENV_FILE).values, { CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn' });
const strapi = await step('Loading the CMS', () => loadStrapi());
// Piped output (CI, `npm run bench:*`) gets a progress line every 5 s instead of a live bar.
const bar = new SingleBar({ noTTYOutput: true, notTTYSchedule: 5000, format: '  {bar} {percentage}% | {value}/{total} documents | {duration_formatted} elapsed, ~{eta_formatted} left' }, Presets.shades_classic);
const started = Date.now();
try {
  bar.start(size, 0);
  const { created, existing } = await generateSynthetic(strapi, size, (done) => bar.update(done));
  bar.stop();
  console.log(`Generated ${created} new synthetic document(s), ${existing} already there, in ${formatDuration(Date.now() - started)}.`);
} catch (error) {
  bar.stop();
  throw error;
} finally {
  await strapi.destroy();
}
