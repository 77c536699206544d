import path from 'node:path';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { formatDuration, info, step } from '../log.ts';
import { spawnPrefixed, stopChild, waitForHttp } from '../processes.ts';
import type { RebuildStatus } from '../rebuild/service.ts';
import { startDataSetCms, type DataSet } from './data-set.ts';

/** The kinds of publish the benchmark times, each on its own (issue: "report each kind separately"). */
export const PUBLISH_KINDS = {
  news: 'a new news item',
  edit: 'an edit of a published news item',
  unpublish: 'an unpublish of a news item',
  practice: 'a new good practice linked to a priority (its coverage pages change)',
  cover: 'a new cover picture on a published news item',
} as const;
export type PublishKind = keyof typeof PUBLISH_KINDS;

export interface Timings {
  publishToLiveMs: number[];
  medianMs: number;
  worstMs: number;
}

export interface PublishResult extends Timings {
  syntheticDocuments: number;
  pages: number | null;
  /** The service's build after start, reusing the cache the previous run left (a full one when there is none). */
  firstBuildMs: number;
  /** Each kind of publish (the top-level timings are `news`'s). */
  kinds: Record<PublishKind, Timings>;
  /** The same for a confirmed response an editor publishes, until it is on its entry's page. */
  response: Timings;
  /** From a new news item being served to the live search index being the one that holds it. */
  searchAfterLive: Timings;
  /** Errors a reader polling the live site saw during the builds (should be 0). */
  readerErrors: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const timings = (list: number[]): Timings => {
  const sorted = [...list].sort((a, b) => a - b);
  return { publishToLiveMs: list, medianMs: sorted[Math.floor(sorted.length / 2)]!, worstMs: sorted.at(-1)! };
};

/** A small cover picture (PNG, 1600 × 900, one colour per run), as an editor would upload. */
async function coverPicture(run: number): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  return sharp({
    create: { width: 1600, height: 900, channels: 3, background: { r: (run * 53) % 256, g: 90, b: 140 } },
  })
    .png()
    .toBuffer();
}

/**
 * Publish-to-live: starts the data set's CMS and a rebuild service, then `runs` times each kind of
 * publish (PUBLISH_KINDS) through the admin API, timed from the publish to the change being
 * served, then `runs` times a public response until it is on its priority's page.
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
    const site = `http://127.0.0.1:${env.SITE_PORT}`;
    const readerErrors: string[] = [];
    /** A reader polling the live site during the build: any error it sees is reported. */
    const poll = async (url: string, done: (response: Response, body: string) => boolean, started: number) => {
      for (;;) {
        const seen = await fetch(url).then(
          async (r) => done(r, await r.text()),
          (error: Error) => {
            readerErrors.push(error.message);
            return false;
          },
        );
        if (seen) return Date.now() - started;
        if (Date.now() - started > 15 * 60_000) throw new Error(`${url} did not show the change within 15 minutes.`);
        await sleep(100);
      }
    };
    const [priority] = (await admin.find('policy-priority', 'lt')).filter((p) => p.status !== 'draft');
    if (!priority) throw new Error('The data set has no published priority to link to.');
    const news: { documentId: string; slug: string }[] = [];
    const searchAfterLive: number[] = [];
    /** Waits until the live search index is the one made of `release` (the service indexes after going live). */
    const searchIndexOf = async (release: string | null, since: number) => {
      for (;;) {
        const { search } = await status();
        if (search.index === release) return Date.now() - since;
        if (search.lastError) throw new Error(`Search indexing failed: ${search.lastError}`);
        if (Date.now() - since > 15 * 60_000) throw new Error(`${release} was not indexed within 15 minutes.`);
        await sleep(100);
      }
    };
    const measured = Object.fromEntries(Object.keys(PUBLISH_KINDS).map((k) => [k, [] as number[]])) as Record<
      PublishKind,
      number[]
    >;
    // Each kind's run: what is prepared (not timed), the publish (timed from here), and when it shows.
    const kinds: Record<PublishKind, (run: number) => Promise<number>> = {
      async news(run) {
        const item = await admin.create('news-item', 'lt', {
          title: `Benchmark news ${Date.now()} ${run}`,
          summary: 'Benchmark.',
          body: 'Benchmark.',
          date: '2026-11-26',
          level: 'national',
          kind: 'institutional',
        });
        news.push({ documentId: item.documentId, slug: item.slug! });
        const started = Date.now();
        await admin.publish('news-item', item.documentId, 'lt');
        const served = await poll(`${site}/lt/naujienos/${item.slug}/`, (r) => r.status === 200, started);
        // Then findable: the live release (the one serving the new page) gets its own search index.
        searchAfterLive.push(await searchIndexOf((await status()).currentRelease, started + served));
        info(
          `a new news item, run ${run}: in the search index ${formatDuration(searchAfterLive.at(-1)!)} after it was served`,
        );
        return served;
      },
      async edit(run) {
        const item = news[run - 1]!;
        const title = `Benchmark edit ${Date.now()} ${run}`;
        await admin.update('news-item', item.documentId, 'lt', { title });
        const started = Date.now();
        await admin.publish('news-item', item.documentId, 'lt');
        return poll(`${site}/lt/naujienos/${item.slug}/`, (_r, body) => body.includes(title), started);
      },
      async cover(run) {
        const item = news[run - 1]!;
        const file = await admin.upload(await coverPicture(run), `benchmark-cover-${run}.png`, 'image/png');
        await admin.update('news-item', item.documentId, 'lt', { cover: file.id, coverAlt: `Benchmark cover ${run}` });
        const started = Date.now();
        await admin.publish('news-item', item.documentId, 'lt');
        return poll(`${site}/lt/naujienos/${item.slug}/`, (_r, body) => body.includes(file.hash), started);
      },
      async practice(run) {
        const practice = await admin.create('good-practice', 'lt', {
          title: `Benchmark practice ${Date.now()} ${run}`,
          summary: 'Benchmark.',
          origin: 'editor',
          moderationStatus: 'accepted',
          policyPriorities: { connect: [{ documentId: priority.documentId, locale: 'lt' }] },
        });
        const started = Date.now();
        await admin.publish('good-practice', practice.documentId, 'lt');
        return poll(`${site}/lt/geroji-praktika/${practice.slug}/`, (r) => r.status === 200, started);
      },
      async unpublish(run) {
        const item = news[run - 1]!;
        const started = Date.now();
        await admin.unpublish('news-item', item.documentId, 'lt');
        return poll(`${site}/lt/naujienos/${item.slug}/`, (r) => r.status === 404, started);
      },
    };
    // In this order: edits, covers and unpublishes work on the news items the first kind published.
    for (const kind of ['news', 'edit', 'cover', 'practice', 'unpublish'] as const) {
      for (let run = 1; run <= runs; run++) {
        await idle(); // the previous build's search indexing, after it went live
        measured[kind].push(await kinds[kind](run));
        info(`${PUBLISH_KINDS[kind]}, run ${run}: published → served in ${formatDuration(measured[kind].at(-1)!)}`);
      }
    }
    // A public response: confirmed by its author (as the form and the mail make it), published by an
    // editor, timed until it is on the page of the priority it answers.
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
      const started = Date.now();
      await admin.publish('response', response.documentId, 'lt');
      responseTimings.push(
        await poll(
          `${site}/lt/prioritetai/${priority.slug}/`,
          (_r, body) => body.includes(`id="response-${response.documentId}"`),
          started,
        ),
      );
      info(`response ${run}: published → on its page in ${formatDuration(responseTimings.at(-1)!)}`);
    }
    await idle();
    const byKind = Object.fromEntries(Object.entries(measured).map(([kind, list]) => [kind, timings(list)])) as Record<
      PublishKind,
      Timings
    >;
    return {
      ...byKind.news,
      kinds: byKind,
      response: timings(responseTimings),
      searchAfterLive: timings(searchAfterLive),
      syntheticDocuments: dataSet.size,
      pages: (await status()).lastSuccess?.pages ?? first.pages,
      firstBuildMs: first.durationMs,
      readerErrors: readerErrors.length,
    };
  } finally {
    await Promise.all([stopChild(rebuild), cms.stop()]);
  }
}
