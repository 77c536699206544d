import { PRACTICE_TEXTS, SUBMITTER } from '@mip/testing/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@mip/cms/seed';
import sharp from 'sharp';
import { demoPdf } from '@mip/cms/seed/demo-pdf';
import { startTestCms, type TestCms } from './harness.ts';

// The public submission routes against a real Strapi with the demo content: valid submissions
// become drafts, hostile ones are refused with the right status and leave nothing behind.

let cms: TestCms;
let ids: {
  area: string;
  group: string;
  municipality: string;
  organisation: string;
  orgWithContact: { documentId: string; contactEmail: string };
  orgWithoutContact: string;
};
let nextAddress = 1;
/** Every test speaks from its own address, so the rate limit only bites where a test wants it. */
const newAddress = () => `198.51.100.${nextAddress++}`;

beforeAll(async () => {
  cms = await startTestCms({ CMS_BEHIND_PROXY: 'true', PUBLIC_RATE_LIMIT: '5', PUBLIC_RATE_WINDOW: '600' });
  await seedDemo(cms.strapi);
  const first = async (uid: string, extra: object = {}) =>
    (await cms.strapi
      .documents(uid as never)
      .findFirst({ locale: 'lt', status: 'published', ...extra } as never)) as any;
  const orgs = (await cms.strapi
    .documents('api::organisation.organisation' as never)
    .findMany({ locale: 'lt', status: 'published', limit: 100 } as never)) as any[];
  const withContact = orgs.find((o) => o.contactEmail);
  ids = {
    area: (await first('api::integration-area.integration-area')).documentId,
    group: (await first('api::target-group.target-group')).documentId,
    municipality: (await first('api::municipality.municipality')).documentId,
    organisation: orgs[0].documentId,
    orgWithContact: { documentId: withContact.documentId, contactEmail: withContact.contactEmail },
    orgWithoutContact: orgs.find((o) => !o.contactEmail)?.documentId,
  };
});
afterAll(async () => {
  await cms?.stop();
});

const practice = () => ({
  ...PRACTICE_TEXTS,
  title: 'Kalbos kavinė „Žodžiai“ 🇱🇹',
  implementingOrganisations: [ids.organisation],
  integrationAreas: [ids.area],
  targetGroups: [ids.group],
  municipalities: [ids.municipality],
  ...SUBMITTER,
});

/** The draft a submission made, by its reference, with the relations or files named. */
async function storedDraft(reference: string, populate: string[], uid = 'api::good-practice.good-practice') {
  const [stored] = (await cms.strapi.documents(uid as never).findMany({
    locale: 'lt',
    status: 'draft',
    filters: { submissionReference: reference },
    populate,
  } as never)) as any[];
  return stored;
}

async function post(
  path: string,
  body: unknown,
  { address = newAddress(), headers = {} as Record<string, string> } = {},
) {
  const response = await fetch(`${cms.url}/api/submissions/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => null) };
}

async function postMultipart(path: string, data: unknown, files: { name: string; bytes: Uint8Array; type?: string }[]) {
  const form = new FormData();
  form.set('data', JSON.stringify(data));
  for (const file of files)
    form.append('files', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(`${cms.url}/api/submissions/${path}`, {
    method: 'POST',
    body: form,
    headers: { 'x-forwarded-for': newAddress() },
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const practices = () =>
  cms.strapi.db
    .query('api::good-practice.good-practice' as never)
    .findMany({ where: { origin: 'submission' } } as never) as Promise<any[]>;

describe('good-practice submissions', () => {
  it('store a valid practice as a draft for review, with a reference, text intact and relations linked', async () => {
    const response = await post('good-practice', practice());
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ reference: expect.stringMatching(/^GP-\d{4}-[A-Z2-9]{6}$/), status: 'submitted' });

    const stored = await storedDraft(response.body.reference, ['integrationAreas', 'implementingOrganisations']);
    expect(stored).toMatchObject({
      title: 'Kalbos kavinė „Žodžiai“ 🇱🇹',
      origin: 'submission',
      moderationStatus: 'submitted',
      submitterEmail: 'ruta@biblioteka.lt',
      publishedAt: null,
    });
    expect(stored.slug).toBe('kalbos-kavine-zodziai');
    expect(stored.integrationAreas.map((a: any) => a.documentId)).toEqual([ids.area]);
    expect(stored.implementingOrganisations.map((o: any) => o.documentId)).toEqual([ids.organisation]);
    // Nothing is published: the public site cannot see it.
    const published = await cms.strapi.documents('api::good-practice.good-practice' as never).findMany({
      locale: 'lt',
      status: 'published',
      filters: { submissionReference: response.body.reference },
    } as never);
    expect(published).toEqual([]);
  });

  it('strips HTML and scripts but keeps Markdown, "<" in prose, SQL-like text, diacritics and emoji', async () => {
    const response = await post('good-practice', {
      ...practice(),
      title: 'Praktika <script>alert(1)</script><b onmouseover="x()">drąsi</b>',
      context: '**Svarbu:** 5 < 10; <img src=x onerror=alert(1)>žmonės 😀\n\n[nuoroda](https://example.lt)',
      goals: "Robert'); DROP TABLE good_practices;-- ir ' OR '1'='1",
    });
    expect(response.status).toBe(201);
    const [stored] = (await cms.strapi.db
      .query('api::good-practice.good-practice' as never)
      .findMany({ where: { submissionReference: response.body.reference } } as never)) as any[];
    expect(stored.title).toBe('Praktika drąsi');
    expect(stored.context).toBe('**Svarbu:** 5 < 10; žmonės 😀\n\n[nuoroda](https://example.lt)');
    expect(stored.goals).toBe("Robert'); DROP TABLE good_practices;-- ir ' OR '1'='1");
  });

  it('refuses bad input with field-level messages in the reader’s language and stores nothing', async () => {
    const before = (await practices()).length;
    const cases: [string, unknown, number, Record<string, unknown>][] = [
      [
        'missing fields',
        { locale: 'en', title: 'Only a title' },
        400,
        { summary: 'This field is required.', integrationAreas: expect.any(String) },
      ],
      [
        'wrong types',
        { ...practice(), peopleReached: 'many', ongoing: 'yes', integrationAreas: 'all' },
        400,
        { peopleReached: expect.any(String), ongoing: expect.any(String), integrationAreas: expect.any(String) },
      ],
      [
        'unknown fields',
        { ...practice(), moderationStatus: 'accepted', publishedAt: '2026-01-01T00:00:00Z' },
        400,
        { _form: 'Nežinomi laukai: moderationStatus, publishedAt.' },
      ],
      [
        'invalid email',
        { ...practice(), submitterEmail: 'ruta@@biblioteka' },
        400,
        { submitterEmail: expect.stringContaining('el. pašto') },
      ],
      [
        'oversized field',
        { ...practice(), context: 'ą'.repeat(10_001) },
        400,
        { context: 'Ne daugiau kaip 10000 simbolių.' },
      ],
      [
        'forged id',
        { ...practice(), integrationAreas: ['aaaaaaaaaaaaaaaaaaaaaaaa'] },
        400,
        { 'integrationAreas.0': 'Tokios reikšmės sąraše nėra.' },
      ],
      [
        'injected id',
        { ...practice(), integrationAreas: ["1' OR 1=1 --"] },
        400,
        { 'integrationAreas.0': 'Pasirinkite reikšmę iš sąrašo.' },
      ],
      ['honeypot', { ...practice(), homepage: 'http://spam.example' }, 400, { homepage: expect.any(String) }],
      [
        'end before start',
        { ...practice(), endDate: '2020-01-01' },
        400,
        { endDate: 'Pabaigos data negali būti ankstesnė už pradžios datą.' },
      ],
    ];
    for (const [what, body, status, errors] of cases) {
      const response = await post('good-practice', body);
      expect(response.status, what).toBe(status);
      expect(response.body.errors, what).toMatchObject(errors);
    }
    expect((await post('good-practice', '{"locale":"lt",')).status).toBe(400);
    expect((await post('good-practice', [practice()])).status).toBe(400);
    // A body far beyond any real submission.
    expect((await post('good-practice', { ...practice(), context: 'x'.repeat(300_000) })).status).toBe(413);
    expect((await practices()).length).toBe(before);
  });

  it('answers in English when the reader reads English', async () => {
    const response = await post('good-practice', { title: 'x' }, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(response.status).toBe(400);
    expect(response.body.errors.title).toBe('Enter at least 5 characters.');
  });

  it('accepts attachments by their content, with safe names; refuses files whose content is not allowed', async () => {
    const pdf = demoPdf('Programa', ['Kursų programa']);
    const ok = await postMultipart('good-practice', practice(), [
      { name: '../../../etc/Kursų programa.pdf', bytes: pdf },
    ]);
    expect(ok.status).toBe(201);
    const stored = await storedDraft(ok.body.reference, ['attachments']);
    expect(stored.attachments.map((f: any) => [f.name, f.mime])).toEqual([['Kursų programa.pdf', 'application/pdf']]);
    // Served as sent, from the upload folder.
    const served = await fetch(`${cms.url}${stored.attachments[0].url}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);

    // A picture is stored as sent, with its size from its header, and no resized copies.
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    const withPhoto = await postMultipart('good-practice', practice(), [{ name: 'nuotrauka.jpg', bytes: photo }]);
    expect(withPhoto.status).toBe(201);
    const photoEntry = await storedDraft(withPhoto.body.reference, ['attachments']);
    expect(photoEntry.attachments[0]).toMatchObject({ mime: 'image/jpeg', width: 640, height: 480, formats: null });

    const before = (await practices()).length;
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const disguised = await postMultipart('good-practice', practice(), [
      { name: 'report.pdf', bytes: html, type: 'application/pdf' },
    ]);
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors['files.0']).toBe('Leidžiami tik PDF, DOCX, ODT, JPEG ir PNG failai.');
    const tooMany = await postMultipart(
      'good-practice',
      practice(),
      Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.pdf`, bytes: pdf })),
    );
    expect(tooMany.status).toBe(400);
    expect((await practices()).length).toBe(before);
  });

  it('keeps a submission a draft even when written with status "published" from code', async () => {
    const created = (await cms.strapi.documents('api::good-practice.good-practice' as never).create({
      locale: 'lt',
      status: 'published',
      data: { ...practice(), locale: undefined, origin: 'submission', moderationStatus: 'accepted' },
    } as never)) as any;
    expect(created.publishedAt).toBeNull();
    expect(created.moderationStatus).toBe('submitted');
  });

  it('stores 50 submissions sent at once, each exactly once', async () => {
    const before = (await practices()).length;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post('good-practice', { ...practice(), title: `Vienu metu pateikta praktika ${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.body.reference)).size).toBe(50);
    const after = await practices();
    expect(after.length - before).toBe(50);
    const titles = after.map((p) => p.title).filter((t: string) => t.startsWith('Vienu metu'));
    expect(new Set(titles).size).toBe(50);
    expect(after.every((p) => p.publishedAt === null)).toBe(true);
  });

  it('notifies the editors, with a link to review it, and mails nothing to the submitter’s unconfirmed address', async () => {
    const outbox = (cms.strapi.service('api::submission.notify') as any).outbox as {
      to: string;
      subject: string;
      text: string;
    }[];
    const response = await post('good-practice', practice());
    const mails = outbox.filter((m) => m.text.includes(response.body.reference));
    expect(mails.map((m) => m.to)).toEqual([cms.env.ADMIN_EMAIL]);
    expect(mails[0]!.text).toMatch(
      /\/admin\/content-manager\/collection-types\/api::good-practice\.good-practice\/[a-z0-9]{24}\?/,
    );
  });
});

describe('partner requests and contact messages', () => {
  it('store a partner request as a draft', async () => {
    const response = await post('partner-request', {
      locale: 'en',
      title: 'Partner for a mentoring project',
      summary: 'We look for a municipality to co-run mentoring.',
      projectIdea: 'Volunteer mentors meet newly arrived families every week for six months, with a final evaluation.',
      organisation: ids.organisation,
      rolesSought: ['partner'],
      integrationAreas: [ids.area],
      expiresAt: '2027-03-01',
      contactName: 'Jonas',
      contactEmail: 'jonas@tiltai.lt',
    });
    expect(response.status).toBe(201);
    expect(response.body.reference).toMatch(/^PS-/);
    const [stored] = (await cms.strapi.db
      .query('api::partner-request.partner-request' as never)
      .findMany({ where: { submissionReference: response.body.reference } } as never)) as any[];
    expect(stored).toMatchObject({
      locale: 'en',
      origin: 'submission',
      moderationStatus: 'submitted',
      requestStatus: 'open',
      publishedAt: null,
    });
  });

  it('links the organisation a submitter typed when the directory has it, in either language, and leaves an unknown one to the editor', async () => {
    const organisation = (await cms.strapi
      .documents('api::organisation.organisation' as never)
      .findOne({ documentId: ids.orgWithContact.documentId, locale: 'en', status: 'published' } as never)) as any;
    const lithuanian = (await cms.strapi
      .documents('api::organisation.organisation' as never)
      .findOne({ documentId: ids.orgWithContact.documentId, locale: 'lt', status: 'published' } as never)) as any;
    const { implementingOrganisations: _chosen, ...typed } = practice();
    const known = await post('good-practice', { ...typed, organisationName: `  ${organisation.name.toUpperCase()} ` });
    const unknown = await post('good-practice', { ...typed, organisationName: 'Naujai įkurta kaimynų bendruomenė' });
    const request = await post('partner-request', {
      locale: 'lt',
      title: 'Ieškome partnerio',
      summary: 'Ieškome savivaldybės partnerės.',
      projectIdea: 'Savanoriai mentoriai kas savaitę susitinka su atvykusiomis šeimomis.',
      organisationName: lithuanian.name.toLocaleLowerCase('lt'),
      rolesSought: ['partner'],
      integrationAreas: [ids.area],
      expiresAt: '2027-03-01',
      contactName: 'Jonas',
      contactEmail: 'jonas@tiltai.lt',
    });
    for (const response of [known, unknown, request]) expect(response.status).toBe(201);
    const stored = (uid: string, reference: string, field: string) => storedDraft(reference, [field], uid);
    const linked = await stored('api::good-practice.good-practice', known.body.reference, 'implementingOrganisations');
    expect(linked.implementingOrganisations.map((o: any) => o.documentId)).toEqual([ids.orgWithContact.documentId]);
    const left = await stored('api::good-practice.good-practice', unknown.body.reference, 'implementingOrganisations');
    expect(left).toMatchObject({
      implementingOrganisations: [],
      submitterOrganisation: 'Naujai įkurta kaimynų bendruomenė',
    });
    expect(
      (await stored('api::partner-request.partner-request', request.body.reference, 'organisation')).organisation
        ?.documentId,
    ).toBe(ids.orgWithContact.documentId);
  });

  it('relays a message to the private contact address without revealing it', async () => {
    const outbox = (cms.strapi.service('api::submission.notify') as any).outbox as {
      to: string;
      replyTo?: string;
      text: string;
    }[];
    const response = await post('contact', {
      locale: 'lt',
      target: 'organisation',
      documentId: ids.orgWithContact.documentId,
      senderName: 'Ona',
      senderEmail: 'ona@example.lt',
      message: 'Norėtume bendradarbiauti vykdant projektą.',
    });
    expect(response.status).toBe(201);
    expect(JSON.stringify(response.body)).not.toContain(ids.orgWithContact.contactEmail);
    expect(outbox.at(-1)).toMatchObject({
      to: ids.orgWithContact.contactEmail,
      replyTo: 'ona@example.lt',
      text: expect.stringContaining('Norėtume bendradarbiauti'),
    });

    const unknown = await post('contact', {
      locale: 'en',
      target: 'organisation',
      documentId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
      senderName: 'Ona',
      senderEmail: 'ona@example.lt',
      message: 'Hello, we would like to cooperate.',
    });
    expect(unknown.status).toBe(404);
    // An organisation without a contact address cannot be written to (its page offers no form).
    expect(ids.orgWithoutContact).toBeTruthy();
    const noAddress = await post('contact', {
      locale: 'en',
      target: 'organisation',
      documentId: ids.orgWithoutContact,
      senderName: 'Ona',
      senderEmail: 'ona@example.lt',
      message: 'Hello, we would like to cooperate.',
    });
    expect(noAddress).toMatchObject({ status: 404, body: { errors: { documentId: 'The recipient was not found.' } } });
  });
});

describe('moderation in the admin', () => {
  it('lists submissions with their moderation status, and an editor can filter on it', async () => {
    const submitted = await post('good-practice', { ...practice(), title: 'Praktika, laukianti peržiūros' });
    expect(submitted.status).toBe(201);

    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: cms.env.ADMIN_EMAIL, password: cms.env.ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const headers = { authorization: `Bearer ${token}` };
    const uid = 'api::good-practice.good-practice';

    const configuration = (await (
      await fetch(`${cms.url}/content-manager/content-types/${uid}/configuration`, { headers })
    ).json()) as any;
    expect(configuration.data.contentType.layouts.list).toEqual(['title', 'moderationStatus', 'origin', 'updatedAt']);

    const list = async (status: string) => {
      const query = new URLSearchParams({
        locale: 'lt',
        pageSize: '100',
        'filters[$and][0][moderationStatus][$eq]': status,
      });
      const response = await fetch(`${cms.url}/content-manager/collection-types/${uid}?${query}`, { headers });
      expect(response.status).toBe(200);
      return ((await response.json()) as { results: { title: string; moderationStatus: string }[] }).results;
    };
    const waiting = await list('submitted');
    expect(waiting.map((p) => p.title)).toContain('Praktika, laukianti peržiūros');
    expect(waiting.every((p) => p.moderationStatus === 'submitted')).toBe(true);
    const accepted = await list('accepted');
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.map((p) => p.title)).not.toContain('Praktika, laukianti peržiūros');
  });
});

describe('behind the proxy', () => {
  it('sets secure admin cookies in production when the visitor came over https (X-Forwarded-Proto from nginx)', async () => {
    const login = (headers: Record<string, string>) =>
      fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: cms.env.ADMIN_EMAIL, password: cms.env.ADMIN_PASSWORD, rememberMe: true }),
      });
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production'; // Strapi makes admin cookies secure only in production
    try {
      const https = await login({ 'x-forwarded-proto': 'https', 'x-forwarded-for': newAddress() });
      expect(https.status).toBe(200);
      const cookies = https.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) expect(cookie).toMatch(/;\s*secure/i);
      const http = await login({ 'x-forwarded-proto': 'http', 'x-forwarded-for': newAddress() });
      expect(http.headers.getSetCookie().some((c) => /;\s*secure/i.test(c))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = before;
    }
  });
});

describe('forms sent without JavaScript', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const from = (path: string) => `?locale=lt&from=${encodeURIComponent(path)}`;
  async function postForm(path: string, body: URLSearchParams | FormData, query = from('/lt/pateikti-praktika/')) {
    const response = await fetch(`${cms.url}/api/submissions/${path}${query}`, {
      method: 'POST',
      headers: { accept: BROWSER, 'x-forwarded-for': newAddress() },
      body,
      redirect: 'manual',
    });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  }
  /** A form's fields as a browser posts them: every value text, a list as a repeated name. */
  function formFields(values: Record<string, string | string[]>) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(values))
      for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
    return form;
  }

  it('stores a practice posted as a plain multipart form (an empty file input and an empty funding row included), and redirects to the notice page', async () => {
    const fields = formFields({
      ...PRACTICE_TEXTS,
      title: 'Kalbos kavinė be JavaScript',
      integrationAreas: [ids.area],
      targetGroups: [ids.group],
      implementingOrganisations: [ids.organisation],
      peopleReached: '1 200',
      'fundingSources.0.funder': 'Savivaldybė',
      'fundingSources.0.amountEur': '1500',
      'fundingSources.1.funder': '',
      'fundingSources.1.amountEur': '',
      endDate: '',
      homepage: '',
      ...SUBMITTER,
    });
    const multipart = new FormData();
    for (const [name, value] of fields) multipart.append(name, value);
    // What a browser sends for a file input nobody used: a nameless, empty part.
    multipart.append('files', new Blob([], { type: 'application/octet-stream' }), '');
    const sent = await postForm('good-practice', multipart);
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(
      /^http:\/\/localhost:4321\/lt\/pranesimai\/praktika-gauta\/\?reference=GP-\d{4}-[A-Z0-9]{6}$/,
    );
    const reference = new URL(sent.location!).searchParams.get('reference')!;
    const stored = await storedDraft(reference, ['integrationAreas', 'attachments', 'fundingSources']);
    expect(stored).toMatchObject({
      title: 'Kalbos kavinė be JavaScript',
      peopleReached: 1200,
      fundingSources: [expect.objectContaining({ funder: 'Savivaldybė', amountEur: 1500 })],
      moderationStatus: 'submitted',
    });
    expect(stored.attachments ?? []).toEqual([]);
  });

  it('stores a partner request and relays a message posted as urlencoded forms', async () => {
    const request = await postForm(
      'partner-request',
      formFields({
        locale: 'lt',
        title: 'Ieškome partnerio kalbos kursams',
        summary: 'Ieškome NVO partnerio kalbos kursams regionuose organizuoti.',
        projectIdea:
          'Norime kartu su vietos NVO organizuoti lietuvių kalbos kursus atvykusiems į mažesnius miestus ir jų šeimoms.',
        organisation: ids.organisation,
        rolesSought: ['partner', 'associated'],
        integrationAreas: ids.area,
        expiresAt: '2027-06-30',
        contactName: 'Ona Petraitytė',
        contactEmail: 'ona@example.lt',
      }),
      from('/lt/partneriu-paieska/nauja/'),
    );
    expect(request.status).toBe(303);
    expect(request.location).toMatch(/\/lt\/pranesimai\/skelbimas-gautas\/\?reference=PS-/);
    const message = await postForm(
      'contact',
      formFields({
        locale: 'en',
        target: 'organisation',
        documentId: ids.orgWithContact.documentId,
        senderName: 'Ona',
        senderEmail: 'ona@example.lt',
        message: 'We would like to cooperate on a project.',
      }),
      '?locale=en&from=%2Fen%2Forganisations%2Fx%2F',
    );
    expect(message.status).toBe(303);
    expect(message.location).toMatch(/\/en\/notices\/message-sent\/\?reference=MSG-/);
  });

  it('answers a form with mistakes with a page in the reader’s language naming each field, linked back to it, and stores nothing', async () => {
    const before = (await practices()).length;
    const bad = await postForm(
      'good-practice',
      formFields({
        ...PRACTICE_TEXTS,
        title: 'ab',
        integrationAreas: 'not-an-id',
        submitterName: 'R',
        submitterEmail: 'ruta@',
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/^<!DOCTYPE html><html lang="lt">/);
    expect(bad.text).toContain('<h1>Pataisykite šiuos laukus</h1>');
    for (const [field, label] of [
      ['title', 'Pavadinimas'],
      ['submitterEmail', 'El. paštas'],
      ['integrationAreas', 'Integracijos sritys'],
      ['organisationName', 'Organizacija, kurios sąraše nėra'],
    ])
      expect(bad.text).toContain(`href="http://localhost:4321/lt/pateikti-praktika/#field-${field}">${label}: `);
    // Nothing the reader typed is put into the page but through React's escaping.
    const hostile = await postForm('contact', formFields({ locale: 'lt', senderName: '<script>alert(1)</script>' }));
    expect(hostile.status).toBe(400);
    expect(hostile.text).not.toContain('<script>');
    // A page that is not on the site is never linked as the way back.
    const away = await postForm(
      'contact',
      formFields({ locale: 'lt' }),
      '?locale=lt&from=https%3A%2F%2Fevil.example%2F',
    );
    expect(away.text).not.toContain('evil.example');
    expect((await practices()).length).toBe(before);
  });

  it('answers a plain form the rate limit refuses with a page too', async () => {
    const address = newAddress();
    let last = { status: 0, text: '' };
    for (let i = 0; i < 7; i++) {
      const response = await fetch(`${cms.url}/api/submissions/contact?locale=en`, {
        method: 'POST',
        headers: { accept: BROWSER, 'x-forwarded-for': address, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'locale=en',
      });
      last = { status: response.status, text: await response.text() };
    }
    expect(last.status).toBe(429);
    expect(last.text).toContain('<h1>Could not send</h1>');
    expect(last.text).toContain('Too many requests from this address');
  });
});
