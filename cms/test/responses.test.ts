import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesPublicSite } from '@mip/shared-types';
import { followUpPartKey } from '@mip/shared-types/entry-parts';
import type { ReceivedMail, SmtpSink } from '@mip/testing/smtp-sink';
import { getJson, graphql, MAIL_SITE_URL as SITE, startMailCms, type MailCms, type TestCms } from './harness.ts';
import { markupIn } from './markup.ts';

// Public responses inside the CMS, with a real SMTP server on loopback: a response is stored as
// an unconfirmed draft that nobody can read (REST, GraphQL, either site token), its author confirms
// or withdraws it by signed links, editors publish it (never an unconfirmed one), readers' reports
// hide it, and hostile input stores nothing and never breaks a route.

const naughtyStrings = createRequire(import.meta.url)('big-list-of-naughty-strings') as string[];
const UID = 'api::response.response';
const REPORTS_TO_HIDE = 3;

let mailCms: MailCms;
let cms: TestCms;
let smtp: SmtpSink;
let priority: { documentId: string; title: string };
let seminar: { documentId: string; actions: string[] };
let organisation: { documentId: string; name: string };
let nextAddress = 1;
const newAddress = () => `198.51.100.${nextAddress++}`;

beforeAll(async () => {
  mailCms = await startMailCms({
    CMS_BEHIND_PROXY: 'true',
    EDITOR_EMAIL: 'redakcija@mip.example',
    RESPONSE_REPORTS_TO_HIDE: String(REPORTS_TO_HIDE),
  });
  ({ cms, smtp } = mailCms);
  priority = (await cms.strapi
    .documents('api::policy-priority.policy-priority' as never)
    .findFirst({ locale: 'lt', status: 'published' } as never)) as any;
  const seminars = (await cms.strapi.documents('api::seminar.seminar' as never).findMany({
    locale: 'lt',
    status: 'published',
    populate: ['followUpActions'],
  } as never)) as any[];
  const withActions = seminars.find((s) => s.followUpActions?.length)!;
  seminar = { documentId: withActions.documentId, actions: withActions.followUpActions.map((a: any) => a.action) };
  organisation = (await cms.strapi
    .documents('api::organisation.organisation' as never)
    .findFirst({ locale: 'lt', status: 'published' } as never)) as any;
});
afterAll(async () => {
  await mailCms?.stop();
});

const documents = () => cms.strapi.documents(UID as never) as any;
const drafts = (where: Record<string, unknown> = {}) =>
  cms.strapi.db.query(UID as never).findMany({ where: { publishedAt: null, ...where } } as never) as Promise<any[]>;
const HTML = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
const mailsTo = (address: string) => mailCms.mailsTo(address);
const linkIn = (received: ReceivedMail, path: 'confirm' | 'withdraw') => mailCms.linkIn(received, `responses/${path}`);

function fields(extra: Record<string, string> = {}): Record<string, string> {
  return {
    locale: 'lt',
    target: 'policyPriorities',
    documentId: priority.documentId,
    stance: 'support',
    body: 'Pritariame šiam prioritetui: savivaldybėse trūksta kalbos kursų.',
    displayName: 'Ona Onaitė',
    email: 'ona@example.lt',
    consent: 'on',
    ...extra,
  };
}

/** Posts the response form as a browser does (plain form) or as the island does (JSON). */
async function respond(body: Record<string, unknown>, options: { html?: boolean; json?: boolean; from?: string } = {}) {
  const response = await fetch(`${cms.url}/api/responses?locale=lt&from=%2Flt%2Fprioritetai%2Fx%2F`, {
    method: 'POST',
    headers: {
      'content-type': options.json ? 'application/json' : 'application/x-www-form-urlencoded',
      'x-forwarded-for': options.from ?? newAddress(),
      ...(options.html ? HTML : { accept: 'application/json' }),
    },
    body: options.json ? JSON.stringify(body) : new URLSearchParams(body as Record<string, string>),
    redirect: 'manual',
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, location: response.headers.get('location'), text, json };
}

async function report(documentId: string, from: string, reason = 'spam') {
  const response = await fetch(`${cms.url}/api/responses/report?locale=lt`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from, ...HTML },
    body: new URLSearchParams({ locale: 'lt', response: documentId, reason }),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location') };
}

/** A response sent by `email` and confirmed through its mail; its document id and its mail. */
async function confirmedResponse(email: string, extra: Record<string, string> = {}) {
  const before = mailsTo(email).length;
  expect((await respond(fields({ email, ...extra }))).status).toBe(202);
  await smtp.waitFor(() => mailsTo(email).length > before);
  const mail = mailsTo(email).at(-1)!;
  const confirm = await fetch(linkIn(mail, 'confirm'), { method: 'POST', redirect: 'manual', headers: HTML });
  expect(confirm.status).toBe(303);
  const [row] = await drafts({ email });
  return { documentId: row.documentId as string, mail };
}

describe('responding', () => {
  it('stores a response as an unconfirmed draft and mails its author one confirmation, with nothing they typed in it', async () => {
    const answer = await respond(
      fields({
        email: ' Ona@Example.LT ',
        body: '<b>Pritariame</b> šiam prioritetui: <script>x()</script>reikia kursų.',
      }),
      { html: true },
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`${SITE}/lt/pranesimai/patvirtinkite-atsakyma/`);
    const [row] = await drafts({ email: 'ona@example.lt' });
    expect(row).toMatchObject({
      moderationStatus: 'unconfirmed',
      target: 'policyPriorities',
      targetDocumentId: priority.documentId,
      targetTitle: priority.title,
      stance: 'support',
      displayName: 'Ona Onaitė',
      language: 'lt',
      institutionAnswer: false,
      confirmedAt: null,
    });
    expect(row.body).toBe('Pritariame šiam prioritetui: reikia kursų.');
    expect(row.consentAt).toBeTruthy();
    expect(await documents().findOne({ documentId: row.documentId, status: 'published' })).toBeNull();
    // No build for something nobody can see.
    expect(changesPublicSite('entry.create', UID)).toBe(false);

    await smtp.waitFor(() => mailsTo('ona@example.lt').length === 1);
    const [mail] = mailsTo('ona@example.lt');
    expect(mail!.subject).toBe('Patvirtinkite savo atsakymą');
    expect(mail!.text).toContain(priority.title);
    expect(mail!.text).not.toMatch(/Pritariame|Ona Onaitė/);
    linkIn(mail!, 'confirm');
    linkIn(mail!, 'withdraw');
  });

  it('answers the island in JSON, and takes its organisation from the directory only', async () => {
    const answer = await respond(
      {
        ...fields({ email: 'jonas@example.lt', organisationName: ` ${organisation.name.toUpperCase()} ` }),
        consent: true,
      },
      { json: true },
    );
    expect(answer).toMatchObject({ status: 202, json: { status: 'unconfirmed' } });
    const [row] = (await cms.strapi.db
      .query(UID as never)
      .findMany({ where: { email: 'jonas@example.lt' }, populate: ['organisation'] } as never)) as any[];
    expect(row.organisation?.documentId).toBe(organisation.documentId);
    await respond(fields({ email: 'petras@example.lt', organisationName: 'Niekam nežinoma organizacija' }));
    const [other] = (await cms.strapi.db
      .query(UID as never)
      .findMany({ where: { email: 'petras@example.lt' }, populate: ['organisation'] } as never)) as any[];
    expect(other.organisation).toBeNull();
  });

  it('refuses what is not a valid response with field errors in the reader’s language, storing nothing', async () => {
    const before = (await drafts()).length;
    const cases: [Record<string, string>, string, RegExp][] = [
      [fields({ email: 'ne-adresas' }), 'email', /el\. pašto adresą/],
      [fields({ body: 'trumpa' }), 'body', /bent 10/],
      [fields({ body: 'x'.repeat(4001) }), 'body', /4000/],
      [fields({ stance: 'hate' }), 'stance', /./],
      [fields({ target: 'organisations' }), 'target', /./],
      [fields({ documentId: 'a'.repeat(24) }), 'documentId', /nerasta/],
      [fields({ homepage: 'http://spam' }), 'homepage', /tuščią/],
      [fields({ admin: 'true' }), '_form', /Nežinomi laukai/],
      [fields({ moderationStatus: 'published' }), '_form', /Nežinomi laukai/],
      [{ ...fields(), consent: '' }, 'consent', /sutinkate/],
      [fields({ part: followUpPartKey('niekada nebuvęs veiksmas') }), 'part', /veiksmo/],
      [fields({ target: 'seminars', documentId: seminar.documentId, part: 'follow-up:x' }), 'part', /veiksmo/],
      [fields({ parent: 'b'.repeat(24) }), 'parent', /paskelbtą atsakymą/],
    ];
    for (const [input, field, message] of cases) {
      const answer = await respond(input);
      expect(answer.status, JSON.stringify(input)).toBe(400);
      expect(answer.json.errors[field], `${field}: ${JSON.stringify(answer.json)}`).toMatch(message);
    }
    // The plain form's error page names the field in Lithuanian and links back to it.
    const page = await respond(fields({ email: 'ne-adresas' }), { html: true });
    expect(page.status).toBe(400);
    expect(page.text).toContain('El. paštas (nebus rodomas)');
    expect(page.text).toContain('#respond-email');
    expect((await drafts()).length).toBe(before);
  });

  it('answers a response to a follow-up action of a seminar, by the action’s key in either language', async () => {
    const answer = await respond(
      fields({
        email: 'veiksmas@example.lt',
        target: 'seminars',
        documentId: seminar.documentId,
        part: followUpPartKey(seminar.actions[0]!),
        stance: 'same_work',
      }),
    );
    expect(answer.status).toBe(202);
    const [row] = await drafts({ email: 'veiksmas@example.lt' });
    expect(row.targetPart).toBe(followUpPartKey(seminar.actions[0]!));
  });

  it('stores 50 responses sent at once exactly once each, as unconfirmed drafts', async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `vienu-metu-${i}@example.lt`);
    const answers = await Promise.all(emails.map((email) => respond(fields({ email }))));
    expect(answers.map((a) => a.status)).toEqual(emails.map(() => 202));
    const rows = await cms.strapi.db
      .query(UID as never)
      .findMany({ where: { email: { $startsWith: 'vienu-metu-' } } } as never);
    expect(rows.map((r: any) => r.email).sort()).toEqual([...emails].sort());
    expect(new Set(rows.map((r: any) => r.documentId)).size).toBe(50);
    expect(rows.every((r: any) => r.moderationStatus === 'unconfirmed' && r.publishedAt === null)).toBe(true);
  });

  it('never breaks on hostile input: every naughty string is answered 202 or 400, stored only as plain text', async () => {
    const statuses = new Set<number>();
    for (const [i, text] of naughtyStrings.entries()) {
      const email = `naughty-${i}@example.lt`;
      const answer = await respond(
        fields({ email, displayName: `${text}`.slice(0, 100) || 'xx', body: `Atsakymas: ${text}`.slice(0, 4000) }),
      );
      statuses.add(answer.status);
      expect([202, 400], `${i}: ${answer.text.slice(0, 200)}`).toContain(answer.status);
    }
    expect(statuses.has(202)).toBe(true);
    const stored = await cms.strapi.db
      .query(UID as never)
      .findMany({ where: { email: { $startsWith: 'naughty-' } } } as never);
    for (const row of stored as any[]) {
      expect(markupIn(row.body), row.body).toEqual([]);
      expect(markupIn(row.displayName), row.displayName).toEqual([]);
      expect(row.body).not.toMatch(/[\u0000-\u0008\u202E\u200B]/);
    }
    // Bodies that are not a form at all.
    for (const body of ['[]', 'null', '"x"', '{"locale":', '{"__proto__":{"x":1}}']) {
      const response = await fetch(`${cms.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
        body,
      });
      expect(response.status, body).toBe(400);
    }
  });
});

describe('nothing unconfirmed or unpublished can be read', () => {
  it('is not in REST for the public, nor for the site tokens; GraphQL has no private field and refuses drafts', async () => {
    expect((await getJson(`${cms.url}/api/responses`)).status).toBe(401);
    const rest = await getJson(`${cms.url}/api/responses?status=draft`, cms.token);
    expect(rest.status).toBe(403);
    const published = await getJson(`${cms.url}/api/responses`, cms.token);
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).not.toMatch(/@example\.lt|unconfirmed/);

    const list = `query($status: PublicationStatus) { responses_connection(status: $status) { nodes { documentId body } } }`;
    const asBuild = await graphql(cms, list, { status: 'DRAFT' }, cms.token);
    expect(JSON.stringify(asBuild.body)).toMatch(/Forbidden|published/);
    expect(asBuild.body.data?.responses_connection?.nodes ?? []).toEqual([]);
    const asPreview = await graphql(cms, list, { status: 'DRAFT' }, cms.env.CMS_PREVIEW_TOKEN);
    expect(asPreview.body.data?.responses_connection?.nodes ?? []).toEqual([]);
    expect(JSON.stringify(asPreview.body)).toMatch(/published responses only/);
    const privateField = await graphql(cms, '{ responses { email moderationStatus } }', {}, cms.token);
    expect(privateField.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Cannot query field "email" on type "Response".',
      'Cannot query field "moderationStatus" on type "Response".',
    ]);
  });

  it('cannot be published before its author confirmed it', async () => {
    const [row] = await drafts({ email: 'petras@example.lt' });
    await expect(documents().publish({ documentId: row.documentId })).rejects.toThrow(/nepatvirtino|not confirmed/);
    expect(await documents().findOne({ documentId: row.documentId, status: 'published' })).toBeNull();
  });
});

describe('the links in the author’s mail', () => {
  it('confirms on the page’s button only, tells the editors, and changes nothing when used again', async () => {
    await respond(fields({ email: 'patvirtina@example.lt' }));
    await smtp.waitFor(() => mailsTo('patvirtina@example.lt').length === 1);
    const link = linkIn(mailsTo('patvirtina@example.lt')[0]!, 'confirm');
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="lt">');
    expect(html).toContain(priority.title);
    expect(html).toContain('Patvirtinti</button>');
    const [before] = await drafts({ email: 'patvirtina@example.lt' });
    expect(before.moderationStatus).toBe('unconfirmed');

    const confirm = await fetch(link, { method: 'POST', redirect: 'manual', headers: HTML });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe(`${SITE}/lt/pranesimai/atsakymas-patvirtintas/`);
    const [after] = await drafts({ email: 'patvirtina@example.lt' });
    expect(after.moderationStatus).toBe('waiting');
    expect(after.confirmedAt).toBeTruthy();

    await smtp.waitFor(() => mailsTo('redakcija@mip.example').length > 0);
    const notice = mailsTo('redakcija@mip.example').at(-1)!;
    expect(notice.subject).toMatch(/Atsakymai laukia peržiūros/);
    expect(notice.text).toMatch(/content-manager\/collection-types\/api::response\.response/);
    expect(notice.text).not.toMatch(/Ona|patvirtina@/);

    // Used again: the same notice page, nothing changes.
    const again = await fetch(link, { method: 'POST', redirect: 'manual', headers: HTML });
    expect(again.headers.get('location')).toBe(`${SITE}/lt/pranesimai/atsakymas-patvirtintas/`);
    expect((await drafts({ email: 'patvirtina@example.lt' }))[0].moderationStatus).toBe('waiting');
  });

  it('refuses a tampered or expired link with a page that says so', async () => {
    const [row] = await drafts({ email: 'jonas@example.lt' });
    const { makeToken } = await import('../src/mail/links.ts');
    const expired = makeToken('rc', row.documentId, Date.now() - 1000);
    const expiredPage = await fetch(`${cms.url}/api/responses/confirm?token=${encodeURIComponent(expired)}`, {
      method: 'POST',
      headers: HTML,
    });
    expect(expiredPage.status).toBe(410);
    expect(await expiredPage.text()).toContain('Nuoroda nebegalioja');
    const valid = makeToken('rc', row.documentId, Date.now() + 60_000);
    for (const token of [
      valid.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      makeToken('c', row.documentId, Date.now() + 60_000), // an alert's confirmation
      makeToken('rw', row.documentId).replace('rw.', 'rc.'),
      'x'.repeat(400),
    ]) {
      const answer = await fetch(`${cms.url}/api/responses/confirm?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: HTML,
      });
      expect(answer.status, token).toBe(403);
    }
    expect((await drafts({ email: 'jonas@example.lt' }))[0].moderationStatus).toBe('unconfirmed');
  });

  it('withdraws a response (published or not) on the page’s button: it is deleted, and the link then says so', async () => {
    const { documentId, mail } = await confirmedResponse('atsaukia@example.lt');
    await documents().publish({ documentId });
    const link = linkIn(mail, 'withdraw');
    expect((await fetch(link)).status).toBe(200);
    expect(await documents().findOne({ documentId, status: 'published' })).not.toBeNull();
    const withdraw = await fetch(link, { method: 'POST', redirect: 'manual', headers: HTML });
    expect(withdraw.status).toBe(303);
    expect(withdraw.headers.get('location')).toBe(`${SITE}/lt/pranesimai/atsakymas-atsauktas/`);
    expect(await cms.strapi.db.query(UID as never).findMany({ where: { documentId } } as never)).toEqual([]);
    const again = await fetch(link, { method: 'POST', headers: HTML });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('Tokio atsakymo nėra');
  });
});

describe('moderation and readers’ reports', () => {
  it('publishes a confirmed response with its name and text, never its address', async () => {
    const { documentId } = await confirmedResponse('skelbiamas@example.lt');
    await documents().publish({ documentId });
    const [row] = await drafts({ documentId });
    expect(row.moderationStatus).toBe('published');
    const result = await graphql(
      cms,
      `{ responses_connection(filters: { documentId: { eq: "${documentId}" } }) { nodes { displayName body stance target targetDocumentId } } }`,
      {},
      cms.token,
    );
    expect(result.body.data.responses_connection.nodes).toEqual([
      expect.objectContaining({ displayName: 'Ona Onaitė', stance: 'support', targetDocumentId: priority.documentId }),
    ]);
    expect(JSON.stringify(result.body)).not.toContain('skelbiamas@');
    // The admin's "On the site" panel: on both language versions of the answered page.
    const { entryStatus } = await import('../src/admin-api/entry-status.ts');
    const status = await entryStatus(cms.strapi, 'responses', documentId, SITE);
    expect(status.versions.map((v) => [v.locale, v.published, v.url])).toEqual([
      ['lt', true, expect.stringMatching(new RegExp(`^${SITE}/lt/prioritetai/[^/]+/#response-${documentId}$`))],
      ['en', true, expect.stringMatching(new RegExp(`^${SITE}/en/priorities/[^/]+/#response-${documentId}$`))],
    ]);
  });

  it('takes one level of replies: to a published response under the same entry, not to a reply', async () => {
    const { documentId: parent } = await confirmedResponse('klausia@example.lt', { stance: 'question' });
    expect((await respond(fields({ email: 'atsako@example.lt', parent }))).json.errors.parent).toBeTruthy();
    await documents().publish({ documentId: parent });
    const { documentId: reply } = await confirmedResponse('atsako@example.lt', { parent, stance: 'information' });
    await documents().publish({ documentId: reply });
    // An editor's answer names only the response it replies to; the entry comes from it.
    const answer = await documents().create({
      data: {
        parent,
        stance: 'information',
        body: 'Ministerija atsako: kursai bus.',
        displayName: 'Integracijos skyrius',
        institutionAnswer: true,
        organisation: organisation.documentId,
      },
    });
    const [stored] = await drafts({ documentId: answer.documentId });
    expect(stored).toMatchObject({ target: 'policyPriorities', targetDocumentId: priority.documentId });
    await documents().publish({ documentId: answer.documentId });
    const toReply = await respond(fields({ email: 'trecias@example.lt', parent: reply }));
    expect(toReply.json.errors.parent).toMatch(/ne į atsakymą į atsakymą/);
    const elsewhere = await respond(
      fields({ email: 'trecias@example.lt', parent, target: 'seminars', documentId: seminar.documentId }),
    );
    expect(elsewhere.json.errors.parent).toBeTruthy();
  });

  it(`hides a published response after ${REPORTS_TO_HIDE} reports from different readers until an editor publishes it again`, async () => {
    const { documentId } = await confirmedResponse('pranestas@example.lt');
    await documents().publish({ documentId });
    const reader = newAddress();
    // One reader counts once, however often they report.
    for (let i = 0; i < REPORTS_TO_HIDE + 1; i++) {
      const answer = await report(documentId, reader);
      expect(answer.status).toBe(303);
      expect(answer.location).toBe(`${SITE}/lt/pranesimai/pranesimas-gautas/`);
    }
    expect(await documents().findOne({ documentId, status: 'published' })).not.toBeNull();
    expect((await drafts({ documentId }))[0].reports).toBe(1);
    for (let i = 1; i < REPORTS_TO_HIDE; i++) await report(documentId, newAddress(), 'offensive');
    expect(await documents().findOne({ documentId, status: 'published' })).toBeNull();
    expect((await drafts({ documentId }))[0]).toMatchObject({ moderationStatus: 'reported', reports: REPORTS_TO_HIDE });
    // The editors hear of it; reporting a hidden one changes nothing and answers the same.
    await smtp.waitFor(() => mailsTo('redakcija@mip.example').some((m) => /paslėptų atsakymų: 1/.test(m.text)));
    expect((await report(documentId, newAddress())).status).toBe(303);

    // An editor looked and publishes it again: the old reports no longer count.
    await documents().publish({ documentId });
    expect((await drafts({ documentId }))[0]).toMatchObject({ moderationStatus: 'published', reports: 0 });
    await report(documentId, newAddress());
    expect(await documents().findOne({ documentId, status: 'published' })).not.toBeNull();
    // An editor takes it down: rejected in the queue.
    await documents().unpublish({ documentId });
    expect((await drafts({ documentId }))[0].moderationStatus).toBe('rejected');
  });

  it('answers a report of something that is not a published response the same, and refuses a malformed one', async () => {
    expect((await report('c'.repeat(24), newAddress())).status).toBe(303);
    const bad = await fetch(`${cms.url}/api/responses/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
      body: JSON.stringify({ locale: 'en', response: 'x', extra: 1 }),
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as any).errors)).toEqual(expect.arrayContaining(['response', '_form']));
  });

  it('forgets unconfirmed responses once their link has expired', async () => {
    await respond(fields({ email: 'pamirstas@example.lt' }));
    const [row] = await drafts({ email: 'pamirstas@example.lt' });
    const respondService = cms.strapi.service('api::response.respond') as any;
    expect(await respondService.forgetUnconfirmed(Date.now())).toBe(0);
    const forgotten = await respondService.forgetUnconfirmed(Date.now() + 4 * 24 * 60 * 60 * 1000);
    expect(forgotten).toBeGreaterThan(0);
    expect(await drafts({ documentId: row.documentId })).toEqual([]);
    // Confirmed ones stay.
    expect((await drafts({ email: 'patvirtina@example.lt' })).length).toBe(1);
  });
});
