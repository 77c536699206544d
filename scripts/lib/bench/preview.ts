import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentTypeOfUid } from '@mip/shared-types';
import { signPreviewLink } from '@mip/shared-types/preview-link';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { formatDuration, info, step } from '../log.ts';
import { spawnPrefixed, stopChild, waitForHttp } from '../processes.ts';
import { freePort, writeContentSnapshot } from '../test-platform.ts';
import { startDataSetCms, type DataSet } from './data-set.ts';

export interface PreviewResult {
  syntheticDocuments: number;
  /** Previews opened (every one answered 200 with the draft's title). */
  opened: number;
  /** The first preview after the service started (its templates compiled, the snapshot not yet read). */
  firstMs: number;
  medianMs: number;
  worstMs: number;
  /** The service's resident memory after the runs. */
  rssMb: number;
}

// The types an editor previews most, a few of their drafts each.
const TYPES = ['news-item', 'good-practice', 'seminar', 'organisation', 'policy-priority'];
const PER_TYPE = 4;

/**
 * Preview open time: the data set's CMS and a preview service over the last build's snapshot
 * (read once now if the publish runs left none), then drafts of each type previewed through a
 * link signed as the CMS signs it, timed from request to the whole page received.
 */
export async function measurePreview(dataSet: DataSet): Promise<PreviewResult> {
  const env: NodeJS.ProcessEnv = { ...dataSet.env, PREVIEW_PORT: String(await freePort()) };
  const cms = await startDataSetCms(dataSet);
  let preview: ReturnType<typeof spawnPrefixed> | undefined;
  try {
    const snapshot = path.join(env.SITE_RELEASES_DIR!, 'cache', 'content.json');
    if (!existsSync(snapshot))
      await step('Reading all content for the snapshot (no build left one)', () => writeContentSnapshot(env));
    preview = spawnPrefixed(
      process.execPath,
      [path.join(import.meta.dirname, '..', '..', 'preview-service.ts')],
      'preview',
      {
        env,
        ipc: true,
      },
    );
    await waitForHttp(`http://127.0.0.1:${env.PREVIEW_PORT}/_health`, preview, 2 * 60_000, 'The preview service');
    const admin = await CmsAdmin.login(env.CMS_URL!, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!);
    const targets: { uid: string; documentId: string }[] = [];
    for (const type of TYPES) {
      const uid = `api::${type}.${type}`;
      if (!contentTypeOfUid(uid)) throw new Error(`${uid} is not a content type`);
      for (const entry of (await admin.find(type, 'lt')).slice(-PER_TYPE))
        targets.push({ uid, documentId: entry.documentId });
    }
    const timings: number[] = [];
    for (const target of targets) {
      const url = signPreviewLink(
        `http://127.0.0.1:${env.PREVIEW_PORT}`,
        { uid: target.uid, documentId: target.documentId, locale: 'lt', ui: 'lt' },
        env.PREVIEW_SECRET!,
      );
      const started = performance.now();
      const response = await fetch(url);
      const html = await response.text();
      timings.push(performance.now() - started);
      if (response.status !== 200 || !html.includes('preview-banner'))
        throw new Error(`The preview of ${target.uid} ${target.documentId} answered ${response.status}`);
    }
    const [first, ...rest] = timings;
    const sorted = [...rest].sort((a, b) => a - b);
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${preview.pid}/status`, 'utf8'))?.[1] ?? 0);
    const result = {
      syntheticDocuments: dataSet.size,
      opened: timings.length,
      firstMs: Math.round(first!),
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!),
      worstMs: Math.round(sorted.at(-1)!),
      rssMb: Math.round(rssKb / 1024),
    };
    info(
      `${result.opened} previews: first ${formatDuration(result.firstMs)}, then median ${formatDuration(result.medianMs)}, worst ${formatDuration(result.worstMs)}; ${result.rssMb} MB`,
    );
    return result;
  } finally {
    await Promise.all([stopChild(preview), cms.stop()]);
  }
}
