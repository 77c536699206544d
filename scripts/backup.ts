// `npm run backup`: the database and the uploaded files in one archive under BACKUP_DIR (default
// .data/backups). Safe while the platform runs. Copy the archives off the machine.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupSource, createBackup } from './lib/backup.ts';
import { green, red } from './lib/log.ts';
import { DATA_DIR, ENV_FILE } from './lib/paths.ts';

const envFile = process.env.MIP_ENV_FILE ?? ENV_FILE;
if (existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const archive = await createBackup(
    backupSource(),
    path.resolve(process.env.BACKUP_DIR || path.join(DATA_DIR, 'backups')),
    new Date(),
    (line) => console.log(line),
  );
  console.log(`${green('✓')} Backup written: ${archive}`);
  console.log(`  Restore it with: npm run restore -- ${path.relative(process.cwd(), archive)}`);
} catch (error) {
  console.error(`${red('✗')} Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
