import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { followIndexChanges, type FollowIndex, type ReleaseNotice } from '@mip/shared-types';

// Email alerts start here, once a release is live: every build writes what each followable page
// lists (its follow index, site/src/lib/follow.ts); this compares the live release's index with
// the last one the CMS acknowledged and tells the CMS what is new under which topic. Only then is
// anything mailed, so every link in an alert is already live. A CMS that does not answer is told
// again a minute later (and what later releases add is told with it); the CMS records each
// (subscription, item) once, so telling it twice sends nothing twice.

export const RELEASE_NOTICE_PATH = '/internal/alerts/release';
const CHUNK = 500;
const RETRY_MS = 60_000;

export interface AlertNotifierOptions {
  /** Where the notifier keeps the live and the acknowledged indexes (<SITE_RELEASES_DIR>/alerts). */
  dir: string;
  /** The CMS, as the rebuild service reaches it (CMS_URL), and the secret both share (REBUILD_SECRET). */
  cmsUrl: string;
  secret: string;
  log?: (line: string) => void;
}

export interface AlertNotifierStatus {
  /** The release whose index the CMS last acknowledged. */
  notified: string | null;
  /** A live release's news is still to be told (the CMS did not answer). */
  pending: boolean;
  lastError: string | null;
}

export class AlertNotifier {
  private readonly options: AlertNotifierOptions;
  private readonly liveFile: string;
  private readonly notifiedFile: string;
  private running: Promise<void> | null = null;
  private again = false;
  private retry: NodeJS.Timeout | undefined;
  private lastError: string | null = null;

  constructor(options: AlertNotifierOptions) {
    this.options = options;
    mkdirSync(options.dir, { recursive: true });
    this.liveFile = path.join(options.dir, 'live.json');
    this.notifiedFile = path.join(options.dir, 'notified.json');
  }

  /** A release is live; `indexFile` is the follow index its build wrote. Tells the CMS in the background. */
  releaseLive(release: string, indexFile: string) {
    if (!existsSync(indexFile)) {
      this.options.log?.(`alerts: the build of ${release} wrote no follow index; nothing to tell the CMS`);
      return;
    }
    const temporary = `${this.liveFile}.tmp`;
    copyFileSync(indexFile, temporary);
    writeFileSync(`${temporary}.release`, release);
    renameSync(`${temporary}.release`, `${this.liveFile}.release`);
    renameSync(temporary, this.liveFile);
    void this.notify();
  }

  /** Tells the CMS what the live release adds since the last acknowledged one (one run at a time). */
  notify(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    clearTimeout(this.retry);
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.notifyOnce();
        } while (this.again);
        this.lastError = null;
      } catch (error) {
        this.lastError = (error as Error).message;
        this.options.log?.(
          `alerts: could not tell the CMS about the live release (tried again in a minute): ${this.lastError}`,
        );
        this.retry = setTimeout(() => void this.notify(), RETRY_MS);
        this.retry.unref();
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Resolves once nothing is being told (tests). */
  async idle() {
    while (this.running) await this.running;
  }

  status(): AlertNotifierStatus {
    const notified = readText(`${this.notifiedFile}.release`);
    const live = readText(`${this.liveFile}.release`);
    return { notified, pending: live !== null && live !== notified, lastError: this.lastError };
  }

  private async notifyOnce() {
    const release = readText(`${this.liveFile}.release`);
    const live = readJson<FollowIndex>(this.liveFile);
    if (!live || !release || release === readText(`${this.notifiedFile}.release`)) return;
    const previous = readJson<FollowIndex>(this.notifiedFile);
    const notice = followIndexChanges(previous, live, release);
    for (const part of chunks(notice)) await this.post(part);
    const additions = notice.additions.length;
    this.options.log?.(
      previous
        ? `alerts: told the CMS what ${release} adds (${additions} item(s) newly under a followed page, ${notice.topics.length} page(s) new or renamed)`
        : `alerts: first follow index (${live.topics.length} followable pages) told to the CMS; alerts start with the next release`,
    );
    // Acknowledged: the next release is compared with this one.
    copyFileSync(this.liveFile, `${this.notifiedFile}.tmp`);
    renameSync(`${this.notifiedFile}.tmp`, this.notifiedFile);
    writeFileSync(`${this.notifiedFile}.release.tmp`, release);
    renameSync(`${this.notifiedFile}.release.tmp`, `${this.notifiedFile}.release`);
  }

  private async post(notice: ReleaseNotice) {
    const response = await fetch(`${this.options.cmsUrl.replace(/\/$/, '')}${RELEASE_NOTICE_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rebuild-secret': this.options.secret },
      body: JSON.stringify(notice),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`the CMS answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function readJson<T>(file: string): T | null {
  const text = readText(file);
  return text === null ? null : (JSON.parse(text) as T);
}

/** A notice in parts small enough for one request each (a first index names thousands of pages). */
function chunks(notice: ReleaseNotice): ReleaseNotice[] {
  const parts: ReleaseNotice[] = [];
  const empty = { release: notice.release, topics: [], removedTopics: [], additions: [] };
  for (let i = 0; i < notice.topics.length; i += CHUNK)
    parts.push({ ...empty, topics: notice.topics.slice(i, i + CHUNK) });
  for (let i = 0; i < notice.removedTopics.length; i += CHUNK)
    parts.push({ ...empty, removedTopics: notice.removedTopics.slice(i, i + CHUNK) });
  for (let i = 0; i < notice.additions.length; i += CHUNK)
    parts.push({ ...empty, additions: notice.additions.slice(i, i + CHUNK) });
  return parts;
}
