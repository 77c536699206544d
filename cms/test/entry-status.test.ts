// The edit view's "On the site" panel reads /mip/entry-status (src/admin-api/entry-status.ts):
// the entry's public address per language, whether the live release has its latest published
// version (from the rebuild service's /status, here a stand-in whose answer the test sets) and
// the linked entries that are still drafts, by name. The panel itself is driven in Chromium by
// e2e/admin.spec.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveState, type RebuildStatusLike } from '../src/admin-api/entry-status.ts';
import { demoEditorHeaders, startTestCms, type TestCms } from './harness.ts';

const NEWS = 'api::news-item.news-item';
const ORG = 'api::organisation.organisation';
const SITE = 'https://mip.example.lt';

let cms: TestCms;
let headers: Record<string, string>;
let rebuild: Server;
let answer: RebuildStatusLike | 'down' = 'down';

type Doc = { documentId: string; publishedAt?: string | null };
const docs = (uid: string) =>
  cms.strapi.documents(uid as never) as unknown as {
    create(p: object): Promise<Doc>;
    publish(p: object): Promise<{ entries: Doc[] }>;
  };
const status = async (model: string, documentId: string, auth: Record<string, string> | null = headers) => {
  const response = await fetch(`${cms.url}/mip/entry-status?${new URLSearchParams({ model, documentId })}`, {
    headers: auth ?? {},
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
};
const build = (startedAt: string, result: 'success' | 'failed' = 'success', error: string | null = null) => ({
  startedAt,
  result,
  error,
});

beforeAll(async () => {
  // The rebuild service stand-in: the webhook is accepted, /status says what the test set.
  rebuild = createServer((req, res) => {
    if (req.url === '/status' && answer !== 'down') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify(answer));
    }
    res.statusCode = req.url === '/hooks/strapi' ? 202 : 503;
    res.end('{}');
  });
  await new Promise<void>((resolve) => rebuild.listen(0, '127.0.0.1', resolve));
  const { port } = rebuild.address() as AddressInfo;
  cms = await startTestCms({ REBUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/strapi`, SITE_URL: SITE });
  headers = await demoEditorHeaders(cms);
});
afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => rebuild?.close(resolve));
});

describe('liveState', () => {
  const idle = { building: false, queued: false };
  const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, s)).toISOString();
  it('says live only when the live release was built from a build that started after the publish', () => {
    expect(liveState(at(10), { lastBuild: build(at(11)), lastSuccess: build(at(11)), queue: idle }).state).toBe('live');
    expect(liveState(at(10), { lastBuild: build(at(9)), lastSuccess: build(at(9)), queue: idle }).state).toBe(
      'waiting',
    );
    expect(
      liveState(at(10), {
        lastBuild: build(at(9)),
        lastSuccess: build(at(9)),
        queue: { building: true, queued: false },
      }).state,
    ).toBe('updating');
    expect(
      liveState(at(10), {
        lastBuild: build(at(9)),
        lastSuccess: build(at(9)),
        queue: { building: false, queued: true },
      }).state,
    ).toBe('updating');
  });
  it('reports a failed build after the publish with its error, and not one from before it', () => {
    const failed = liveState(at(10), {
      lastBuild: build(at(12), 'failed', 'astro build exited with 1'),
      lastSuccess: build(at(5)),
      queue: idle,
    });
    expect(failed).toEqual({ state: 'failed', builtAt: at(5), error: 'astro build exited with 1' });
    expect(
      liveState(at(10), { lastBuild: build(at(8), 'failed', 'x'), lastSuccess: build(at(5)), queue: idle }).state,
    ).toBe('waiting');
  });
  it('knows nothing without a status, and nothing is on the site without a publish', () => {
    expect(liveState(at(10), null).state).toBe('unknown');
    expect(liveState(null, { lastBuild: null, lastSuccess: null, queue: idle }).state).toBe('not-published');
  });
});

describe('GET /mip/entry-status', () => {
  let news: string;
  let org: string;

  beforeAll(async () => {
    org = (await docs(ORG).create({ locale: 'lt', data: { name: 'Vilniaus bendruomenių centras', type: 'ngo' } }))
      .documentId;
    news = (
      await docs(NEWS).create({
        locale: 'lt',
        data: {
          title: 'Kalbos kursai Vilniuje',
          summary: 'Santrauka',
          body: 'Kursai prasideda gruodį.',
          date: '2026-12-01',
          level: 'local',
          kind: 'social',
          sourceOrganisation: org,
        },
      })
    ).documentId;
  });

  it('is for signed-in admins only, and only for the public content types', async () => {
    expect((await status(NEWS, news, null)).status).toBe(401);
    expect((await status('admin::user', '1')).status).toBe(400);
    expect((await status(NEWS, '../../etc')).status).toBe(400);
  });

  it('gives a draft its future address and names the linked entry that is still a draft', async () => {
    const { status: code, body } = await status(NEWS, news);
    expect(code).toBe(200);
    expect(body.versions).toEqual([
      {
        locale: 'lt',
        exists: true,
        published: false,
        path: '/lt/naujienos/kalbos-kursai-vilniuje/',
        url: null,
        modified: false,
      },
      { locale: 'en', exists: false, published: false, path: null, url: null, modified: false },
    ]);
    expect(body.live.state).toBe('unknown'); // the stand-in is down
    expect(body.draftLinks).toEqual([
      {
        field: 'sourceOrganisation',
        model: ORG,
        typeName: 'Organisation',
        documentId: org,
        title: 'Vilniaus bendruomenių centras',
      },
    ]);
  });

  it('follows a publish from waiting to updating to live, and reports a failed build', async () => {
    const before = new Date(Date.now() - 60_000).toISOString();
    answer = { lastBuild: build(before), lastSuccess: build(before), queue: { building: false, queued: false } };
    await docs(ORG).publish({ documentId: org, locale: 'lt' });
    const published = (await docs(NEWS).publish({ documentId: news, locale: 'lt' })).entries[0]!;
    let body = (await status(NEWS, news)).body;
    expect(body.versions[0]).toMatchObject({ published: true, url: `${SITE}/lt/naujienos/kalbos-kursai-vilniuje/` });
    expect(body.draftLinks).toEqual([]); // the organisation is published now
    expect(body.live.state).toBe('waiting');

    answer = { ...answer, queue: { building: true, queued: false } };
    expect((await status(NEWS, news)).body.live.state).toBe('updating');

    const after = new Date(Date.parse(String(published.publishedAt)) + 1000).toISOString();
    answer = {
      lastBuild: build(after, 'failed', 'the new build failed its checks: 3 pages'),
      lastSuccess: build(before),
      queue: { building: false, queued: false },
    };
    body = (await status(NEWS, news)).body;
    expect(body.live).toEqual({ state: 'failed', builtAt: before, error: 'the new build failed its checks: 3 pages' });

    answer = { lastBuild: build(after), lastSuccess: build(after), queue: { building: false, queued: false } };
    expect((await status(NEWS, news)).body.live).toEqual({ state: 'live', builtAt: after, error: null });
    answer = 'down';
  });
});
