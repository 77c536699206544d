import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CMS_DIR } from './paths.ts';

// Backups of everything the platform cannot rebuild: the whole database (content, drafts, admin
// users, API tokens, webhooks, settings; Strapi's own export leaves the admin side out) and the
// uploaded files. One .tar.gz per backup with a manifest. The static site is not backed up: it is
// rebuilt from these.

export const BACKUP_FORMAT = 1;

export interface BackupSource {
  client: 'sqlite' | 'postgres';
  /** SQLite: the database file. */
  sqliteFile?: string;
  /** PostgreSQL: a connection string. */
  postgresUrl?: string;
  uploadsDir: string;
}

export interface BackupManifest {
  format: number;
  createdAt: string;
  database: 'sqlite' | 'postgres';
  uploads: number;
}

/** Where the CMS keeps its data, read from the same settings as cms/config (database.ts, server.ts). */
export function backupSource(env: NodeJS.ProcessEnv = process.env): BackupSource {
  const publicDir = path.resolve(CMS_DIR, env.CMS_PUBLIC_DIR || 'public');
  const uploadsDir = path.join(publicDir, 'uploads');
  const client = env.DATABASE_CLIENT || 'sqlite';
  if (client === 'sqlite')
    return { client, sqliteFile: path.resolve(CMS_DIR, env.DATABASE_FILENAME || '.tmp/data.db'), uploadsDir };
  if (client !== 'postgres') throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  let postgresUrl = env.DATABASE_URL;
  if (!postgresUrl) {
    const url = new URL('postgres://localhost');
    url.hostname = env.DATABASE_HOST || '127.0.0.1';
    url.port = env.DATABASE_PORT || '5432';
    url.pathname = `/${env.DATABASE_NAME || 'mip'}`;
    url.username = env.DATABASE_USERNAME || 'mip';
    url.password = env.DATABASE_PASSWORD || '';
    if (env.DATABASE_SSL === 'true') url.searchParams.set('sslmode', 'require');
    postgresUrl = url.href;
  }
  return { client, postgresUrl, uploadsDir };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) =>
      reject(
        new Error(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${command} is not installed (Debian: apt-get install ${command === 'tar' ? 'tar' : 'postgresql-client'})`
            : error.message,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim().slice(-2000)}`)),
    );
  });
}

const countFiles = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce(
        (n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1),
        0,
      )
    : 0;

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');

/** Writes <outDir>/mip-backup-<time>.tar.gz and returns its path. Safe while the CMS runs. */
export async function createBackup(
  source: BackupSource,
  outDir: string,
  now = new Date(),
  log: (line: string) => void = () => {},
): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(path.join(os.tmpdir(), 'mip-backup-'));
  try {
    if (source.client === 'sqlite') {
      if (!existsSync(source.sqliteFile!))
        throw new Error(`No database at ${source.sqliteFile}: nothing to back up (check DATABASE_FILENAME).`);
      log('Copying the SQLite database (online backup)…');
      const db = new Database(source.sqliteFile!, { readonly: true, fileMustExist: true });
      try {
        await db.backup(path.join(staging, 'database.sqlite'));
      } finally {
        db.close();
      }
    } else {
      log('Dumping the PostgreSQL database (pg_dump)…');
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${path.join(staging, 'database.pgdump')}`,
        source.postgresUrl!,
      ]);
    }
    const uploads = countFiles(source.uploadsDir);
    log(`Copying ${uploads} uploaded file(s)…`);
    if (existsSync(source.uploadsDir)) cpSync(source.uploadsDir, path.join(staging, 'uploads'), { recursive: true });
    else mkdirSync(path.join(staging, 'uploads'));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      database: source.client,
      uploads,
    };
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const archive = path.join(outDir, `mip-backup-${stamp(now)}.tar.gz`);
    log('Writing the archive…');
    await run('tar', ['-czf', `${archive}.partial`, '-C', staging, '.']);
    renameSync(`${archive}.partial`, archive);
    return archive;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Reads an archive's manifest, refusing anything that is not a backup of this format. */
function unpack(archive: string, into: string): Promise<BackupManifest> {
  if (!existsSync(archive) || !statSync(archive).isFile())
    return Promise.reject(new Error(`No backup file at ${archive}.`));
  return run('tar', ['-xzf', archive, '-C', into]).then(() => {
    const file = path.join(into, 'manifest.json');
    if (!existsSync(file)) throw new Error(`${archive} is not a platform backup (no manifest.json).`);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT)
      throw new Error(`${archive} has backup format ${manifest.format}; this version reads format ${BACKUP_FORMAT}.`);
    return manifest;
  });
}

/**
 * Replaces the database and the uploads with the backup's. The CMS must be stopped. What was
 * there before is not lost: the SQLite file and the uploads folder are moved aside with a
 * `.before-restore-<time>` suffix (for PostgreSQL, take a backup first; `npm run restore` does).
 */
export async function restoreBackup(
  archive: string,
  target: BackupSource,
  now = new Date(),
  log: (line: string) => void = () => {},
): Promise<BackupManifest> {
  const staging = mkdtempSync(path.join(os.tmpdir(), 'mip-restore-'));
  try {
    const manifest = await unpack(path.resolve(archive), staging);
    if (manifest.database !== target.client) {
      throw new Error(
        `The backup holds a ${manifest.database} database but DATABASE_CLIENT is ${target.client}. Restore into the same kind of database.`,
      );
    }
    const aside = `.before-restore-${stamp(now)}`;
    if (target.client === 'sqlite') {
      const file = target.sqliteFile!;
      mkdirSync(path.dirname(file), { recursive: true });
      for (const suffix of ['', '-wal', '-shm'])
        if (existsSync(file + suffix)) renameSync(file + suffix, file + aside + suffix);
      log(`Restoring the SQLite database to ${file}…`);
      cpSync(path.join(staging, 'database.sqlite'), file);
    } else {
      log('Restoring the PostgreSQL database (pg_restore)…');
      await run('pg_restore', [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--no-privileges',
        '--single-transaction',
        `--dbname=${target.postgresUrl}`,
        path.join(staging, 'database.pgdump'),
      ]);
    }
    log(`Restoring ${manifest.uploads} uploaded file(s) to ${target.uploadsDir}…`);
    if (existsSync(target.uploadsDir)) renameSync(target.uploadsDir, target.uploadsDir + aside);
    mkdirSync(path.dirname(target.uploadsDir), { recursive: true });
    cpSync(path.join(staging, 'uploads'), target.uploadsDir, { recursive: true });
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
