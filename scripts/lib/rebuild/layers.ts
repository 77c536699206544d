import { readFileSync, statSync } from 'node:fs';
import { link, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Layered releases. A publish changes a few hundred pages of tens of thousands; writing a whole
// new tree for each (even of hard links) cost seconds. So a release is either
//
// - whole: every file of the site, and in `.release.json` the list of them (`files`); or
// - layered over a whole one, its base: only the files that differ from the base, `.base` (a
//   symlink to the base's directory), and in `.release.json` the base's files this release no
//   longer has (`removed`), each also as an empty file under `.removed/` for nginx to test.
//
// A file is looked up in the release, then (unless removed) in its base: the rebuild service's own
// server does it (`ReleaseView`), nginx too (`try_files` through `.base`, deploy/nginx). A build over
// a base is made by the site build (site/build-cache-links.mjs leaves out every page whose cache copy
// is the base's very file, and lists them); the release is finished here. The scheduled full build
// makes a whole release, the next base. What a layered release serves equals a whole build of the
// same content (scripts/test/incremental-build.test.ts builds both and compares).

export const MANIFEST = '.release.json';
export const BASE_LINK = '.base';
export const REMOVED_DIR = '.removed';

export interface ReleaseManifest {
  /** The base release's id (its directory's name, beside this one), or null for a whole release. */
  base: string | null;
  /** A whole release: all its files (paths with `/`, the search index aside). */
  files?: string[];
  /** A layered release: the base's files it does not have. */
  removed?: string[];
  /** HTML pages the release serves, the base's included. */
  pages: number;
}

/** What a build over a base writes into its output (site/astro.config.mjs). */
interface BuildReport {
  base: string;
  reusedFromBase: string[];
}

/** An HTML page of a site (not a file of its bundles). */
export const isPage = (file: string) => file.endsWith('.html') && !file.startsWith('_astro/');

/** The files of a release directory (paths with `/`), without the search index and the release's own dot files. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    const entries = await readdir(path.join(dir, sub), { withFileTypes: true });
    const dirs: string[] = [];
    for (const entry of entries) {
      if (sub === '' && (entry.name === 'pagefind' || entry.name.startsWith('.'))) continue;
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) dirs.push(relative);
      else if (entry.isFile()) files.push(relative);
    }
    for (let i = 0; i < dirs.length; i += 64) await Promise.all(dirs.slice(i, i + 64).map(walk));
  };
  await walk('');
  return files.sort();
}

export function readManifest(dir: string): ReleaseManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
    return typeof manifest.pages === 'number' ? (manifest as ReleaseManifest) : null;
  } catch {
    return null;
  }
}

/**
 * Turns a finished build into a release: a whole one (its file list written), or, when the build
 * was made over a base, a layered one (`.base`, the removed files). Throws when the build's report
 * names files its base does not have (it was then not made over this base, and must not go live).
 * Returns the manifest and the release's own files.
 */
export async function finishRelease(dir: string): Promise<ReleaseManifest & { own: string[] }> {
  const files = await listFiles(dir);
  let report: BuildReport | null = null;
  try {
    const raw = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
    if (typeof raw.base === 'string' && Array.isArray(raw.reusedFromBase)) report = raw;
  } catch {
    // no report: a whole build
  }
  let manifest: ReleaseManifest;
  if (!report) {
    manifest = { base: null, files, pages: files.filter(isPage).length };
  } else {
    const baseManifest = readManifest(report.base);
    if (!baseManifest?.files) throw new Error(`the build was made over ${report.base}, which is not a whole release`);
    const baseFiles = new Set(baseManifest.files);
    const missing = report.reusedFromBase.filter((f) => !baseFiles.has(f));
    if (missing.length)
      throw new Error(`the build reused files its base does not have: ${missing.slice(0, 3).join(', ')}`);
    const served = new Set([...files, ...report.reusedFromBase]);
    const removed = baseManifest.files.filter((f) => !served.has(f));
    const made = new Set<string>();
    for (const file of removed) {
      const marker = path.join(dir, REMOVED_DIR, file);
      const parent = path.dirname(marker);
      if (!made.has(parent)) await mkdir(parent, { recursive: true });
      made.add(parent);
      await writeFile(marker, '');
    }
    await symlink(path.relative(dir, report.base), path.join(dir, BASE_LINK));
    manifest = {
      base: path.basename(report.base),
      removed,
      pages: [...served].filter(isPage).length,
    };
  }
  await writeFile(path.join(dir, MANIFEST), JSON.stringify(manifest));
  return { ...manifest, own: files };
}

/** The file a request path is answered with in a release (as nginx looks it up), or null. */
export class ReleaseView {
  readonly dir: string;
  readonly baseDir: string | null;
  private readonly removed: Set<string>;

  constructor(dir: string) {
    this.dir = dir;
    const manifest = readManifest(dir);
    this.baseDir = manifest?.base ? path.join(path.dirname(dir), manifest.base) : null;
    this.removed = new Set(manifest?.removed ?? []);
  }

  /** `pathname` decoded, from `/`; the same candidates, in the same order, as nginx's `try_files`. */
  resolve(pathname: string): { root: string; file: string } | null {
    const uri = path.posix.normalize(pathname).replace(/^\/+/, '');
    if (uri.split('/').some((part) => part.startsWith('.'))) return null;
    const candidates =
      uri === '' || uri.endsWith('/') ? [`${uri}index.html`] : [uri, `${uri}/index.html`, `${uri}.html`];
    for (const file of candidates) {
      if (isFile(path.join(this.dir, file))) return { root: this.dir, file };
      if (this.baseDir && !this.removed.has(file) && isFile(path.join(this.baseDir, file)))
        return { root: this.baseDir, file };
    }
    return null;
  }
}

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * What a release serves, file by file: each path in the site and the file that holds it (the
 * release's own, or its base's). `only` limits it to some files.
 */
export async function releaseFiles(
  dir: string,
  only: (file: string) => boolean = () => true,
): Promise<Map<string, string>> {
  const manifest = readManifest(dir);
  const own = manifest?.files && !manifest.base ? manifest.files : await listFiles(dir);
  const sources = new Map(own.filter(only).map((f) => [f, path.join(dir, f)]));
  if (manifest?.base) {
    const baseDir = path.join(path.dirname(dir), manifest.base);
    const removed = new Set(manifest.removed ?? []);
    for (const file of readManifest(baseDir)?.files ?? []) {
      if (only(file) && !removed.has(file) && !sources.has(file)) sources.set(file, path.join(baseDir, file));
    }
  }
  return sources;
}

/**
 * Makes `target` a whole copy of what a release serves, of hard links (for comparing with a whole
 * build). `only` limits it to some files.
 */
export async function materialise(dir: string, target: string, only: (file: string) => boolean = () => true) {
  const sources = await releaseFiles(dir, only);
  const made = new Map<string, Promise<unknown>>();
  const entries = [...sources];
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(async ([file, source]) => {
        const destination = path.join(target, file);
        const parent = path.dirname(destination);
        if (!made.has(parent)) made.set(parent, mkdir(parent, { recursive: true }));
        await made.get(parent);
        await link(source, destination);
      }),
    );
  }
  return sources.size;
}
