import ICAL from 'ical.js';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedMail, SmtpSink } from '@mip/testing/smtp-sink';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  demoEditorHeaders,
  graphql,
  MAIL_SITE_URL as SITE,
  startMailCms,
  type MailCms,
  type TestCms,
} from './harness.ts';

// Seminar registration inside the CMS, with a real SMTP server on loopback: double opt-in, places
// taken in one transaction per seminar (50 people confirming at once for 10 places), the waiting
// list in the order people confirmed, a cancellation moving the first waiting person up, and
// registration only where and while it is open.

const PLACES = 10;
let mailCms: MailCms;
let cms: TestCms;
let smtp: SmtpSink;
let seminar: string;
let closedSeminar: string;
let nextAddress = 1;
const newAddress = () => `192.0.2.${nextAddress++}`;

beforeAll(async () => {
  mailCms = await startMailCms({ CMS_BEHIND_PROXY: 'true', PUBLIC_LINK_RATE_LIMIT: '1000' });
  ({ cms, smtp } = mailCms);
  const seminars = cms.strapi.documents('api::seminar.seminar' as never) as any;
  const upcoming = ((await seminars.findMany({ locale: 'lt', status: 'published' })) as any[]).filter(
    (s) => Date.parse(s.startAt) > Date.now() + 86_400_000,
  );
  // The demo's spring forum takes registration here; another upcoming one does not.
  seminar = upcoming.find((s) => s.platformRegistration).documentId;
  closedSeminar = upcoming.find((s) => !s.platformRegistration).documentId;
  await seminars.update({
    documentId: seminar,
    locale: 'lt',
    data: { platformRegistration: true, capacity: PLACES, registrationDeadline: null },
  });
  await seminars.publish({ documentId: seminar, locale: '*' });
});
afterAll(async () => {
  await mailCms?.stop();
});

const knex = () => cms.strapi.db.connection as unknown as Knex;
const rows = (where: Record<string, unknown> = {}) => knex()('mip_registrations').where({ seminar, ...where });
const mailsTo = (address: string) => mailCms.mailsTo(address);
const linkIn = (received: ReceivedMail, path: 'confirm' | 'cancel') =>
  mailCms.linkIn(received, `registrations/${path}`);

async function register(fields: Record<string, unknown>) {
  const response = await fetch(`${cms.url}/api/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': newAddress() },
    body: JSON.stringify({ locale: 'lt', seminar, name: 'Ona Onaitė', ...fields }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const post = (link: string) =>
  fetch(link, { method: 'POST', headers: { accept: 'application/json', 'x-forwarded-for': newAddress() } });

describe('seminar registration', () => {
  it(`gives exactly ${PLACES} places to 50 people confirming at once, and puts the other 40 on the waiting list in order`, async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `dalyvis-${i}@example.lt`);
    const answers = await Promise.all(emails.map((email) => register({ email })));
    expect(answers.map((a) => a.status)).toEqual(emails.map(() => 202));
    expect(await rows({ status: 'pending' })).toHaveLength(50);
    await smtp.waitFor(() => emails.every((email) => mailsTo(email).length === 1), 60_000);
    expect(mailsTo(emails[0]!)[0]!.subject).toBe('Patvirtinkite registraciją į renginį');

    const confirmed = await Promise.all(emails.map((email) => post(linkIn(mailsTo(email)[0]!, 'confirm'))));
    const states = await Promise.all(confirmed.map(async (r) => ((await r.json()) as { status: string }).status));
    expect(states.filter((s) => s === 'confirmed')).toHaveLength(PLACES);
    expect(states.filter((s) => s === 'waiting')).toHaveLength(40);
    expect(await rows({ status: 'confirmed' })).toHaveLength(PLACES);
    const waiting = await rows({ status: 'waiting' }).orderBy([{ column: 'queued_at' }, { column: 'id' }]);
    expect(waiting).toHaveLength(40);
    // Those with places confirmed before anyone on the waiting list.
    const lastPlace = Math.max(...(await rows({ status: 'confirmed' })).map((r: any) => Number(r.queued_at)));
    expect(waiting.every((r: any) => Number(r.queued_at) >= lastPlace)).toBe(true);

    // Each hears which: a place, or their position.
    await smtp.waitFor(() => emails.every((email) => mailsTo(email).length === 2), 60_000);
    const first = waiting[0] as { email: string };
    expect(mailsTo(first.email)[1]!.subject).toMatch(/^Laukiančiųjų sąraše: /);
    expect(mailsTo(first.email)[1]!.html).toContain('Esate 1-as (-a) laukiančiųjų sąraše');
    const withPlace = (await rows({ status: 'confirmed' }))[0] as { email: string };
    const placeMail = mailsTo(withPlace.email)[1]!;
    expect(placeMail.subject).toMatch(/^Jūs užsiregistravote: /);
    // With the seminar for a calendar: one event, in Lithuania's time zone, at the seminar's time.
    const ics = placeMail.attachments.find((a) => a.mimeType.startsWith('text/calendar'))!;
    expect(ics.filename).toBe('renginys.ics');
    const calendar = new ICAL.Component(ICAL.parse(ics.content));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Vilnius');
    ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    const stored = (await cms.strapi
      .documents('api::seminar.seminar' as never)
      .findOne({ documentId: seminar, locale: 'lt', status: 'published' } as never)) as any;
    expect(event.summary).toBe(stored.title);
    expect(event.startDate.zone.tzid).toBe('Europe/Vilnius');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(stored.startAt).toISOString());
    expect(mailsTo(first.email)[1]!.attachments).toEqual([]);
  });

  it('moves the first on the waiting list up when someone with a place cancels, and tells them', async () => {
    const [holder] = (await rows({ status: 'confirmed' })) as { email: string }[];
    const [first, second] = (await rows({ status: 'waiting' }).orderBy([
      { column: 'queued_at' },
      { column: 'id' },
    ])) as { email: string }[];
    const cancel = linkIn(mailsTo(holder!.email)[1]!, 'cancel');
    expect((await fetch(cancel)).status).toBe(200); // the page asks first
    expect((await rows({ email: holder!.email }).first()).status).toBe('confirmed');
    const answer = await fetch(cancel, {
      method: 'POST',
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`${SITE}/lt/pranesimai/registracija-atsaukta/`);
    const cancelled = await rows({ email: holder!.email }).first();
    expect(cancelled).toMatchObject({ status: 'cancelled', name: '', organisation: null, needs: null, role: null });
    expect((await rows({ email: first!.email }).first()).status).toBe('confirmed');
    expect(await rows({ status: 'confirmed' })).toHaveLength(PLACES);
    await smtp.waitFor(() => mailsTo(first!.email).some((m) => /^Atsirado vieta: /.test(m.subject)));
    // The next one is now first.
    expect((await rows({ email: second!.email }).first()).status).toBe('waiting');
    // Cancelling again changes nothing.
    expect((await post(cancel)).status).toBe(200);
    expect(await rows({ status: 'confirmed' })).toHaveLength(PLACES);
  });

  it('answers a second registration of the same address the same, changing nothing', async () => {
    const [holder] = (await rows({ status: 'confirmed' })) as { email: string }[];
    const again = await register({ email: holder!.email, name: 'Kitas vardas' });
    expect(again).toEqual(await register({ email: 'visai-naujas@example.lt' }));
    expect((await rows({ email: holder!.email }).first()).name).not.toBe('Kitas vardas');
  });

  it('is open only for a seminar that takes registration here, and refuses bad input storing nothing', async () => {
    const before = (await knex()('mip_registrations').count({ n: '*' }))[0]!.n;
    const cases: [Record<string, unknown>, string][] = [
      [{ seminar: closedSeminar, email: 'a@example.lt' }, 'seminar'],
      [{ seminar: 'x'.repeat(24), email: 'a@example.lt' }, 'seminar'],
      [{ email: 'ne-adresas' }, 'email'],
      [{ email: 'a@example.lt', name: 'x' }, 'name'],
      [{ email: 'a@example.lt', needs: 'x'.repeat(1001) }, 'needs'],
      [{ email: 'a@example.lt', homepage: 'http://spam' }, 'homepage'],
      [{ email: 'a@example.lt', capacity: 1000 }, '_form'],
    ];
    for (const [fields, field] of cases) {
      const answer = await register(fields);
      expect(answer.status, JSON.stringify(fields)).toBe(400);
      expect(Object.keys(answer.body.errors), JSON.stringify(answer.body)).toContain(field);
    }
    expect((await knex()('mip_registrations').count({ n: '*' }))[0]!.n).toEqual(before);
  });

  it('reminds everyone holding a place the day before, once', async () => {
    const service = cms.strapi.service('api::registration.registrations') as any;
    const start = Date.parse(
      (
        (await cms.strapi
          .documents('api::seminar.seminar' as never)
          .findOne({ documentId: seminar, locale: 'lt', status: 'published' } as never)) as any
      ).startAt,
    );
    expect(await service.queueReminders(start - 3 * 86_400_000)).toBe(0); // too early
    const holders = (await rows({ status: 'confirmed' })) as { email: string }[];
    expect(await service.queueReminders(start - 12 * 3_600_000)).toBe(holders.length);
    expect(await service.queueReminders(start - 11 * 3_600_000)).toBe(0); // each once
    await smtp.waitFor(() => holders.every((h) => mailsTo(h.email).some((m) => /^Primename: rytoj /.test(m.subject))));
    const waiting = (await rows({ status: 'waiting' }))[0] as { email: string };
    expect(mailsTo(waiting.email).some((m) => /^Primename/.test(m.subject))).toBe(false);
  });

  it('sends the materials to those who held a place once an editor publishes them after the seminar', async () => {
    const seminars = cms.strapi.documents('api::seminar.seminar' as never) as any;
    const past = (
      (await seminars.findMany({ locale: 'lt', status: 'published', populate: ['materials'] })) as any[]
    ).find((s) => Date.parse(s.startAt) < Date.now() && s.materials?.length);
    const now = Date.now();
    await knex()('mip_registrations').insert([
      {
        seminar: past.documentId,
        email: 'buvo@example.lt',
        locale: 'lt',
        name: 'Buvo',
        status: 'confirmed',
        consent_at: now,
        confirmed_at: now,
        queued_at: now,
      },
      {
        seminar: past.documentId,
        email: 'lauke@example.lt',
        locale: 'lt',
        name: 'Laukė',
        status: 'waiting',
        consent_at: now,
        confirmed_at: now,
        queued_at: now,
      },
    ]);
    await seminars.publish({ documentId: past.documentId, locale: '*' });
    await smtp.waitFor(() => mailsTo('buvo@example.lt').length === 1);
    const [mail] = mailsTo('buvo@example.lt');
    expect(mail!.subject).toBe(`Renginio medžiaga: ${past.title}`);
    expect(mail!.html).toContain(`http://cms.example${past.materials[0].url}`);
    // Published again with the same materials: nothing more; the waiting list got nothing.
    await seminars.publish({ documentId: past.documentId, locale: '*' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo('buvo@example.lt')).toHaveLength(1);
    expect(mailsTo('lauke@example.lt')).toHaveLength(0);
  });

  it('names publicly, to the build, only those holding a place who agreed to be listed', async () => {
    const [holder] = (await rows({ status: 'confirmed' }).orderBy('id')) as { id: number; name: string }[];
    const [waiting] = (await rows({ status: 'waiting' })) as { id: number }[];
    await knex()('mip_registrations')
      .whereIn('id', [holder!.id, waiting!.id])
      .update({ listed: true, organisation: 'Kauno bendruomenė' });
    const query = `query($id: ID!) {
      seminars_connection(locale: "en", filters: { documentId: { eq: $id } }) {
        nodes { placesTaken listedParticipants { name organisation } }
      }
    }`;
    const answer = await graphql(cms, query, { id: seminar }, cms.token);
    expect(answer.body.data.seminars_connection.nodes).toEqual([
      { placesTaken: PLACES, listedParticipants: [{ name: holder!.name, organisation: 'Kauno bendruomenė' }] },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain('@example.lt');
    // Nothing else about registrants is a field at all.
    const fields = await graphql(cms, '{ __type(name: "SeminarParticipant") { fields { name } } }', {}, cms.token);
    expect(fields.body.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'name',
      'organisation',
    ]);
    await knex()('mip_registrations')
      .whereIn('id', [holder!.id, waiting!.id])
      .update({ listed: false, organisation: null });
  });

  it('deletes a registration nobody confirmed once its link has long expired', async () => {
    const service = cms.strapi.service('api::registration.registrations') as any;
    const [kept] = (await rows({ status: 'pending' })) as { id: number }[];
    await knex()('mip_registrations').insert({
      seminar,
      email: 'pamirsta@example.lt',
      locale: 'lt',
      name: 'Pamiršusi Patvirtinti',
      status: 'pending',
      consent_at: Date.now() - 4 * 86_400_000,
    });
    expect(await service.forgetUnconfirmed()).toBe(1);
    expect(await rows({ email: 'pamirsta@example.lt' })).toHaveLength(0);
    expect(await rows({ id: kept!.id })).toHaveLength(1);
  });

  it('refuses a tampered or expired confirmation link', async () => {
    const [row] = (await rows({ status: 'pending' })) as { id: number }[];
    const { makeToken } = await import('../src/mail/links.ts');
    const expired = makeToken('gc', String(row!.id), Date.now() - 1000);
    expect((await post(`${cms.url}/api/registrations/confirm?token=${encodeURIComponent(expired)}`)).status).toBe(410);
    const page = await fetch(`${cms.url}/api/registrations/confirm?token=${encodeURIComponent(expired)}`, {
      method: 'POST',
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).toContain('Užsiregistruokite dar kartą renginio puslapyje');
    const forged = makeToken('rc', String(row!.id), Date.now() + 60_000);
    expect((await post(`${cms.url}/api/registrations/confirm?token=${encodeURIComponent(forged)}`)).status).toBe(403);
    expect((await rows({ id: row!.id }).first()).status).toBe('pending');
  });
});

describe('the organisers’ view in the admin', () => {
  let editor: Record<string, string>;
  const adminGet = (route: string, headers = editor) => fetch(`${cms.url}/mip/registrations/${route}`, { headers });

  /** Someone registers through the public route and confirms through the mail. */
  async function registered(email: string, fields: Record<string, unknown>) {
    expect((await register({ email, ...fields })).status).toBe(202);
    await smtp.waitFor(() => mailsTo(email).length === 1);
    expect((await post(linkIn(mailsTo(email)[0]!, 'confirm'))).status).toBe(200);
  }

  beforeAll(async () => {
    editor = await demoEditorHeaders(cms);
  });

  it('is for signed-in admins with the permission only: no token, no public route', async () => {
    expect((await adminGet('seminars', {})).status).toBe(401);
    expect((await adminGet('seminars', { authorization: `Bearer ${cms.token}` })).status).toBe(401);
    expect((await fetch(`${cms.url}/api/registrations/seminars`)).status).toBe(404);
  });

  it('lists the seminars taking registration with their counts, and a seminar’s places and waiting list in order', async () => {
    const { seminars } = (await (await adminGet('seminars?locale=lt')).json()) as any;
    const ours = seminars.find((s: any) => s.documentId === seminar);
    const count = async (status: string) => (await rows({ status })).length;
    expect(ours).toMatchObject({
      capacity: PLACES,
      open: true,
      published: true,
      confirmed: await count('confirmed'),
      waiting: await count('waiting'),
      pending: await count('pending'),
      cancelled: await count('cancelled'),
    });
    expect(seminars.some((s: any) => s.documentId === closedSeminar)).toBe(false);

    const view = (await (await adminGet(`seminars/${seminar}?locale=en`)).json()) as any;
    const places = view.registrations.filter((r: any) => r.status === 'confirmed');
    const waiting = view.registrations.filter((r: any) => r.status === 'waiting');
    const inOrder = async (status: string) =>
      ((await rows({ status }).orderBy([{ column: 'queued_at' }, { column: 'id' }])) as any[]).map((r) => r.email);
    expect(places.map((r: any) => r.email)).toEqual(await inOrder('confirmed'));
    expect(waiting.map((r: any) => r.email)).toEqual(await inOrder('waiting'));
    expect(waiting.map((r: any) => r.position)).toEqual(waiting.map((_: unknown, i: number) => i + 1));
    // Places first, then the waiting list; nobody unconfirmed or cancelled.
    expect(view.registrations.map((r: any) => r.status)).toEqual([...places, ...waiting].map((r: any) => r.status));
    expect((await adminGet('seminars/nosuchseminar')).status).toBe(404);
  });

  it('exports the registrations as CSV, with what they typed as text a spreadsheet will not run, and matches organisations to the directory', async () => {
    const organisation = (await cms.strapi
      .documents('api::organisation.organisation' as never)
      .findFirst({ locale: 'lt', status: 'published' } as never)) as any;
    await registered('formule@example.lt', {
      name: '=HYPERLINK("http://blogas.example","Spauskite")',
      organisationName: '+Organizacija; su "kabutėmis"',
      needs: 'Vertimas į gestų kalbą\nir rampa',
    });
    await registered('katalogas@example.lt', {
      name: 'Rūta Katalogienė',
      organisationName: ` ${organisation.name.toUpperCase()} `,
    });

    const view = (await (await adminGet(`seminars/${seminar}`)).json()) as any;
    expect(view.registrations.find((r: any) => r.email === 'katalogas@example.lt').directory).toEqual({
      documentId: organisation.documentId,
      name: organisation.name,
    });
    expect(view.registrations.find((r: any) => r.email === 'formule@example.lt').directory).toBeNull();

    const answer = await adminGet(`seminars/${seminar}/csv?locale=lt`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(answer.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="registracijos-\\d{4}-\\d{2}-\\d{2}-${seminar}\\.csv"$`),
    );
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(records[0]).toEqual([
      'Būsena',
      'Vieta sąraše',
      'Vardas ir pavardė',
      'El. paštas',
      'Organizacija',
      'Organizacija kataloge',
      'Pareigos',
      'Poreikiai',
      'Sutinka būti dalyvių sąraše',
      'Kalba',
      'Patvirtinta',
      'Dalyvavo',
    ]);
    expect(records).toHaveLength(view.registrations.length + 1);
    const hostile = records.find((r) => r[3] === 'formule@example.lt')!;
    const hostileStatus = view.registrations.find((r: any) => r.email === 'formule@example.lt').status;
    expect(hostile[0]).toBe(hostileStatus === 'waiting' ? 'Laukia' : 'Vieta');
    expect(hostile[2]).toBe(`'=HYPERLINK("http://blogas.example","Spauskite")`);
    expect(hostile[4]).toBe(`'+Organizacija; su "kabutėmis"`);
    expect(hostile[7]).toBe('Vertimas į gestų kalbą\nir rampa');
    expect(records.find((r) => r[3] === 'katalogas@example.lt')![5]).toBe(organisation.name);
    expect(records.filter((r) => r[0] === 'Vieta')).toHaveLength(PLACES);
  });

  it('marks attendance of those holding a place, and fills the seminar’s participants count from it', async () => {
    const view = (await (await adminGet(`seminars/${seminar}`)).json()) as any;
    const [first, second, third] = view.registrations.filter((r: any) => r.status === 'confirmed');
    const waiting = view.registrations.find((r: any) => r.status === 'waiting');
    const mark = (id: number, body: unknown) =>
      fetch(`${cms.url}/mip/registrations/${id}/attendance`, {
        method: 'PUT',
        headers: editor,
        body: JSON.stringify(body),
      });
    for (const r of [first, second, third]) expect((await mark(r.id, { attended: true })).status).toBe(200);
    expect((await mark(third.id, { attended: false })).status).toBe(200);
    expect((await mark(waiting.id, { attended: true })).status).toBe(404);
    expect((await mark(first.id, { attended: 'taip' })).status).toBe(400);
    expect(await rows({ attended: true })).toHaveLength(2);

    const filled = await fetch(`${cms.url}/mip/registrations/seminars/${seminar}/participants`, {
      method: 'POST',
      headers: editor,
    });
    expect(await filled.json()).toEqual({ participantsCount: 2 });
    // The count is shared by the languages; the site shows it once an editor publishes the seminar.
    for (const locale of ['lt', 'en']) {
      const draft = (await cms.strapi
        .documents('api::seminar.seminar' as never)
        .findOne({ documentId: seminar, locale, status: 'draft' } as never)) as any;
      expect(draft.participantsCount).toBe(2);
    }
    const { seminars } = (await (await adminGet('seminars')).json()) as any;
    expect(seminars.find((s: any) => s.documentId === seminar)).toMatchObject({ attended: 2, participantsCount: 2 });
  });
});
