import path from 'node:path';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { formatDuration, info, step } from '../log.ts';
import { spawnPrefixed, stopChild, waitForHttp } from '../processes.ts';
import type { RebuildStatus } from '../rebuild/service.ts';
import { startDataSetCms, type DataSet } from './data-set.ts';

export interface PublishResult {
  syntheticDocuments: number;
  pages: number | null;
  /** The service's build after start, reusing the cache the previous run left (a full one when there is none). */
  firstBuildMs: number;
  publishToLiveMs: number[];
  medianMs: number;
  worstMs: number;
  /** The same for a confirmed response an editor publishes, until it is on its entry's page. */
  response: { publishToLiveMs: number[]; medianMs: number; worstMs: number };
  /** Errors a reader polling the live site saw during the builds (should be 0). */
  readerErrors: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publish-to-live: starts the data set's CMS and a rebuild service, then `runs` times publishes
 * a news item through the admin API and times until its page is served, then `runs` times a
 * public response until it is on its priority's page.
 */
export async function measurePublishToLive(dataSet: DataSet, runs: number): Promise<PublishResult> {
  const { env } = dataSet;
  const cms = await startDataSetCms(dataSet);
  let rebuild: ReturnType<typeof spawnPrefixed> | undefined;
  const status = async () =>
    (await (await fetch(`http://127.0.0.1:${env.REBUILD_PORT}/status`)).json()) as RebuildStatus;
  const idle = async () => {
    while ((await status()).queue.building) await sleep(500);
  };
  try {
    rebuild = spawnPrefixed(
      process.execPath,
      [path.join(import.meta.dirname, '..', '..', 'rebuild-service.ts')],
      'site',
      { env, ipc: true },
    );
    await waitForHttp(`http://127.0.0.1:${env.REBUILD_PORT}/status`, rebuild, 60_000, 'The rebuild service');
    // The service builds once at start (and indexes search); runs start on an idle service.
    const first = await step('First build', async () => {
      await idle();
      const s = await status();
      if (s.lastBuild?.result !== 'success') throw new Error(`The build failed: ${s.lastBuild?.error}`);
      return s.lastBuild;
    });

    const admin = await CmsAdmin.login(env.CMS_URL!, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!);
    const timings: number[] = [];
    const readerErrors: string[] = [];
    for (let run = 1; run <= runs; run++) {
      await idle(); // the previous build's search indexing, after it went live
      const news = await admin.create('news-item', 'lt', {
        title: `Benchmark news ${Date.now()} ${run}`,
        summary: 'Benchmark.',
        body: 'Benchmark.',
        date: '2026-11-26',
        level: 'national',
        kind: 'institutional',
      });
      const url = `http://127.0.0.1:${env.SITE_PORT}/lt/naujienos/${news.slug}/`;
      const started = Date.now();
      await admin.publish('news-item', news.documentId, 'lt');
      // A reader polling the live site during the build: any error it sees is reported.
      while (
        (await fetch(url).then(
          (r) => r.status,
          (error: Error) => {
            readerErrors.push(error.message);
            return 0;
          },
        )) !== 200
      ) {
        if (Date.now() - started > 15 * 60_000) throw new Error('The published page did not appear within 15 minutes.');
        await sleep(100);
      }
      timings.push(Date.now() - started);
      info(`run ${run}: published → served in ${formatDuration(timings.at(-1)!)}`);
    }
    // A public response: confirmed by its author (as the form and the mail make it), published by an
    // editor, timed until it is on the page of the priority it answers.
    const [priority] = (await admin.find('policy-priority', 'lt')).filter((p) => p.status !== 'draft');
    if (!priority) throw new Error('The data set has no published priority to respond to.');
    const responseTimings: number[] = [];
    for (let run = 1; run <= runs; run++) {
      await idle();
      const response = await admin.create('response', 'lt', {
        target: 'policyPriorities',
        targetDocumentId: priority.documentId,
        stance: 'support',
        body: `Benchmark response ${Date.now()} ${run}.`,
        displayName: 'Benchmark',
        language: 'lt',
        moderationStatus: 'waiting',
      });
      const url = `http://127.0.0.1:${env.SITE_PORT}/lt/prioritetai/${priority.slug}/`;
      const started = Date.now();
      await admin.publish('response', response.documentId, 'lt');
      while (
        !(
          await fetch(url).then(
            (r) => r.text(),
            () => '',
          )
        ).includes(`id="response-${response.documentId}"`)
      ) {
        if (Date.now() - started > 15 * 60_000) throw new Error('The response did not appear within 15 minutes.');
        await sleep(100);
      }
      responseTimings.push(Date.now() - started);
      info(`response ${run}: published → on its page in ${formatDuration(responseTimings.at(-1)!)}`);
    }
    await idle();
    const sorted = [...timings].sort((a, b) => a - b);
    const sortedResponses = [...responseTimings].sort((a, b) => a - b);
    return {
      response: {
        publishToLiveMs: responseTimings,
        medianMs: sortedResponses[Math.floor(sortedResponses.length / 2)]!,
        worstMs: sortedResponses.at(-1)!,
      },
      syntheticDocuments: dataSet.size,
      pages: (await status()).lastSuccess?.pages ?? first.pages,
      firstBuildMs: first.durationMs,
      publishToLiveMs: timings,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      worstMs: sorted.at(-1)!,
      readerErrors: readerErrors.length,
    };
  } finally {
    await Promise.all([stopChild(rebuild), cms.stop()]);
  }
}
