import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@mip/cms/seed';
import { startSmtpSink, type SmtpSink } from '@mip/testing/smtp-sink';
import { startTestCms, type TestCms } from './harness.ts';

// Mail through Strapi's email plugin (nodemailer provider) to a real SMTP server on loopback:
// the notices and relayed messages arrive as they should, and a mail server that is down loses
// no submission.

let cms: TestCms;
let smtp: SmtpSink;
let ids: { area: string; organisation: string; contactEmail: string };
const inbox = () => smtp.inbox;

beforeAll(async () => {
  smtp = await startSmtpSink();
  cms = await startTestCms({
    ...smtp.cmsEnv,
    EDITOR_EMAIL: 'redaktoriai@mip.example',
  });
  await seedDemo(cms.strapi);
  const area = (await cms.strapi
    .documents('api::integration-area.integration-area' as never)
    .findFirst({ locale: 'lt' } as never)) as any;
  const orgs = (await cms.strapi
    .documents('api::organisation.organisation' as never)
    .findMany({ locale: 'lt', status: 'published', limit: 100 } as never)) as any[];
  const org = orgs.find((o) => o.contactEmail);
  ids = { area: area.documentId, organisation: org.documentId, contactEmail: org.contactEmail };
});
afterAll(async () => {
  await cms?.stop();
  await smtp?.stop();
});

const practice = (title: string) => ({
  locale: 'en',
  title,
  summary: 'Weekly conversation evenings in the library.',
  context: 'Newcomers have nowhere to practise Lithuanian.',
  goals: 'A safe place to speak and meet neighbours.',
  howItWorks: 'Volunteers lead small groups every Thursday.',
  results: '240 visitors in a year, 60 of them regulars.',
  startDate: '2025-01-15',
  organisationName: 'Panevėžys library',
  integrationAreas: [ids.area],
  submitterName: 'Rūta Žemaitytė',
  submitterEmail: 'ruta@biblioteka.lt',
});

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${cms.url}/api/submissions/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
};

/** Mail is sent after the answer's data is stored, but before the answer: it is there at once. */
const mailTo = (address: string) => inbox().filter((m) => m.to.includes(address));

describe('mail over SMTP', () => {
  it('tells the editors about a submission, and mails nothing to the submitter’s unconfirmed address', async () => {
    const { status, body } = await post('good-practice', practice('Language café by mail'));
    expect(status).toBe(201);
    const [editors] = mailTo('redaktoriai@mip.example');
    expect(editors).toMatchObject({
      from: 'platforma@mip.example',
      subject: `Naujas pateikimas ${body.reference} / New submission ${body.reference}`,
    });
    expect(editors!.text).toContain('Title: Language café by mail');
    // Anyone can type any address into the form: it gets nothing until it has confirmed.
    expect(mailTo('ruta@biblioteka.lt')).toEqual([]);
  });

  it('never puts submitted text in a subject, so nothing can be injected into the headers', async () => {
    const hostile = 'Praktika\r\nBcc: victim@example.org\r\nSubject: Jūs laimėjote';
    const { status, body } = await post('good-practice', {
      ...practice(hostile),
      submitterEmail: 'victim@example.org',
    });
    expect(status).toBe(201);
    const mail = mailTo('redaktoriai@mip.example').find((m) => m.subject.includes(body.reference))!;
    expect(mail.subject).toBe(`Naujas pateikimas ${body.reference} / New submission ${body.reference}`);
    expect(inbox().flatMap((m) => m.to)).not.toContain('victim@example.org');
    const relayed = await post('contact', {
      locale: 'en',
      target: 'organisation',
      documentId: ids.organisation,
      senderName: 'Ona\r\nBcc: victim@example.org',
      senderEmail: 'ona@example.lt',
      message: 'We would like to cooperate on a project.',
    });
    expect(relayed.status).toBe(201);
    const [message] = mailTo(ids.contactEmail).slice(-1);
    expect(message!.subject).toMatch(/^A message through the Migration Information and Cooperation Platform: /);
    expect(inbox().flatMap((m) => m.to)).not.toContain('victim@example.org');
  });

  it('relays a contact message with the sender as Reply-To', async () => {
    const { status } = await post('contact', {
      locale: 'lt',
      target: 'organisation',
      documentId: ids.organisation,
      senderName: 'Ona Petraitytė',
      senderEmail: 'ona@example.lt',
      message: 'Norėtume bendradarbiauti vykdant projektą.',
    });
    expect(status).toBe(201);
    const relayed = mailTo(ids.contactEmail).find((m) => m.text.includes('Norėtume bendradarbiauti'))!;
    expect(relayed.replyTo).toBe('ona@example.lt');
    expect(relayed.text).toContain('Norėtume bendradarbiauti vykdant projektą.');
  });

  it('keeps a submission when the mail server is down, and tells a contact sender the message did not go', async () => {
    await smtp.stop();
    const { status } = await post('good-practice', practice('Stored although mail is down'));
    expect(status).toBe(201);
    const stored = await cms.strapi
      .documents('api::good-practice.good-practice' as never)
      .findMany({ locale: 'en', status: 'draft', filters: { title: 'Stored although mail is down' } } as never);
    expect(stored).toHaveLength(1);

    const contact = await post('contact', {
      locale: 'en',
      target: 'organisation',
      documentId: ids.organisation,
      senderName: 'Ona',
      senderEmail: 'ona@example.lt',
      message: 'We would like to cooperate on a project.',
    });
    expect(contact).toEqual({
      status: 503,
      body: { errors: { _form: 'The message could not be delivered. Please try again later.' } },
    });
  });
});
