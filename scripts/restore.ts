// `npm run restore -- <backup.tar.gz>`: puts a backup's database and uploaded files in place of the
// current ones. Stop the platform first. Nothing is thrown away: the current SQLite file and
// uploads are moved aside, and a PostgreSQL database is backed up before it is replaced.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupSource, createBackup, restoreBackup } from './lib/backup.ts';
import { green, red } from './lib/log.ts';
import { DATA_DIR, ENV_FILE } from './lib/paths.ts';

const envFile = process.env.MIP_ENV_FILE ?? ENV_FILE;
if (existsSync(envFile)) process.loadEnvFile(envFile);

const archive = process.argv[2];
if (!archive) {
  console.error(`${red('✗')} Which backup? Usage: npm run restore -- .data/backups/mip-backup-<time>.tar.gz`);
  process.exit(1);
}

async function cmsIsRunning(): Promise<boolean> {
  const port = process.env.CMS_PORT || '1337';
  return fetch(`http://127.0.0.1:${port}/_health`, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
}

try {
  if (await cmsIsRunning())
    throw new Error(
      'The CMS is running. Stop the platform (Ctrl-C in `npm start`, or `docker compose stop cms`) and try again.',
    );
  const target = backupSource();
  if (target.client === 'postgres') {
    const safety = await createBackup(
      target,
      path.resolve(process.env.BACKUP_DIR || path.join(DATA_DIR, 'backups')),
      new Date(),
      () => {},
    ).catch((error) => {
      throw new Error(
        `Could not back up the current database before replacing it, so nothing was changed: ${(error as Error).message}`,
      );
    });
    console.log(`The current database is saved in ${safety}`);
  }
  const manifest = await restoreBackup(archive, target, new Date(), (line) => console.log(line));
  // The site builds keep a snapshot of the content they last read and read only changes since:
  // after a restore that snapshot describes another database, so the next build starts afresh.
  rmSync(path.join(path.resolve(process.env.SITE_RELEASES_DIR || path.join(DATA_DIR, 'site')), 'cache'), {
    recursive: true,
    force: true,
  });
  console.log(
    `${green('✓')} Restored the backup of ${manifest.createdAt} (${manifest.database}, ${manifest.uploads} uploaded files). Start the platform again.`,
  );
} catch (error) {
  console.error(`${red('✗')} Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
