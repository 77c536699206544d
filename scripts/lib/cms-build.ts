import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, ROOT_DIR } from './paths.ts';
import { spawnPrefixed, waitForExit } from './processes.ts';

const ADMIN_INDEX = path.join(CMS_DIR, 'dist', 'build', 'index.html');
const STAMP = path.join(CMS_DIR, 'dist', 'build', '.mip-admin-stamp');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/**
 * Fingerprint of what the admin panel bundle depends on: installed packages (the lock file),
 * the CMS's admin customisations, the shared code they import and plugin configuration. Content
 * types do not affect it.
 */
export function adminFingerprint(): string {
  const hash = createHash('sha256');
  const inputs = [
    path.join(ROOT_DIR, 'package-lock.json'),
    path.join(CMS_DIR, 'package.json'),
    path.join(CMS_DIR, 'config', 'plugins.ts'),
    path.join(CMS_DIR, 'config', 'admin.ts'),
    ...filesUnder(path.join(CMS_DIR, 'src', 'admin')),
    path.join(ROOT_DIR, 'shared-types', 'src', 'slug.ts'),
  ];
  for (const file of inputs) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path.relative(ROOT_DIR, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function adminBuildIsCurrent(): boolean {
  return existsSync(ADMIN_INDEX) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === adminFingerprint();
}

export function markAdminBuilt() {
  writeFileSync(STAMP, adminFingerprint());
}

export const ADMIN_BUILD_STEP = 'Building the CMS admin panel (first run or after an update; about a minute)';

/**
 * Builds the admin panel when it is missing or out of date. `step` shows the build as a step of
 * the caller's output; `track` lets the caller stop the build process with itself.
 */
export async function ensureAdminBuild(
  env: NodeJS.ProcessEnv,
  {
    step = (_title, work) => work(),
    track = (child) => child,
  }: {
    step?: (title: string, work: () => Promise<void>) => Promise<unknown>;
    track?: (child: ChildProcess) => ChildProcess;
  } = {},
) {
  if (adminBuildIsCurrent()) return;
  await step(ADMIN_BUILD_STEP, async () => {
    await waitForExit(track(spawnPrefixed('npx', ['strapi', 'build'], 'cms', { cwd: CMS_DIR, env })), 'strapi build');
    markAdminBuilt();
  });
}
