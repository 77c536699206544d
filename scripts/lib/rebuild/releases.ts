import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { FILE_KEYS } from '@mip/site/search-index';
import { readManifest, type ReleaseManifest } from './layers.ts';

// Built sites live side by side in <root>/releases/<id>/; <root>/current is a symlink to the one
// being served (by the rebuild service locally, by nginx in production). A build writes into
// <root>/releases/.building-<id>/ and only becomes a release once it passed its checks, so a
// half-written build is never mistaken for one.
//
// Search indexes live beside them in <root>/search/<id>/, and each release's pagefind/ is a
// symlink to one: a new release goes live with the previous index, and is pointed at its own as
// soon as that is written (indexing a large site takes longer than building what changed). An
// index is a few Pagefind bundles (per language, the news apart), each a symlink into
// <root>/search-store/, where bundles are kept by a key of what they index: a release's index
// shares with the index before it the bundles whose pages it did not change (site/search-index.mjs).
//
// A release is whole or layered over an older whole one, its base (layers.ts); a base is kept as
// long as a kept release is layered over it.

export const KEEP_RELEASES = 5;

export class ReleaseStore {
  readonly root: string;
  readonly releasesDir: string;
  readonly currentLink: string;
  readonly searchDir: string;
  readonly searchStore: string;
  private sequence = 0;

  constructor(root: string) {
    this.root = root;
    this.releasesDir = path.join(root, 'releases');
    this.currentLink = path.join(root, 'current');
    this.searchDir = path.join(root, 'search');
    this.searchStore = path.join(root, 'search-store');
    mkdirSync(this.releasesDir, { recursive: true });
    mkdirSync(this.searchDir, { recursive: true });
    mkdirSync(this.searchStore, { recursive: true });
  }

  /** The search index a release (or build directory) uses, or null when it has its own or none. */
  searchIndexOf(releaseDir: string): string | null {
    try {
      return path.basename(readlinkSync(path.join(releaseDir, 'pagefind')));
    } catch {
      return null;
    }
  }

  /** A directory to write a new search index into, and the index id it will become. */
  startSearchIndex(id: string): string {
    const dir = path.join(this.searchDir, `.building-${id}`);
    rmSync(dir, { recursive: true, force: true });
    return dir;
  }

  /** Makes a written index available, and points `releaseDir`'s pagefind/ at it (atomically). */
  finishSearchIndex(id: string, workDir: string, releaseDir: string) {
    renameSync(workDir, path.join(this.searchDir, id));
    this.linkSearchIndex(releaseDir, id);
  }

  /** Points a release's pagefind/ at an existing index: a new symlink renamed over the old one. */
  linkSearchIndex(releaseDir: string, id: string) {
    const temporary = path.join(releaseDir, `.pagefind-${process.pid}-${Date.now()}`);
    symlinkSync(path.relative(releaseDir, path.join(this.searchDir, id)), temporary);
    renameSync(temporary, path.join(releaseDir, 'pagefind'));
  }

  /**
   * Removes indexes no release uses any more, bundles no kept index links to, and leftovers of
   * interrupted indexing. Call when no index is being written.
   */
  async pruneSearchIndexes(): Promise<void> {
    const used = new Set(this.list().map((id) => this.searchIndexOf(this.dir(id))));
    const bundles = new Set<string>();
    for (const name of readdirSync(this.searchDir)) {
      const index = path.join(this.searchDir, name);
      if (!used.has(name)) {
        await rm(index, { recursive: true, force: true });
        continue;
      }
      for (const entry of readdirSync(index, { withFileTypes: true }))
        if (entry.isSymbolicLink()) bundles.add(path.basename(readlinkSync(path.join(index, entry.name))));
    }
    for (const name of readdirSync(this.searchStore)) {
      if (!bundles.has(name) && name !== FILE_KEYS)
        await rm(path.join(this.searchStore, name), { recursive: true, force: true });
    }
  }

  /**
   * A release's file as `<id>/<path>`, or null for a file of no release. A release's files never
   * change (a build writes a new release), nor do a build's once it is made: the name is the same
   * before and after the build becomes a release (the first release is indexed before).
   */
  releaseFileName(file: string): string | null {
    const relative = path.relative(this.releasesDir, file);
    const [dir, ...rest] = relative.split(path.sep);
    if (!dir || !rest.length || dir === '..' || path.isAbsolute(relative)) return null;
    const id = dir.startsWith('.building-') ? dir.slice('.building-'.length) : dir;
    return id.startsWith('.') ? null : [id, ...rest].join('/');
  }

  /** Release ids, oldest first (ids sort by creation time). */
  list(): string[] {
    return readdirSync(this.releasesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
  }

  /** The id of the release being served, or null before the first successful build. */
  current(): string | null {
    try {
      return path.basename(readlinkSync(this.currentLink));
    } catch {
      return null;
    }
  }

  dir(id: string): string {
    return path.join(this.releasesDir, id);
  }

  /** A fresh, empty working directory for a build, and the release id it will become. */
  startBuild(now: Date): { id: string; workDir: string } {
    const id = `${now.toISOString().replace(/[-:.]/g, '')}-${String(++this.sequence).padStart(3, '0')}`;
    const workDir = path.join(this.releasesDir, `.building-${id}`);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    return { id, workDir };
  }

  /** Turns a checked build into a release (does not serve it yet). */
  finishBuild(id: string, workDir: string) {
    renameSync(workDir, this.dir(id));
  }

  // Deleting a release of tens of thousands of files takes seconds: done asynchronously, so the
  // service keeps answering readers meanwhile.
  async discardBuild(workDir: string) {
    await rm(workDir, { recursive: true, force: true });
  }

  /**
   * Serves another release: a new symlink is written beside `current` and renamed over it, which
   * the file system does atomically, so a reader sees either the old or the new release.
   */
  swapCurrentRelease(id: string) {
    if (!existsSync(this.dir(id))) throw new Error(`No release ${id} in ${this.releasesDir}`);
    const temporary = `${this.currentLink}.next-${process.pid}-${Date.now()}`;
    symlinkSync(path.relative(this.root, this.dir(id)), temporary);
    renameSync(temporary, this.currentLink);
  }

  /** A release's manifest (layers.ts), or null for one made before releases had them. */
  manifest(id: string): ReleaseManifest | null {
    return readManifest(this.dir(id));
  }

  /**
   * The whole release a new build may be layered over, after `id` (the live one): `id` itself when it
   * is whole, else its base; null when neither can be one (then the build makes a whole release).
   */
  baseFor(id: string | null): string | null {
    const manifest = id ? this.manifest(id) : null;
    if (!id || !manifest) return null;
    if (manifest.files) return id;
    return manifest.base && this.manifest(manifest.base)?.files ? manifest.base : null;
  }

  /** Removes all but the newest `keep` releases, never the one being served nor a kept one's base. */
  async prune(keep = KEEP_RELEASES): Promise<string[]> {
    const current = this.current();
    const all = this.list();
    const oldest = all.filter((id) => id !== current).slice(0, Math.max(0, all.length - keep));
    const staying = all.filter((id) => !oldest.includes(id));
    const bases = new Set(staying.map((id) => this.manifest(id)?.base));
    const surplus = oldest.filter((id) => !bases.has(id));
    for (const id of surplus) await rm(this.dir(id), { recursive: true, force: true });
    return surplus;
  }

  /**
   * Leftovers of builds a crash interrupted; call when no build is running. One that cannot be
   * removed (something still writing into it) is left for the next start: it is never served.
   */
  removeInterruptedBuilds(warn: (line: string) => void = () => {}) {
    for (const name of readdirSync(this.releasesDir)) {
      if (!name.startsWith('.building-')) continue;
      try {
        rmSync(path.join(this.releasesDir, name), { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
      } catch (error) {
        warn(`could not remove the interrupted build ${name} (${(error as Error).message}); it is ignored`);
      }
    }
  }

  /** Serves the release before the current one; returns its id. */
  rollback(): string {
    const releases = this.list();
    const current = this.current();
    const index = current ? releases.indexOf(current) : -1;
    if (index <= 0)
      throw new Error(
        current ? `No release older than ${current} to roll back to.` : 'No release is being served yet.',
      );
    const previous = releases[index - 1];
    this.swapCurrentRelease(previous);
    return previous;
  }
}
