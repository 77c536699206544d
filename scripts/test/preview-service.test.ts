// The preview service against a real CMS: a draft's page as the site will show it, only for a link
// the CMS signed for a signed-in editor, and never written anywhere a release or a build is.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPreviewLink } from '@mip/shared-types/preview-link';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { ROOT_DIR, SITE_DIR } from '../lib/paths.ts';
import {
  previewEnv,
  startPreviewService,
  startTestCmsProcess,
  testCmsEnv,
  writeContentSnapshot,
} from '../lib/test-platform.ts';

let dir: string;
let env: NodeJS.ProcessEnv;
let stops: (() => Promise<void>)[] = [];
let editor: CmsAdmin;
let snapshotFile: string;
// A title nothing published has: wherever it shows up, a draft got there.
const DRAFT_TITLE = `Juodraštis peržiūrai ${Date.now()}`;
let draftId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mip-preview-'));
  env = await testCmsEnv(dir, 'http://localhost:4321', { ...(await previewEnv(dir)) });
  const cms = await startTestCmsProcess(env);
  stops.push(cms.stop);
  snapshotFile = await writeContentSnapshot(env);
  const preview = await startPreviewService(env);
  stops.unshift(preview.stop);
  editor = await CmsAdmin.login(env.CMS_URL!, env.DEMO_EDITOR_EMAIL!, env.DEMO_EDITOR_PASSWORD!);
  const draft = await editor.create('news-item', 'lt', {
    title: DRAFT_TITLE,
    summary: 'Santrauka, kurios niekas nėra paskelbęs.',
    body: 'Juodraščio tekstas.',
    date: '2026-12-01',
    level: 'national',
    kind: 'policy',
  });
  draftId = draft.documentId;
}, 6 * 60_000);
afterAll(async () => {
  for (const stop of stops) await stop();
  stops = [];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const previewBase = () => env.PREVIEW_URL!;
const get = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

describe('the preview service', () => {
  it("renders a draft news item's page, marked as a preview in the editor's language, framed by the admin only", async () => {
    const url = await editor.previewUrl('news-item', draftId, 'lt');
    expect(url).toMatch(new RegExp(`^${previewBase()}/preview/\\?`));
    // The demo editor's admin is in Lithuanian.
    expect(new URL(url!).searchParams.get('ui')).toBe('lt');
    const page = await get(url!);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(new RegExp(`<h1[^>]*>${DRAFT_TITLE}</h1>`));
    expect(page.text).toContain('Peržiūra, nepaskelbta');
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow">');
    // The site's layout and stylesheet, inline.
    expect(page.text).toMatch(/<nav class="wrap main-nav"/);
    expect(page.text).toMatch(/<style>[^<]*\.site-header/);
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain(`frame-ancestors ${new URL(env.CMS_PUBLIC_URL!).origin}`);
    expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).toContain("form-action 'none'");
  });

  it('shows an edit of the draft at once', async () => {
    await editor.update('news-item', draftId, 'lt', { title: `${DRAFT_TITLE} (pataisyta)` });
    const page = await get((await editor.previewUrl('news-item', draftId, 'lt'))!);
    expect(page.text).toMatch(new RegExp(`<h1[^>]*>${DRAFT_TITLE} \\(pataisyta\\)</h1>`));
    await editor.update('news-item', draftId, 'lt', { title: DRAFT_TITLE });
  });

  it('refuses a link without a signature (401), and a tampered or expired one (403), with no draft content', async () => {
    const url = new URL((await editor.previewUrl('news-item', draftId, 'lt'))!);
    const unsigned = new URL(url);
    unsigned.searchParams.delete('signature');
    const otherLocale = new URL(url);
    otherLocale.searchParams.set('locale', 'en');
    const otherDocument = new URL(url);
    otherDocument.searchParams.set('documentId', 'x'.repeat(24));
    const forged = new URL(url);
    forged.searchParams.set(
      'signature',
      signPreviewLink(
        previewBase(),
        { uid: 'api::news-item.news-item', documentId: draftId, locale: 'lt', ui: 'lt' },
        'not-the-secret',
      ).split('signature=')[1]!,
    );
    const expired = signPreviewLink(
      previewBase(),
      { uid: 'api::news-item.news-item', documentId: draftId, locale: 'lt', ui: 'en' },
      env.PREVIEW_SECRET!,
      Date.now() - 2 * 60 * 60 * 1000,
    );
    const answers: [string, number, string][] = [
      [unsigned.href, 401, 'Peržiūrai reikia nuorodos'],
      [otherLocale.href, 403, 'Netinkama peržiūros nuoroda'],
      [otherDocument.href, 403, 'Netinkama peržiūros nuoroda'],
      [forged.href, 403, 'Netinkama peržiūros nuoroda'],
      [expired, 403, 'This preview link has expired'],
      [`${previewBase()}/preview/`, 401, 'Peržiūrai reikia nuorodos'],
    ];
    for (const [address, status, message] of answers) {
      const answer = await get(address);
      expect(answer.status, address).toBe(status);
      expect(answer.text, address).toContain(message);
      expect(answer.text, address).not.toContain(DRAFT_TITLE);
      expect(answer.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    }
  });

  it('sends any other address to the site, and only to the site', async () => {
    for (const [asked, location] of [
      ['/lt/naujienos/', 'http://localhost:4321/lt/naujienos/'],
      ['//elsewhere.example/x', 'http://localhost:4321//elsewhere.example/x'],
    ]) {
      const answer = await get(`${previewBase()}${asked}`);
      expect(answer.status, asked).toBe(302);
      expect(answer.headers.get('location'), asked).toBe(location);
    }
  });

  it('answers 404 for a document that does not exist, signed as the CMS would', async () => {
    for (const documentId of ['nosuchdocument000000000', draftId]) {
      const locale = documentId === draftId ? 'en' : 'lt'; // the draft has no English version
      const link = signPreviewLink(
        previewBase(),
        { uid: 'api::news-item.news-item', documentId, locale, ui: 'en' },
        env.PREVIEW_SECRET!,
      );
      const answer = await get(link);
      expect(answer.status, documentId).toBe(404);
      expect(answer.text).toContain('This entry does not exist in this language');
      expect(answer.text).not.toContain(DRAFT_TITLE);
    }
  });

  it('offers no preview for a type without drafts, and only to a signed-in editor', async () => {
    const [area] = await editor.find('integration-area', 'lt');
    expect(await editor.previewUrl('integration-area', area!.documentId, 'lt')).toBeNull();
    const anonymous = await fetch(
      `${env.CMS_URL}/content-manager/preview/url/api::news-item.news-item?documentId=${draftId}&locale=lt&status=draft`,
    );
    expect(anonymous.status).toBe(401);
  });

  it(
    'writes nothing: after previews, the snapshot is as it was and a build holds no draft content',
    async () => {
      const before = statSync(snapshotFile).mtimeMs;
      for (let i = 0; i < 3; i++)
        expect((await get((await editor.previewUrl('news-item', draftId, 'lt'))!)).status).toBe(200);
      expect(statSync(snapshotFile).mtimeMs).toBe(before);
      // A build from the same cache, as the rebuild service's next one: its release, its cache and the
      // snapshot it writes know nothing of the draft.
      const outDir = path.join(dir, 'release');
      await new Promise<void>((resolve, reject) =>
        execFile(
          process.execPath,
          [path.join(ROOT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
          { cwd: SITE_DIR, env: { ...env, SITE_BUILD_CACHE: path.dirname(snapshotFile) }, maxBuffer: 64 * 1024 * 1024 },
          (error, _stdout, stderr) => (error ? reject(new Error(stderr.slice(-2000))) : resolve()),
        ),
      );
      for (const root of [outDir, path.join(dir, 'site')]) {
        const leaks = filesUnder(root).filter((file) => readFileSync(file).includes(DRAFT_TITLE));
        expect(leaks, root).toEqual([]);
      }
      expect(filesUnder(outDir).length).toBeGreaterThan(100);
    },
    5 * 60_000,
  );
});

function filesUnder(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
