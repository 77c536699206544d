// What an outside attacker tried against the public routes (the hardening issue), each attack
// reproduced through the real routes of a real CMS, with what must hold now. The proxy-side part
// of the rate limit (nginx in front, two client addresses) is in scripts/test/proxy.test.ts.
import { PRACTICE_TEXTS, SUBMITTER } from '@mip/testing/samples';
import { createRequire } from 'node:module';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { crc32, deflateSync } from 'node:zlib';
import { winston } from '@strapi/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesPublicSite } from '@mip/shared-types';
import { demoPdf } from '@mip/cms/seed/demo-pdf';
import { seedDemo } from '@mip/cms/seed';
import { startTestCms, type TestCms } from './harness.ts';
import { markupIn } from './markup.ts';

const naughtyStrings = createRequire(import.meta.url)('big-list-of-naughty-strings') as string[];
const RATE_LIMIT = 5;
const REBUILD_SECRET = 'hostile-test-secret';

let cms: TestCms;
let webhooks: Server;
const received: { event: string; uid?: string }[] = [];
let area: string;
let organisation: string;
let nextAddress = 1;
const newAddress = () => `203.0.113.${nextAddress++}`;

beforeAll(async () => {
  // Stands in for the rebuild service: records what the CMS's webhook sends.
  webhooks = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.headers['x-rebuild-secret'] === REBUILD_SECRET) received.push(JSON.parse(body));
      res.statusCode = 202;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => webhooks.listen(0, '127.0.0.1', resolve));
  cms = await startTestCms({
    CMS_BEHIND_PROXY: 'true',
    PUBLIC_RATE_LIMIT: String(RATE_LIMIT),
    PUBLIC_RATE_WINDOW: '600',
    SUBMISSION_MAX_FILE_MB: '1',
    REBUILD_WEBHOOK_URL: `http://127.0.0.1:${(webhooks.address() as AddressInfo).port}/hooks/strapi`,
    REBUILD_SECRET,
  });
  await seedDemo(cms.strapi);
  area = (
    (await cms.strapi
      .documents('api::integration-area.integration-area' as never)
      .findFirst({ locale: 'lt' } as never)) as any
  ).documentId;
  organisation = (
    (await cms.strapi
      .documents('api::organisation.organisation' as never)
      .findFirst({ locale: 'lt', status: 'published' } as never)) as any
  ).documentId;
}, 240_000);
afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => webhooks?.close(resolve));
});

const practice = (extra: Record<string, unknown> = {}) => ({
  ...PRACTICE_TEXTS,
  title: 'Kalbos kavinė bibliotekoje',
  implementingOrganisations: [organisation],
  integrationAreas: [area],
  ...SUBMITTER,
  ...extra,
});

async function post(route: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}/api/submissions/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

async function postFiles(data: unknown, files: { name: string; bytes: Uint8Array }[], address = newAddress()) {
  const form = new FormData();
  form.set('data', JSON.stringify(data));
  for (const file of files) form.append('files', new Blob([file.bytes]), file.name);
  const response = await fetch(`${cms.url}/api/submissions/good-practice`, {
    method: 'POST',
    body: form,
    headers: { 'x-forwarded-for': address },
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

const stored = async (reference: string) =>
  (
    (await cms.strapi.documents('api::good-practice.good-practice' as never).findMany({
      locale: 'lt',
      status: 'draft',
      filters: { submissionReference: reference },
      populate: ['attachments'],
    } as never)) as any[]
  )[0];

/** A PNG of the given size, one bit per pixel, all black: kilobytes on disk, megapixels decoded. */
function bitmapPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter byte + pixels, all zero
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A raw HTTP request whose body the test writes itself; resolves when the answer arrives. */
function rawRequest(
  headers: Record<string, string>,
  write: (send: (chunk: Buffer | string) => boolean, end: () => void) => void,
) {
  return new Promise<{ status: number; body: string; sentBytes: number }>((resolve, reject) => {
    const url = new URL(`${cms.url}/api/submissions/good-practice`);
    let sentBytes = 0;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, sentBytes }));
    });
    req.on('error', reject);
    write(
      (chunk) => {
        sentBytes += chunk.length;
        return req.write(chunk);
      },
      () => req.end(),
    );
  });
}

describe('1. outsiders cannot make the site rebuild', () => {
  it('sends the rebuild service nothing it would build for when a submission carries attachments', async () => {
    // The demo seed's own events first: wait until they have all arrived.
    for (let count = -1; count !== received.length; ) {
      count = received.length;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const before = received.length;
    const pdf = demoPdf('Priedas', ['Ataskaita']);
    const response = await postFiles(
      practice(),
      [1, 2, 3].map((n) => ({ name: `priedas-${n}.pdf`, bytes: pdf })),
    );
    expect(response.status).toBe(201);
    // An editor publishing something, as a control that the webhook really arrives here.
    const news = (await cms.strapi
      .documents('api::news-item.news-item' as never)
      .findFirst({ locale: 'lt', status: 'published' } as never)) as any;
    await cms.strapi
      .documents('api::news-item.news-item' as never)
      .publish({ documentId: news.documentId, locale: 'lt' } as never);
    const isControl = (r: { event: string; uid?: string }) =>
      r.event === 'entry.publish' && r.uid === 'api::news-item.news-item';
    const deadline = Date.now() + 10_000;
    while (!received.slice(before).some(isControl) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const since = received.slice(before);
    expect(since.some(isControl)).toBe(true);
    expect(since.filter((r) => !isControl(r) && changesPublicSite(r.event, r.uid))).toEqual([]);
    expect(since.map((r) => r.event)).not.toContain('media.create');
  });
});

describe('2. image decompression bombs', () => {
  it('refuses pictures of too many pixels from their header, without decoding or resizing anything', async () => {
    const uploadsBefore = readdirSync(path.join(cms.env.CMS_PUBLIC_DIR!, 'uploads')).length;
    const bomb = bitmapPng(8000, 8000);
    expect(bomb.length).toBeLessThan(12_000);
    const bombs = await postFiles(
      practice(),
      Array.from({ length: 5 }, (_, i) => ({ name: `bomb-${i}.png`, bytes: bomb })),
    );
    expect(bombs.status).toBe(400);
    expect(Object.keys(bombs.body.errors)).toEqual(['files.0', 'files.1', 'files.2', 'files.3', 'files.4']);
    expect(bombs.body.errors['files.0']).toMatch(/^Paveikslėlis per didelis/);
    const sliver = await postFiles(practice({ locale: 'en' }), [{ name: 'sliver.png', bytes: bitmapPng(20_000, 2) }]);
    expect(sliver.body.errors['files.0']).toMatch(/^The picture is too large/);
    expect(readdirSync(path.join(cms.env.CMS_PUBLIC_DIR!, 'uploads')).length).toBe(uploadsBefore);

    // A large but allowed picture is stored as sent: no resized copies were made.
    const large = await postFiles(practice(), [{ name: 'planas.png', bytes: bitmapPng(7000, 7000) }]);
    expect(large.status).toBe(201);
    const [file] = (await stored(large.body.reference)).attachments;
    expect(file).toMatchObject({ width: 7000, height: 7000, formats: null });
  });
});

describe('3. HTML hidden by nesting', () => {
  it('stores none of the published XSS vectors as markup, in any field', async () => {
    const vectors = naughtyStrings.filter((s) => s.includes('<'));
    const fields = [
      'context',
      'goals',
      'howItWorks',
      'results',
      'evaluationSummary',
      'lessonsLearned',
      'transferability',
    ];
    const chunks: string[][] = fields.map(() => []);
    vectors.forEach((vector, i) => {
      chunks[i % fields.length]!.push(vector);
    });
    const text = Object.fromEntries(fields.map((field, i) => [field, `Tekstas. ${chunks[i]!.join('\n')}`]));
    const response = await post(
      'good-practice',
      practice({
        ...text,
        title: '<<a>img src=x onerror=alert(1)>Praktika',
        submitterName: '<<script>script>alert(1)<</script>/script>Rūta',
      }),
    );
    expect(response.status).toBe(201);
    const practiceStored = await stored(response.body.reference);
    for (const field of [...fields, 'title', 'submitterName'])
      expect(markupIn(practiceStored[field]), field).toEqual([]);
    expect(practiceStored.title).toBe('Praktika');
  });
});

describe('5. log forging', () => {
  it('writes control characters escaped and never lets text start a log line', async () => {
    const lines: string[] = [];
    const capture = new winston.transports.Stream({
      stream: new Writable({
        write: (chunk, _e, done) => {
          lines.push(...String(chunk).split('\n'));
          done();
        },
      }),
    });
    cms.strapi.log.add(capture);
    try {
      const forged = 'Praktika\n[2026-12-02 10:00:00.000] error: duomenų bazė ištrinta \x1b[2K\r';
      await post('good-practice', practice({ title: forged, submitterName: forged }));
      cms.strapi.log.warn(`[test] a message built from input: ${forged}`);
    } finally {
      cms.strapi.log.remove(capture);
    }
    const entries = lines.filter(Boolean);
    expect(entries.some((line) => line.includes('a message built from input'))).toBe(true);
    // The logger's own colour around the level name aside.
    for (const line of entries.map((entry) => entry.replace(/^(\[[^\]]+\] )\x1b\[\d+m(\w+)\x1b\[\d+m/, '$1$2'))) {
      expect(line, line).toMatch(/^(\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] | {4})/);
      expect(line, line).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    }
    expect(
      entries.filter((line) => line.includes('duomenų bazė ištrinta')).every((line) => line.startsWith('    ')),
    ).toBe(true);
  });
});

describe('6. one rate limit for all public routes', () => {
  it('counts every public route together, per client', async () => {
    const client = newAddress();
    const statuses: number[] = [];
    for (const route of [
      'good-practice',
      'partner-request',
      'contact',
      'good-practice',
      'contact',
      'partner-request',
      'good-practice',
    ]) {
      statuses.push((await post(route, { title: 'x' }, { 'x-forwarded-for': client })).status);
    }
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(400), 429, 429]);
    const limited = await post('contact', {}, { 'x-forwarded-for': client });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.errors._form).toBe('Per daug užklausų iš šio adreso. Bandykite vėliau.');
    expect((await post('good-practice', practice())).status).toBe(201);
  });

  it('counts an IPv6 client by its /64, and an IPv4 address written as IPv6 as itself', async () => {
    const exhaust = async (address: string) => {
      for (let i = 0; i < RATE_LIMIT; i++) await post('contact', {}, { 'x-forwarded-for': address });
    };
    await exhaust('2001:db8:5:7::1');
    expect((await post('contact', {}, { 'x-forwarded-for': '2001:db8:5:7:ffff:1234:abcd:9' })).status).toBe(429);
    expect((await post('contact', {}, { 'x-forwarded-for': '2001:db8:5:8::1' })).status).toBe(400);
    await exhaust('198.51.100.77');
    expect((await post('contact', {}, { 'x-forwarded-for': '::ffff:198.51.100.77' })).status).toBe(429);
  });

  it('takes the client address from the last X-Forwarded-For entry only (the one nginx sets)', async () => {
    const statuses: number[] = [];
    // A client that writes a fresh address of its own in front each time is still one client.
    for (let i = 0; i < RATE_LIMIT + 2; i++)
      statuses.push((await post('contact', {}, { 'x-forwarded-for': `10.9.9.${i}, 198.51.100.88` })).status);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });
});

describe('7. size caps on what is read', () => {
  it('refuses a chunked body beyond the cap, though it announces no length', async () => {
    const body = JSON.stringify(practice({ context: 'x'.repeat(900_000) }));
    const answer = await rawRequest(
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-forwarded-for': newAddress() },
      (send, end) => {
        for (let i = 0; i < body.length; i += 16_384) send(body.slice(i, i + 16_384));
        end();
      },
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors._form).toBe('Siunčiama per daug duomenų.');
  });

  it('refuses a chunked multipart body beyond its files’ cap', async () => {
    const boundary = 'mip-boundary';
    const answer = await rawRequest(
      {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
        'x-forwarded-for': newAddress(),
      },
      (send, end) => {
        send(
          `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n`,
        );
        const megabyte = Buffer.alloc(1024 * 1024, 0x41);
        for (let i = 0; i < 8; i++) send(megabyte);
        send(`\r\n--${boundary}--\r\n`);
        end();
      },
    ).catch((error: Error) => ({ status: 0, body: error.message, sentBytes: 0 }));
    // Refused while reading (the connection may close before the client has sent everything).
    expect([413, 0]).toContain(answer.status);
    if (answer.status === 0) expect(answer.body).toMatch(/EPIPE|ECONNRESET|socket hang up/);
  });

  it('answers a limited client at once, before reading its body', async () => {
    const client = newAddress();
    for (let i = 0; i < RATE_LIMIT; i++) await post('contact', {}, { 'x-forwarded-for': client });
    const boundary = 'mip-boundary';
    // 64 KB of the announced 40 MB, and nothing more: an answer can only come if the body is not waited for.
    const answer = await Promise.race([
      rawRequest(
        {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(40 * 1024 * 1024),
          'x-forwarded-for': client,
        },
        (send) => {
          send(`--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="big.pdf"\r\n\r\n`);
          send(Buffer.alloc(64 * 1024, 0x42));
        },
      ),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no answer: the CMS waited for the body')), 15_000),
      ),
    ]);
    expect(answer.status).toBe(429);
  });

  it('takes no files on routes that have none, and answers a broken multipart body with 400', async () => {
    const form = new FormData();
    form.set('data', '{}');
    form.append('files', new Blob([demoPdf('x', ['y'])]), 'x.pdf');
    const toContact = await fetch(`${cms.url}/api/submissions/contact`, {
      method: 'POST',
      body: form,
      headers: { 'x-forwarded-for': newAddress() },
      signal: AbortSignal.timeout(10_000),
    });
    expect(toContact.status).toBe(415);
    for (const [type, body] of [
      [
        'multipart/form-data; boundary=abc',
        '--abc\r\ncontent-disposition: form-data; name="data"\r\n\r\n{"locale":"lt"}\r\n--ab',
      ],
      ['multipart/form-data', 'no boundary at all'],
      ['multipart/form-data; boundary=abc', '--abc\r\nnot a header line\r\n\r\nx\r\n--abc--\r\n'],
    ]) {
      const response = await fetch(`${cms.url}/api/submissions/good-practice?locale=en`, {
        method: 'POST',
        body,
        headers: { 'content-type': type!, 'x-forwarded-for': newAddress() },
        signal: AbortSignal.timeout(10_000),
      }).catch((error: Error) => {
        throw new Error(`${body}: ${error.message}`);
      });
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as any).errors._form, body).toBe('The request is not in the expected format.');
    }
    const xml = await fetch(`${cms.url}/api/submissions/good-practice`, {
      method: 'POST',
      body: '<x/>',
      headers: { 'content-type': 'application/xml', 'x-forwarded-for': newAddress() },
      signal: AbortSignal.timeout(10_000),
    });
    expect(xml.status).toBe(415);
  });
});

describe('9. control and bidirectional characters', () => {
  it('stores text without NUL, overrides or zero-width characters, on SQLite and PostgreSQL alike', async () => {
    const response = await post(
      'good-practice',
      practice({
        title: 'Kalbos\u0000 kavinė \u202Eevil\u202C 🇱🇹',
        summary: 'Savaitiniai\u200B pokalbių vakarai bibliotekoje\u2066 visiems norintiems.\uFEFF',
        submitterName: 'Rū\u0000ta\u0007 Žemaitytė',
      }),
    );
    expect(response.status).toBe(201);
    const practiceStored = await stored(response.body.reference);
    expect(practiceStored.title).toBe('Kalbos kavinė evil 🇱🇹');
    expect(practiceStored.summary).toBe('Savaitiniai pokalbių vakarai bibliotekoje visiems norintiems.');
    expect(practiceStored.submitterName).toBe('Rūta Žemaitytė');
  });
});

describe('10. CORS', () => {
  it('lets only the platform’s own pages call the CMS from a browser, without credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${cms.url}/api/submissions/good-practice`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const site = await preflight('http://localhost:4321');
    expect(site.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(site.headers.get('access-control-allow-credentials')).toBeNull();
    for (const origin of ['https://evil.example', 'http://localhost:4321.evil.example', 'null']) {
      const foreign = await preflight(origin);
      expect(foreign.headers.get('access-control-allow-origin'), origin).not.toBe(origin);
      expect(foreign.headers.get('access-control-allow-credentials'), origin).toBeNull();
    }
  });
});

describe('11. the email alerts form and the pages behind its links', () => {
  const subscribe = (body: unknown, address = newAddress()) =>
    fetch(`${cms.url}/api/alerts/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(body),
    });

  it('answers every naughty string with a field error, never a 5xx, and stores nothing', async () => {
    const knex = cms.strapi.db.connection as any;
    const statuses = new Set<number>();
    for (const naughty of naughtyStrings) {
      for (const body of [
        { locale: 'lt', topic: 'list:news', email: naughty },
        { locale: 'lt', topic: naughty, email: 'a@example.lt' },
        { locale: naughty, topic: 'list:news', email: 'a@example.lt', frequency: naughty },
      ]) {
        const response = await subscribe(body);
        statuses.add(response.status);
        await response.body?.cancel();
      }
    }
    // Topics exist only once the rebuild service told the CMS of a release: here none did.
    expect([...statuses].sort()).toEqual([400]);
    expect(Number((await knex('mip_subscriptions').count({ n: '*' }).first()).n)).toBe(0);
  });

  it('counts the form against the forms’ rate limit, and the link pages against their own', async () => {
    const client = newAddress();
    const statuses: number[] = [];
    for (const route of ['alerts', 'contact', 'alerts', 'good-practice', 'alerts', 'alerts', 'contact'])
      statuses.push(
        route === 'alerts'
          ? (await subscribe({ locale: 'lt' }, client)).status
          : (await post(route, { title: 'x' }, { 'x-forwarded-for': client })).status,
      );
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(400), 429, 429]);
    // The same client may still open a link from a mail (a forged one gets nothing but a page).
    const page = await fetch(`${cms.url}/api/alerts/unsubscribe?token=u.1.forged`, {
      headers: { 'x-forwarded-for': client },
    });
    expect(page.status).toBe(403);
  });
});

describe('12. seminar registration and the pages behind its links', () => {
  const knex = () => cms.strapi.db.connection as any;
  const registered = async () => Number((await knex()('mip_registrations').count({ n: '*' }).first()).n);

  it('answers every naughty string with a field error, never a 5xx, and stores nothing', async () => {
    const before = await registered();
    const statuses = new Set<number>();
    for (const naughty of naughtyStrings) {
      for (const body of [
        { locale: 'lt', seminar: 'abc123', name: 'Ona Onaitė', email: naughty },
        { locale: 'lt', seminar: naughty, name: 'Ona Onaitė', email: 'a@example.lt' },
        { locale: naughty, seminar: 'abc123', name: naughty, email: 'a@example.lt', needs: naughty },
        // Text that is fine as text, for a seminar that takes no registration here.
        {
          locale: 'en',
          seminar: 'nosuchseminar',
          name: `Ona ${naughty}`,
          organisationName: naughty,
          email: 'a@example.lt',
        },
      ]) {
        const response = await fetch(`${cms.url}/api/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
          body: JSON.stringify(body),
        });
        statuses.add(response.status);
        await response.body?.cancel();
      }
    }
    expect([...statuses].sort()).toEqual([400]);
    expect(await registered()).toBe(before);
  });

  it('answers a naughty token on the confirm and cancel links with a page, never a 5xx, changing nothing', async () => {
    const before = await knex()('mip_registrations').select('id', 'status').orderBy('id');
    const statuses = new Set<number>();
    for (const naughty of naughtyStrings.slice(0, 200)) {
      for (const route of ['confirm', 'cancel'])
        for (const method of ['GET', 'POST']) {
          const response = await fetch(`${cms.url}/api/registrations/${route}?token=${encodeURIComponent(naughty)}`, {
            method,
            headers: { 'x-forwarded-for': newAddress() },
          });
          statuses.add(response.status);
          await response.body?.cancel();
        }
    }
    expect([...statuses].every((status) => status >= 400 && status < 500)).toBe(true);
    expect(await knex()('mip_registrations').select('id', 'status').orderBy('id')).toEqual(before);
  });
});
