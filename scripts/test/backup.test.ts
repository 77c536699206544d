import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutPlatformSettings } from '@mip/shared-types/settings';
import { ROOT_DIR } from '../lib/paths.ts';
import { createPostgresDatabase, postgresUnavailable, type TestDatabase } from '@mip/testing/test-database';
import { buildTestSite, startTestCmsProcess, testCmsEnv } from '../lib/test-platform.ts';

// `npm run backup` and `npm run restore` with real processes: back up a seeded platform, restore
// into a fresh database and upload folder, rebuild the site and compare it byte for byte.

const SITE_URL = 'https://mip.example';
const BUILD_TIME = new Date().toISOString();
const dirs: string[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const db of databases) await db.drop();
});

function cli(script: 'backup' | 'restore', env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT_DIR, 'scripts', `${script}.ts`), ...args], {
    env: { ...env, MIP_ENV_FILE: '/nonexistent' },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file of a build, relative path → contents. */
function files(dir: string, base = dir): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of files(full, base)) found.set(k, v);
    else found.set(path.relative(base, full), readFileSync(full));
  }
  return found;
}

async function database(kind: 'sqlite' | 'postgres', dir: string): Promise<NodeJS.ProcessEnv> {
  if (kind === 'sqlite') return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') };
  const db = await createPostgresDatabase();
  databases.push(db);
  return { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url };
}

const postgresMissing = await postgresUnavailable();

describe('backup and restore', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'restores a %s backup into a fresh database, and the rebuilt site is identical',
    async (kind) => {
      if (kind === 'postgres' && postgresMissing) {
        if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI: ${postgresMissing}`);
        console.warn(`Skipping the PostgreSQL backup test: ${postgresMissing}`);
        return;
      }
      const original = mkdtempSync(path.join(os.tmpdir(), 'mip-backup-a-'));
      const fresh = mkdtempSync(path.join(os.tmpdir(), 'mip-backup-b-'));
      dirs.push(original, fresh);
      const before = await testCmsEnv(original, SITE_URL, {
        SITE_BUILD_TIME: BUILD_TIME,
        BACKUP_DIR: path.join(original, 'backups'),
        ...(await database(kind, original)),
      });

      const cms = await startTestCmsProcess(before);
      let archive: string;
      try {
        await buildTestSite(before, path.join(original, 'dist'));
        const backup = cli('backup', before);
        expect(backup.status, backup.output).toBe(0);
        archive = /Backup written: (\S+)/.exec(backup.output)![1];
        // A restore never runs under a live CMS.
        const refused = cli('restore', before, archive);
        expect(refused.status).toBe(1);
        expect(refused.output).toContain('The CMS is running');
      } finally {
        await cms.stop();
      }

      // Same secrets and address (the pages link uploads at the CMS's address), new database and uploads.
      const after = {
        ...before,
        ...(await database(kind, fresh)),
        CMS_PUBLIC_DIR: path.join(fresh, 'public'),
        SEED_DEMO: 'false',
        BACKUP_DIR: path.join(fresh, 'backups'),
      };
      const restored = cli('restore', after, archive);
      expect(restored.status, restored.output).toBe(0);
      expect(restored.output).toMatch(/Restored the backup of .* \(\w+, \d+ uploaded files\)/);
      const cmsAgain = await startTestCmsProcess(after);
      try {
        await buildTestSite(after, path.join(fresh, 'dist'));
      } finally {
        await cmsAgain.stop();
      }

      const a = files(path.join(original, 'dist'));
      const b = files(path.join(fresh, 'dist'));
      expect(a.size).toBeGreaterThan(500);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      const different = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
      expect(different).toEqual([]);
      // The uploads came back too: the files the pages link to are there.
      expect(readdirSync(path.join(fresh, 'public', 'uploads')).length).toBeGreaterThan(0);
    },
    10 * 60_000,
  );

  it('refuses a file that is not a backup, and says which file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-backup-c-'));
    dirs.push(dir);
    const result = cli(
      'restore',
      {
        ...withoutPlatformSettings(process.env),
        CMS_PORT: '9',
        DATABASE_FILENAME: path.join(dir, 'data.db'),
        CMS_PUBLIC_DIR: dir,
      },
      path.join(dir, 'missing.tar.gz'),
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain('No backup file at');
  });
});
