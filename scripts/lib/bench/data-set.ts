import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { withoutPlatformSettings } from '@mip/shared-types/settings';
import { ensureEnvFile } from '../env.ts';
import { step } from '../log.ts';
import { BENCH_DIR, CMS_DIR } from '../paths.ts';
import { spawnPrefixed, stopChild, waitForExit, waitForHttp } from '../processes.ts';
import { freePort } from '../test-platform.ts';

// A benchmark data set: its own CMS database (SQLite) and uploads in .data/bench/publish-<N>/ (BENCH_DIR),
// the demo content plus N synthetic documents across the types in both languages. Generated once
// (that takes minutes at 10,000) and kept between runs.

export interface DataSet {
  size: number;
  dir: string;
  /** Settings for a CMS on this data set, a rebuild service beside it and site builds from it. */
  env: NodeJS.ProcessEnv;
}

export async function prepareDataSet(size: number): Promise<DataSet> {
  const dir = path.join(BENCH_DIR, `publish-${size}`);
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const envFile = path.join(dir, '.env');
  const { values } = ensureEnvFile(envFile, {});
  const [cmsPort, sitePort, rebuildPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...withoutPlatformSettings(process.env),
    ...values,
    MIP_ENV_FILE: envFile,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    CMS_PUBLIC_DIR: path.join(dir, 'public'),
    SITE_RELEASES_DIR: path.join(dir, 'site'),
    CMS_PORT: String(cmsPort),
    CMS_URL: `http://127.0.0.1:${cmsPort}`,
    SITE_PORT: String(sitePort),
    REBUILD_PORT: String(rebuildPort),
    REBUILD_WEBHOOK_URL: `http://127.0.0.1:${rebuildPort}/hooks/strapi`,
    REBUILD_SCHEDULE: 'off',
    CMS_SERVE_ADMIN: 'false',
    CMS_LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (size > 0) {
    await step(`Generating ${size} synthetic documents (once; kept in ${path.relative(process.cwd(), dir)})`, () =>
      waitForExit(
        spawnPrefixed(
          process.execPath,
          [path.join(import.meta.dirname, '..', '..', 'generate.ts'), '--size', String(size)],
          'gen',
          { cwd: CMS_DIR, env },
        ),
        'generate',
      ),
    );
  }
  return { size, dir, env };
}

/** Starts the data set's CMS (seeding the demo into a new database) and waits until it answers. */
export async function startDataSetCms(
  dataSet: DataSet,
  extra: NodeJS.ProcessEnv = {},
): Promise<{ pid: number; stop(): Promise<void> }> {
  const cms = spawnPrefixed(process.execPath, [path.join(import.meta.dirname, '..', '..', 'cms-server.ts')], 'cms', {
    cwd: CMS_DIR,
    env: { ...dataSet.env, ...extra },
    ipc: true,
  });
  try {
    await step('Starting the CMS', () => waitForHttp(`${dataSet.env.CMS_URL}/_health`, cms, 10 * 60_000, 'The CMS'));
  } catch (error) {
    await stopChild(cms);
    throw error;
  }
  return { pid: cms.pid!, stop: () => stopChild(cms) };
}
