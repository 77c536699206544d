import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowItem, ReleaseNotice } from '@mip/shared-types';
import type { ReceivedMail, SmtpSink } from '@mip/testing/smtp-sink';
import { MAIL_SITE_URL as SITE, startMailCms, type MailCms, type TestCms } from './harness.ts';

// Email alerts end to end inside the CMS, with a real SMTP server on loopback: double opt-in
// (nothing but the confirmation before a confirmed address), alerts from what a live release
// newly lists (only published content, each item once per subscription), digests, one-click
// unsubscribe, the subscriber's own page, an SMTP outage, and hostile input. The rebuild service's
// part (which items are new in a live release) is tested in scripts/test/alerts.test.ts.

let mailCms: MailCms;
let cms: TestCms;
let smtp: SmtpSink;
let published: { documentId: string; title: string; slug: string };
let draft: { documentId: string; title: string };
let releases = 0;

const NEWS = 'list:news';
const FUNDING = 'list:funding';
const OTHER_LISTS = [
  'list:news:year:2026',
  'list:news:year:2025',
  'list:news:kind:event',
  'list:news:kind:policy',
  'list:funding:status:open',
];
const topics = [
  { topic: NEWS, locale: 'lt' as const, title: 'Naujienos', path: '/lt/naujienos/' },
  { topic: NEWS, locale: 'en' as const, title: 'News', path: '/en/news/' },
  { topic: FUNDING, locale: 'lt' as const, title: 'Finansavimas', path: '/lt/finansavimas/' },
  ...OTHER_LISTS.map((topic) => ({ topic, locale: 'lt' as const, title: topic, path: '/lt/naujienos/' })),
];

beforeAll(async () => {
  mailCms = await startMailCms();
  ({ cms, smtp } = mailCms);
  const news = (await cms.strapi
    .documents('api::news-item.news-item' as never)
    .findMany({ locale: 'lt', status: 'published', limit: 2 } as never)) as any[];
  published = news[0];
  draft = (await cms.strapi.documents('api::news-item.news-item' as never).create({
    locale: 'lt',
    data: { title: 'Juodraštis, kurio niekas nemato', body: 'x', date: '2026-12-01', level: 'local', kind: 'event' },
  } as never)) as any;
  expect((await notice({ topics })).status).toBe(200);
});
afterAll(async () => {
  await mailCms?.stop();
});

const knex = () => cms.strapi.db.connection as unknown as Knex;
const outbox = () => cms.strapi.service('api::mail.outbox') as any;

function newsItem(entry: { documentId: string; title: string }, extra: Partial<FollowItem> = {}): FollowItem {
  return {
    key: `news:${entry.documentId}`,
    title: entry.title,
    path: `/lt/naujienos/${entry.documentId}/`,
    kind: 'Naujiena',
    date: '2026-12-01',
    summary: null,
    uid: 'api::news-item.news-item',
    documentId: entry.documentId,
    entryLocale: 'lt',
    ...extra,
  };
}

/** What the rebuild service posts once a release is live. */
async function notice(part: Partial<ReleaseNotice>, secret = cms.env.REBUILD_SECRET) {
  const body: ReleaseNotice = { release: `r${++releases}`, topics: [], removedTopics: [], additions: [], ...part };
  const response = await fetch(`${cms.url}/internal/alerts/release`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rebuild-secret': secret ?? '' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function subscribe(fields: Record<string, string>, accept = 'application/json') {
  const response = await fetch(`${cms.url}/api/alerts/subscribe?locale=lt&from=%2Flt%2Fnaujienos%2F`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

/** What a browser asks for when it posts a form. */
const HTML = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
const mailsTo = (address: string) => mailCms.mailsTo(address);
const linkIn = (received: ReceivedMail, path: string) => mailCms.linkIn(received, `alerts/${path}`);
const settle = async () => {
  await outbox().wake();
  await outbox().wake();
};

/** A confirmed subscription of `email` to `topic`, through the mail as a person does it. */
async function confirmed(email: string, topic = NEWS, frequency = 'immediately') {
  const confirmations = () => mailsTo(email).filter((m) => /Patvirtinkite/.test(m.subject));
  const before = confirmations().length;
  expect((await subscribe({ locale: 'lt', topic, email, frequency })).status).toBe(202);
  await smtp.waitFor(() => confirmations().length > before);
  const confirmation = confirmations().at(-1)!;
  const response = await fetch(linkIn(confirmation, 'confirm'), { method: 'POST', redirect: 'manual', headers: HTML });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(`${SITE}/lt/pranesimai/prenumerata-patvirtinta/`);
}

describe('subscribing (double opt-in)', () => {
  it('stores a request as pending and mails it one confirmation, nothing else, until it is confirmed', async () => {
    const answer = await subscribe({ locale: 'lt', topic: NEWS, email: ' Ona@Example.LT ', frequency: 'immediately' });
    expect(answer.status).toBe(202);
    const [row] = await knex()('mip_subscriptions').where({ email: 'ona@example.lt' });
    expect(row).toMatchObject({ topic: NEWS, status: 'pending', frequency: 'immediately', confirmed_at: null });
    expect(Number(row.consent_at)).toBeGreaterThan(Date.now() - 60_000);

    await smtp.waitFor(() => mailsTo('ona@example.lt').length === 1);
    const [mail] = mailsTo('ona@example.lt');
    expect(mail!.subject).toBe('Patvirtinkite el. pašto pranešimus');
    expect(mail!.text).toContain('Naujienos');
    expect(mail!.html).toContain(`href="${SITE}/lt/naujienos/"`);
    expect(mail!.headers['list-unsubscribe']).toBeUndefined();

    // A new item before confirmation: the pending address gets nothing.
    await notice({ additions: [{ locale: 'lt', item: newsItem(published), topics: [NEWS] }] });
    await settle();
    expect(mailsTo('ona@example.lt')).toHaveLength(1);

    // Opening the link changes nothing (mail scanners open links); its button does.
    const link = linkIn(mail!, 'confirm');
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="lt">');
    expect(html).toContain('Patvirtinti</button>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await knex()('mip_subscriptions').where({ email: 'ona@example.lt' }).first()).status).toBe('pending');
    const confirm = await fetch(link, { method: 'POST', redirect: 'manual', headers: HTML });
    expect(confirm.status).toBe(303);
    const after = await knex()('mip_subscriptions').where({ email: 'ona@example.lt' }).first();
    expect(after.status).toBe('confirmed');
    expect(Number(after.confirmed_at)).toBeGreaterThanOrEqual(Number(after.consent_at));
    // Again: still confirmed, the same notice page.
    expect((await fetch(link, { method: 'POST', redirect: 'manual', headers: HTML })).headers.get('location')).toMatch(
      /prenumerata-patvirtinta/,
    );
  });

  it('answers a request for an address that already follows the same as a new one, and changes nothing', async () => {
    const first = await subscribe({ locale: 'lt', topic: NEWS, email: 'ona@example.lt', frequency: 'weekly' });
    const fresh = await subscribe({ locale: 'lt', topic: NEWS, email: 'naujas@example.lt', frequency: 'weekly' });
    expect(first).toEqual(fresh);
    const row = await knex()('mip_subscriptions').where({ email: 'ona@example.lt' }).first();
    expect(row.frequency).toBe('immediately');
    // The confirmed address hears that nothing changed, with the way to change it.
    await smtp.waitFor(() => mailsTo('ona@example.lt').some((m) => m.subject === 'Šiuos pranešimus jau gaunate'));
    expect(mailsTo('ona@example.lt').find((m) => /jau gaunate/.test(m.subject))!.text).toMatch(
      /api\/alerts\/subscriptions\?token=/,
    );
  });

  it('mails one address at most five times a day, however many requests name it', async () => {
    for (let i = 0; i < 8; i++)
      expect((await subscribe({ locale: 'lt', topic: NEWS, email: 'auka@example.lt' })).status).toBe(202);
    await settle();
    expect(mailsTo('auka@example.lt')).toHaveLength(1); // one per ten minutes per subscription
    for (const topic of [FUNDING, ...OTHER_LISTS])
      expect((await subscribe({ locale: 'lt', topic, email: 'auka@example.lt' })).status).toBe(202);
    await settle();
    expect(mailsTo('auka@example.lt')).toHaveLength(5);
  });

  it('refuses what is not a valid request with field errors in the reader’s language, storing nothing', async () => {
    const before = await knex()('mip_subscriptions').count({ n: '*' }).first();
    const cases: [Record<string, string>, string, string][] = [
      [{ locale: 'lt', topic: NEWS, email: 'ne-adresas' }, 'email', 'el. pašto adresą'],
      [{ locale: 'lt', topic: 'list:nothing', email: 'a@example.lt' }, 'topic', 'sekti negalima'],
      [{ locale: 'lt', topic: 'user:1', email: 'a@example.lt' }, 'topic', 'sekti negalima'],
      [{ locale: 'lt', topic: NEWS, email: 'a@example.lt', homepage: 'http://spam' }, 'homepage', 'tuščią'],
      [{ locale: 'lt', topic: NEWS, email: 'a@example.lt', frequency: 'hourly' }, 'frequency', ''],
      [{ locale: 'lt', topic: NEWS, email: 'a@example.lt', admin: 'true' }, '_form', 'Nežinomi laukai'],
    ];
    for (const [fields, field, message] of cases) {
      const answer = await subscribe(fields);
      expect(answer.status, JSON.stringify(fields)).toBe(400);
      expect(JSON.parse(answer.text).errors[field]).toContain(message);
    }
    const json = await fetch(`${cms.url}/api/alerts/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', topic: NEWS, email: ['a@example.lt'] }),
    });
    expect(json.status).toBe(400);
    expect((await knex()('mip_subscriptions').count({ n: '*' }).first())!.n).toEqual(before!.n);
  });

  it('works as a plain form without JavaScript: a redirect to the notice page, or a page naming each problem', async () => {
    const html = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';
    const ok = await subscribe({ locale: 'en', topic: NEWS, email: 'plain@example.org', frequency: 'daily' }, html);
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`${SITE}/en/notices/check-your-email/`);
    const bad = await subscribe({ locale: 'lt', topic: NEWS, email: 'ne-adresas' }, html);
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/^<!DOCTYPE html><html lang="lt">/);
    expect(bad.text).toContain('Pataisykite šiuos laukus');
    expect(bad.text).toContain(`href="${SITE}/lt/naujienos/#field-email"`);
    expect(bad.text).toContain('El. paštas: Įrašykite el. pašto adresą');
    expect(bad.text).toContain(`<link rel="stylesheet" href="${SITE}/styles/site.css"/>`);
  });
});

describe('alerts', () => {
  it('mails a confirmed subscriber what a live release newly lists under the topic, once, with one-click unsubscribe', async () => {
    await confirmed('petras@example.lt');
    await notice({ additions: [{ locale: 'lt', item: newsItem(published), topics: [NEWS] }] });
    await smtp.waitFor(() => mailsTo('petras@example.lt').some((m) => m.subject.startsWith('Nauja:')));
    const alert = mailsTo('petras@example.lt').find((m) => m.subject.startsWith('Nauja:'))!;
    expect(alert.subject).toBe(`Nauja: Naujienos: ${published.title}`);
    expect(alert.html).toContain(`href="${SITE}/lt/naujienos/${published.documentId}/"`);
    expect(alert.headers['list-unsubscribe']).toMatch(/^<http:\/\/cms\.example\/api\/alerts\/unsubscribe\?token=.+>$/);
    expect(alert.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(alert.text).toMatch(/api\/alerts\/subscriptions\?token=/);

    // The same item again (a retried notice, a later release that still lists it): nothing more.
    await notice({ additions: [{ locale: 'lt', item: newsItem(published), topics: [NEWS] }] });
    await settle();
    expect(mailsTo('petras@example.lt').filter((m) => m.subject.startsWith('Nauja:'))).toHaveLength(1);
  });

  it('sends nothing for another topic, and never names a draft, an unpublished or a deleted entry', async () => {
    await confirmed('jonas@example.lt');
    const before = mailsTo('jonas@example.lt').length;
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'x:1' }), topics: [FUNDING] }] });
    // A draft can only reach a notice by mistake; it is checked again before a mail names it.
    await notice({ additions: [{ locale: 'lt', item: newsItem(draft), topics: [NEWS] }] });
    await settle();
    expect(mailsTo('jonas@example.lt')).toHaveLength(before);
    const skipped = await knex()('mip_mail_outbox').where({ recipient: 'jonas@example.lt', status: 'skipped' });
    expect(skipped).toHaveLength(1);
  });

  it('stops at once on a one-click unsubscribe (RFC 8058: a POST without cookies), and forgets the subscription', async () => {
    await confirmed('marija@example.lt');
    const [row] = await knex()('mip_subscriptions').where({ email: 'marija@example.lt' });
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'news:other' }), topics: [NEWS] }] });
    await smtp.waitFor(() => mailsTo('marija@example.lt').some((m) => m.subject.startsWith('Nauja:')));
    const alert = mailsTo('marija@example.lt').find((m) => m.subject.startsWith('Nauja:'))!;
    const url = alert.headers['list-unsubscribe']!.slice(1, -1).replace('http://cms.example', cms.url);
    // Opening the link shows a button and changes nothing.
    expect((await fetch(url)).status).toBe(200);
    expect(await knex()('mip_subscriptions').where({ id: row.id }).first()).toBeDefined();
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const oneClick = await fetch(url, { method: 'POST', body: form });
    expect(oneClick.status).toBe(200);
    expect(await knex()('mip_subscriptions').where({ id: row.id }).first()).toBeUndefined();
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'news:third' }), topics: [NEWS] }] });
    await settle();
    expect(mailsTo('marija@example.lt').filter((m) => m.subject.startsWith('Nauja:'))).toHaveLength(1);
  });

  it('groups a day’s items into one digest at the daily hour in Vilnius, and sends none when nothing came', async () => {
    await confirmed('digest@example.lt', FUNDING, 'daily');
    const deliveries = cms.strapi.service('api::alert.deliveries') as any;
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'f:1' }), topics: [FUNDING] }] });
    await notice({
      additions: [{ locale: 'lt', item: newsItem(published, { key: 'f:2', title: 'Antras' }), topics: [FUNDING] }],
    });
    await settle();
    expect(mailsTo('digest@example.lt')).toHaveLength(1); // the confirmation only
    // The first run after confirming closes the period that was open then; the next day's brings the digest.
    const tomorrow = Date.now() + 24 * 60 * 60 * 1000;
    expect(await deliveries.queueDigests(tomorrow)).toBe(1);
    expect(await deliveries.queueDigests(tomorrow)).toBe(0);
    await settle();
    const digest = mailsTo('digest@example.lt').find((m) => m.subject.startsWith('Dienos apžvalga'))!;
    expect(digest.subject).toBe('Dienos apžvalga: Finansavimas (2)');
    expect(digest.text).toContain('Antras');
    expect(await deliveries.queueDigests(tomorrow + 24 * 60 * 60 * 1000)).toBe(0);
  });

  it('keeps mail through an SMTP outage and delivers each exactly once when the server is back', async () => {
    await confirmed('outage@example.lt');
    smtp.refusing = true;
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'o:1' }), topics: [NEWS] }] });
    await settle();
    const [row] = await knex()('mip_mail_outbox').where({ recipient: 'outage@example.lt', kind: 'alert' });
    expect(row).toMatchObject({ status: 'queued' });
    expect(Number(row.attempts)).toBeGreaterThanOrEqual(1);
    expect(row.last_error).toMatch(/451/);
    smtp.refusing = false;
    // The retry is due after its backoff; here it is made due now.
    await knex()('mip_mail_outbox').where({ id: row.id }).update({ next_attempt_at: 0 });
    await settle();
    await smtp.waitFor(() => mailsTo('outage@example.lt').some((m) => m.subject.startsWith('Nauja:')));
    await settle();
    expect(mailsTo('outage@example.lt').filter((m) => m.subject.startsWith('Nauja:'))).toHaveLength(1);
    expect((await knex()('mip_mail_outbox').where({ id: row.id }).first()).status).toBe('sent');
  });

  it('resumes after a restart: a mail left half-sent by a stopped process is queued again and sent once', async () => {
    await confirmed('restart@example.lt');
    await outbox().stop();
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'r:1' }), topics: [NEWS] }] });
    const [row] = await knex()('mip_mail_outbox').where({ recipient: 'restart@example.lt', kind: 'alert' });
    // As a process that died between claiming and sending leaves it.
    await knex()('mip_mail_outbox').where({ id: row.id }).update({ status: 'sending', claimed_at: 1 });
    await outbox().start();
    await smtp.waitFor(() => mailsTo('restart@example.lt').some((m) => m.subject.startsWith('Nauja:')));
    await settle();
    expect(mailsTo('restart@example.lt').filter((m) => m.subject.startsWith('Nauja:'))).toHaveLength(1);
  });
});

describe('the subscriber’s own page', () => {
  it('lists what the address follows, changes how often, and deletes all its data', async () => {
    await confirmed('visi@example.lt');
    await confirmed('visi@example.lt', FUNDING, 'weekly');
    await notice({ additions: [{ locale: 'lt', item: newsItem(published, { key: 'v:1' }), topics: [NEWS] }] });
    await smtp.waitFor(() => mailsTo('visi@example.lt').some((m) => m.subject.startsWith('Nauja:')));
    const manage = linkIn(mailsTo('visi@example.lt').find((m) => m.subject.startsWith('Nauja:'))!, 'subscriptions');
    const page = await (await fetch(manage)).text();
    expect(page).toContain('Jūsų prenumeratos');
    expect(page).toContain(`<a href="${SITE}/lt/naujienos/">Naujienos</a>`);
    expect(page).toContain(`<a href="${SITE}/lt/finansavimas/">Finansavimas</a>`);
    expect(page).not.toContain('visi@example.lt'); // the address is not shown to whoever holds the link

    const news = await knex()('mip_subscriptions').where({ email: 'visi@example.lt', topic: NEWS }).first();
    const change = await fetch(manage, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ action: 'frequency', id: String(news.id), frequency: 'weekly' }),
      redirect: 'manual',
    });
    expect(change.status).toBe(303);
    expect((await knex()('mip_subscriptions').where({ id: news.id }).first()).frequency).toBe('weekly');
    // Another address's subscription cannot be touched with this link.
    const other = await knex()('mip_subscriptions').whereNot({ email: 'visi@example.lt' }).first();
    await fetch(manage, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'remove', id: String(other.id) }),
    });
    expect(await knex()('mip_subscriptions').where({ id: other.id }).first()).toBeDefined();

    const gone = await fetch(manage, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ action: 'delete-all' }),
      redirect: 'manual',
    });
    expect(gone.headers.get('location')).toBe(`${SITE}/lt/pranesimai/duomenys-istrinti/`);
    expect(await knex()('mip_subscriptions').where({ email: 'visi@example.lt' })).toEqual([]);
    expect(await knex()('mip_mail_outbox').where({ recipient: 'visi@example.lt' })).toEqual([]);
  });

  it('refuses changed, forged and expired links with a page that says so, and changes nothing', async () => {
    await confirmed('tikras@example.lt');
    const [row] = await knex()('mip_subscriptions').where({ email: 'tikras@example.lt' });
    const { makeToken } = await import('../src/mail/links.ts');
    const base = `${cms.url}/api/alerts`;
    const answers = await Promise.all(
      [
        `${base}/unsubscribe?token=u.${row.id}.AAAA`,
        `${base}/unsubscribe?token=${makeToken('u', String(Number(row.id) + 1)).replace(/^u\.\d+/, `u.${row.id}`)}`,
        `${base}/confirm?token=${makeToken('c', String(row.id), Date.now() - 1000)}`,
        `${base}/subscriptions?token=${makeToken('u', String(row.id))}`,
        `${base}/subscriptions`,
      ].map(async (url) => {
        const response = await fetch(url, { method: 'POST' });
        return { status: response.status, text: await response.text() };
      }),
    );
    expect(answers.map((a) => a.status)).toEqual([403, 403, 410, 403, 403]);
    expect(answers[2]!.text).toContain('Nuoroda nebegalioja');
    expect(await knex()('mip_subscriptions').where({ id: row.id }).first()).toBeDefined();
  });
});

describe('what is kept private', () => {
  it('takes release notices only with the rebuild service’s secret, and only on the internal route', async () => {
    expect((await notice({}, 'not-the-secret')).status).toBe(401);
    const viaApi = await fetch(`${cms.url}/api/internal/alerts/release`, { method: 'POST' });
    expect([404, 405]).toContain(viaApi.status);
  });

  it('gives GraphQL and the site’s token no way to subscribers', async () => {
    const query = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.token}` },
      body: JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }),
    });
    const types = (
      (await query.json()) as { data: { __schema: { types: { name: string; fields: { name: string }[] | null }[] } } }
    ).data.__schema.types.filter((type) => !type.name.startsWith('__'));
    expect(types.map((t) => t.name)).toContain('NewsItem');
    expect(types.map((t) => t.name).filter((name) => /Subscri|Alert|Outbox|Mail/.test(name))).toEqual([]);
    const fields = types.flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`));
    expect(fields.filter((f) => /\.(emailHash|email_hash|recipient|subscriptions?)$/.test(f))).toEqual([]);
    for (const path of ['/api/subscriptions', '/api/mip-subscriptions', '/api/alerts/subscriptions?token=']) {
      const response = await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${cms.token}` } });
      expect(response.status, path).not.toBe(200);
    }
  });
});
