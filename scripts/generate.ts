// `npm run generate -- --size N`: adds N synthetic documents (both locales) to the CMS database
// configured in .env, for benchmarks. Idempotent for a given N; shows a progress bar.
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { ensureEnvFile } from './lib/env.ts';
import { formatDuration, step } from './lib/log.ts';
import { loadStrapi } from '@mip/cms/strapi';
import { generateSynthetic } from '@mip/cms/seed';

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1) {
  console.error('Usage: npm run generate -- --size N   (N: a whole number of documents, for example 10000)');
  process.exit(2);
}

Object.assign(process.env, ensureEnvFile(process.env.MIP_ENV_FILE).values, {
  CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn',
  // No rebuild per generated document: nothing listens while this runs, and Strapi's webhook queue
  // held every event's entry (about 20 GB at 10,000 documents). The CMS's next start turns it back on.
  REBUILD_WEBHOOK_URL: '',
});
const strapi = await step('Loading the CMS', () => loadStrapi());
// A live bar in a terminal. Piped output (CI, `npm run bench:*`) gets a line every 5 s, written
// from the progress callback itself (SQLite calls are synchronous: a timer gets a turn only
// between documents).
const tty = process.stdout.isTTY === true;
const bar = new SingleBar(
  { format: '  {bar} {percentage}% | {value}/{total} documents | {duration_formatted} elapsed, ~{eta_formatted} left' },
  Presets.shades_classic,
);
const started = Date.now();
let lastLine = 0;
const progress = (done: number) => {
  if (tty) return bar.update(done);
  const now = Date.now();
  if (now - lastLine < 5000 && done < size) return;
  lastLine = now;
  const rate = done / Math.max(1, (now - started) / 1000);
  console.log(
    `  ${done}/${size} documents, ${formatDuration(now - started)} elapsed${done < size ? `, ~${formatDuration(((size - done) / Math.max(rate, 0.01)) * 1000)} left` : ''}`,
  );
};
try {
  if (tty) bar.start(size, 0);
  const { created, existing } = await generateSynthetic(strapi, size, progress);
  bar.stop();
  console.log(
    `Generated ${created} new synthetic document(s), ${existing} already there, in ${formatDuration(Date.now() - started)}.`,
  );
} catch (error) {
  bar.stop();
  throw error;
} finally {
  await strapi.destroy();
}
