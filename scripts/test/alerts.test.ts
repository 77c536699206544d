// Email alerts across the platform, as they run: a real CMS, the real rebuild service building the
// real site, and a real SMTP server on loopback. A reader subscribes from a list's page (a plain
// form post), confirms through the mail, an editor publishes, and the alert arrives only once the
// release with the new page is live: its link answers 200 on the live site. A reader of another
// list, and a draft, get nothing. (The CMS's side in detail: cms/test/alerts.test.ts.) And the
// public's responses on the same platform: a response sent from a live page's form, confirmed
// through the mail, published by an editor, is on the page once the release is live, and the
// priority's follower hears of it (the CMS's side: cms/test/responses.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '@mip/testing/smtp-sink';
import { rebuildEnv, startRebuildService, startTestCmsProcess, testCmsEnv } from '../lib/test-platform.ts';

let dir: string;
let env: NodeJS.ProcessEnv;
let smtp: SmtpSink;
let editor: CmsAdmin;
const stops: (() => Promise<void>)[] = [];
const BROWSER = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mip-alerts-'));
  smtp = await startSmtpSink();
  const service = await rebuildEnv(dir);
  env = await testCmsEnv(dir, service.SITE_URL!, {
    ...service,
    ...smtp.cmsEnv,
  });
  stops.push((await startTestCmsProcess(env)).stop);
  stops.unshift((await startRebuildService(env)).stop);
  editor = await CmsAdmin.login(env.CMS_URL!, env.DEMO_EDITOR_EMAIL!, env.DEMO_EDITOR_PASSWORD!);
}, 8 * 60_000);
afterAll(async () => {
  for (const stop of stops) await stop();
  await smtp?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const site = (pathname: string) => `${env.SITE_URL}${pathname}`;
const mailsTo = (address: string) => smtp.inbox.filter((m) => m.to.includes(address));

/** A form of a live page (by its class), read as a browser would, and posted with `fields` as it would. */
async function postForm(pagePath: string, formClass: string, fields: Record<string, string>) {
  const page = await (await fetch(site(pagePath))).text();
  const form = page.match(
    new RegExp(`<form method="post" action="([^"]+)" class="${formClass}">([\\s\\S]*?)<\\/form>`),
  );
  if (!form) throw new Error(`No ${formClass} on ${pagePath}`);
  const action = form[1]!.replace(/&amp;/g, '&');
  const hidden = Object.fromEntries(
    [...form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const response = await fetch(action, {
    method: 'POST',
    headers: { ...BROWSER, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...hidden, ...fields, homepage: '' }),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), hidden };
}

/** The follow form of a page, posted as a browser would. */
async function subscribeOn(pagePath: string, email: string, frequency: string) {
  const posted = await postForm(pagePath, 'follow-form', { email, frequency });
  return { ...posted, topic: posted.hidden.topic };
}

async function confirmThroughMail(email: string, kind: 'alerts' | 'responses' = 'alerts') {
  await smtp.waitFor(() => mailsTo(email).length > 0);
  const link = mailsTo(email)[0]!.text.match(
    new RegExp(`http://127\\.0\\.0\\.1:\\d+/api/${kind}/confirm\\?token=[^\\s)\\]]+`),
  )![0];
  const response = await fetch(link, { method: 'POST', headers: BROWSER, redirect: 'manual' });
  expect(response.status).toBe(303);
}

const alertsTo = (email: string): ReceivedMail[] => mailsTo(email).filter((m) => m.headers['list-unsubscribe']);

describe('email alerts on the live platform', () => {
  it(
    'mails a news follower the newly published item once its page is live, and nobody else',
    async () => {
      const subscribed = await subscribeOn('/lt/naujienos/', 'skaitytoja@example.lt', 'immediately');
      expect(subscribed.status).toBe(303);
      expect(subscribed.topic).toBe('list:news');
      expect(subscribed.location).toBe(site('/lt/pranesimai/patikrinkite-pasta/'));
      expect((await fetch(subscribed.location!)).status).toBe(200);
      await confirmThroughMail('skaitytoja@example.lt');
      expect((await subscribeOn('/lt/finansavimas/', 'kitas@example.lt', 'immediately')).status).toBe(303);
      await confirmThroughMail('kitas@example.lt');

      const title = `Naujas kvietimas bendruomenėms ${Date.now()}`;
      const draft = await editor.create('news-item', 'lt', {
        title: `Juodraštis niekam nesiunčiamas ${Date.now()}`,
        body: 'Tekstas.',
        date: '2026-12-05',
        level: 'national',
        kind: 'policy',
      });
      const news = await editor.create('news-item', 'lt', {
        title,
        summary: 'Trumpai apie naujieną.',
        body: 'Tekstas.',
        date: '2026-12-06',
        level: 'national',
        kind: 'funding',
      });
      await editor.publish('news-item', news.documentId, 'lt');
      await smtp.waitFor(() => alertsTo('skaitytoja@example.lt').length > 0, 4 * 60_000);
      const [alert] = alertsTo('skaitytoja@example.lt');
      expect(alert!.subject).toBe(`Nauja: Naujienos: ${title}`);
      expect(alert!.text).not.toContain(String(draft.title));
      // Its link is live: the release with the page went live before the mail was queued.
      const link = alert!.html.match(/href="(http:\/\/127\.0\.0\.1:\d+\/lt\/naujienos\/[^"]+)"/)![1]!;
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(title);

      // Later builds tell the CMS nothing new about it: one alert, however many releases list it.
      await editor.update('news-item', news.documentId, 'lt', { summary: 'Pataisyta santrauka.' });
      await editor.publish('news-item', news.documentId, 'lt');
      const status = `http://127.0.0.1:${env.REBUILD_PORT}/status`;
      await expect
        .poll(async () => (await (await fetch(site(new URL(link).pathname))).text()).includes('Pataisyta santrauka'), {
          timeout: 4 * 60_000,
        })
        .toBe(true);
      expect(((await (await fetch(status)).json()) as { lastSuccess: { result: string } }).lastSuccess.result).toBe(
        'success',
      );
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(alertsTo('skaitytoja@example.lt').filter((m) => m.subject.includes(title))).toHaveLength(1);
      // The funding follower heard of none of it.
      expect(alertsTo('kitas@example.lt')).toEqual([]);
    },
    10 * 60_000,
  );
});

describe('responses on the live platform', () => {
  it(
    'shows a confirmed response an editor published on its page once it is live, and tells the priority’s follower',
    async () => {
      const priority = '/lt/prioritetai/kalba-ir-svietimas/';
      expect((await subscribeOn(priority, 'prioriteto-sekeja@example.lt', 'immediately')).status).toBe(303);
      await confirmThroughMail('prioriteto-sekeja@example.lt');

      const body = `Mūsų savivaldybėje kursų trūksta ${Date.now()}.`;
      const sent = await postForm(priority, 'respond-form', {
        stance: 'concern',
        body,
        displayName: 'Gyventoja',
        organisationName: '',
        email: 'atsakanti@example.lt',
        consent: 'on',
      });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(site('/lt/pranesimai/patvirtinkite-atsakyma/'));
      expect((await fetch(sent.location!)).status).toBe(200);
      expect(await (await fetch(site(priority))).text()).not.toContain(body);
      await confirmThroughMail('atsakanti@example.lt', 'responses');

      const [waiting] = await editor.find('response', 'lt', { 'filters[body][$eq]': body });
      expect(waiting).toMatchObject({ moderationStatus: 'waiting' });
      await editor.publish('response', waiting!.documentId, 'lt');
      await expect
        .poll(async () => (await (await fetch(site(priority))).text()).includes(body), { timeout: 4 * 60_000 })
        .toBe(true);
      const page = await (await fetch(site(priority))).text();
      expect(page).toContain(`id="response-${waiting!.documentId}"`);
      expect(page).not.toContain('atsakanti@example.lt');

      // The priority's follower hears of it, with a link to it on the live page.
      const alertTo = () =>
        alertsTo('prioriteto-sekeja@example.lt').find((m) => m.text.includes(`#response-${waiting!.documentId}`));
      await smtp.waitFor(() => !!alertTo(), 2 * 60_000);
      expect(alertTo()!.text).toContain('Kelia susirūpinimą: Gyventoja');
    },
    10 * 60_000,
  );
});
