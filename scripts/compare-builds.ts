// Shows that a change to the site's code leaves what it builds as it was: builds the site twice
// from one freshly seeded CMS, with the build time pinned, once from this working tree and once
// from a git ref (default HEAD), and compares every file of the two builds.
//
//   npm run compare-builds              # the working tree against HEAD
//   npm run compare-builds -- main~3    # ... against any commit
//   npm run compare-builds -- HEAD --keep   # and keep both builds to look at
//
// Exits 0 when the builds are byte-identical; otherwise lists what differs (first lines of each
// differing text file) and exits 1. The ref is checked out into a temporary git worktree whose
// node_modules are hard links to this checkout's (no install, no network).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bold, green, info, red, step } from './lib/log.ts';
import { ROOT_DIR } from './lib/paths.ts';
import { buildTestSite, startTestCmsProcess, testCmsEnv } from './lib/test-platform.ts';

const BUILD_TIME = '2026-11-26T12:00:00Z';
const SITE_URL = 'http://localhost:4321';
const WORKSPACES = ['', 'cms', 'site', 'scripts', 'shared-types'];
// Caches tools write in place: never shared between the two checkouts.
const WRITABLE_CACHES = ['.vite', '.astro', '.cache'];
const TEXT = /\.(html|xml|json|csv|txt|ics|css|js|mjs|svg|webmanifest)$/;

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const ref = args.find((a) => !a.startsWith('--')) ?? 'HEAD';
let commit: string;
try {
  commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: ROOT_DIR,
    encoding: 'utf8',
  }).trim();
} catch {
  console.error(
    red(
      `"${ref}" is not a commit of this repository. Give a branch, tag or commit, e.g. \`npm run compare-builds -- HEAD~1\`.`,
    ),
  );
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-compare-'));
const worktree = path.join(dir, 'ref');
let cms: { stop(): Promise<void> } | undefined;

function files(root: string, sub = ''): string[] {
  return readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(sub, entry.name);
    if (entry.isDirectory()) return relative === '.prerender' ? [] : files(root, relative);
    return [relative];
  });
}

// Bundled scripts and styles are named by a hash of their code, and each island's uid by a hash
// of its script's name: a change to island code renames them in every page that has one. Pages are
// compared with those names normalised; the bundles themselves are compared by name without hash.
const ASSET = /(_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css|mjs)\b/g;
const normalisedName = (file: string) => file.replace(ASSET, '$1.[hash].$2');
const normalised = (file: string) => {
  const bytes = readFileSync(file);
  if (!file.endsWith('.html')) return bytes;
  return Buffer.from(
    bytes
      .toString('utf8')
      .replace(ASSET, '$1.[hash].$2')
      .replace(/ uid="[^"]*"/g, ' uid=""'),
  );
};
const digest = (file: string) => createHash('sha256').update(normalised(file)).digest('hex');

function firstDifference(a: string, b: string): string {
  const left = normalised(a).toString('utf8');
  const right = normalised(b).toString('utf8');
  let at = 0;
  while (at < left.length && left[at] === right[at]) at++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 60), at + 100));
  return `      ${ref}: ${around(left)}\n      now: ${around(right)}`;
}

try {
  await step(`Checking out ${ref} (${commit.slice(0, 10)}) into a temporary worktree`, async () => {
    execFileSync('git', ['worktree', 'add', '--detach', '--quiet', worktree, commit], {
      cwd: ROOT_DIR,
      stdio: 'inherit',
    });
    for (const workspace of WORKSPACES) {
      const modules = path.join(ROOT_DIR, workspace, 'node_modules');
      if (!existsSync(modules)) continue;
      const copy = path.join(worktree, workspace, 'node_modules');
      // Hard links (`cp -al`): fast and no space; the workspace links (@mip/*) are relative, so
      // in the copy they point at the ref's own packages.
      execFileSync('cp', ['-al', modules, copy]);
      for (const cache of WRITABLE_CACHES) rmSync(path.join(copy, cache), { recursive: true, force: true });
    }
  });

  const env = await testCmsEnv(path.join(dir, 'cms'), SITE_URL, { SITE_BUILD_TIME: BUILD_TIME });
  cms = await step('Starting a CMS with the demo content (this working tree’s)', () => startTestCmsProcess(env));
  const now = path.join(dir, 'now');
  const before = path.join(dir, 'before');
  await step('Building the site from this working tree', () => buildTestSite(env, now));
  await step(`Building the site from ${ref}`, () => buildTestSite(env, before, path.join(worktree, 'site')));

  const byName = (root: string) => new Map(files(root).map((f) => [normalisedName(f), path.join(root, f)]));
  const a = byName(before);
  const b = byName(now);
  const onlyBefore = [...a.keys()].filter((f) => !b.has(f)).sort();
  const onlyNow = [...b.keys()].filter((f) => !a.has(f)).sort();
  const changed = [...a.keys()].filter((f) => b.has(f) && digest(a.get(f)!) !== digest(b.get(f)!)).sort();

  console.log(bold(`\n${a.size} files from ${ref}, ${b.size} from the working tree`));
  if (!onlyBefore.length && !onlyNow.length && !changed.length) {
    console.log(
      green(`✓ Byte-identical: every file is the same (${b.size}; bundle names compared without their hash).`),
    );
  } else {
    for (const f of onlyBefore.slice(0, 20)) info(red(`only in ${ref}: ${f}`));
    for (const f of onlyNow.slice(0, 20)) info(red(`only now: ${f}`));
    for (const f of changed.slice(0, 20)) {
      info(red(`differs: ${f}`));
      if (TEXT.test(f) && !f.startsWith('_astro/')) console.log(firstDifference(a.get(f)!, b.get(f)!));
    }
    const more =
      onlyBefore.length +
      onlyNow.length +
      changed.length -
      Math.min(20, onlyBefore.length) -
      Math.min(20, onlyNow.length) -
      Math.min(20, changed.length);
    if (more > 0) info(`… and ${more} more`);
    console.log(
      red(`✗ ${changed.length} file(s) differ, ${onlyBefore.length} only in ${ref}, ${onlyNow.length} only now.`),
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error(red(`Comparing failed: ${(error as Error).message}`));
  process.exitCode = 2;
} finally {
  await cms?.stop();
  try {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT_DIR, stdio: 'ignore' });
  } catch {
    // not created
  }
  if (keep) info(`The builds are kept: ${path.join(dir, 'before')} (${ref}) and ${path.join(dir, 'now')}`);
  else rmSync(dir, { recursive: true, force: true });
}
