import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { freshSettings, platformSettingNames } from '@mip/shared-types/settings';
import { seedDemo } from '@mip/cms/seed';
import { loadStrapi } from '@mip/cms/strapi';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '@mip/testing/smtp-sink';
import { createPostgresDatabase } from '@mip/testing/test-database';

export interface TestCms {
  strapi: Core.Strapi;
  /** Base URL of the running CMS, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The read-only site-build token (CMS_TOKEN). */
  token: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts a real Strapi on a fresh temporary database and a free port, with freshly generated
 * secrets: SQLite, or with TEST_DATABASE=postgres a new PostgreSQL database (dropped on stop).
 * `env` overrides or adds settings (for example the rebuild webhook).
 */
export async function startTestCms(overrides: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mip-cms-test-'));
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const postgres = process.env.TEST_DATABASE === 'postgres' ? await createPostgresDatabase() : null;
  const database: Record<string, string> = postgres
    ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.url }
    : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') };
  const env: Record<string, string> = {
    ...freshSettings(),
    ...database,
    CMS_PUBLIC_DIR: path.join(dir, 'public'),
    HOST: '127.0.0.1',
    CMS_LOG_LEVEL: 'warn',
    ...overrides,
  };
  // Only the test's own settings: nothing from the caller's environment (vitest's NODE_ENV aside).
  for (const name of platformSettingNames()) if (name !== 'NODE_ENV') delete process.env[name];
  Object.assign(process.env, env);
  const strapi = await loadStrapi({ compile: false }).catch(async (error) => {
    await postgres?.drop();
    throw error;
  });
  // strapi.server.listen (mounts the routes, then listens) rather than strapi.listen(): the same
  // server without the start-up banner in every test log.
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    token: env.CMS_TOKEN!,
    env,
    async stop() {
      // Strapi's destroy() calls process.removeAllListeners(), which would also cut the test
      // worker's own channel to vitest; put the listeners back afterwards.
      const saved = process.eventNames().map((event) => [event, process.listeners(event as never)] as const);
      await strapi.destroy();
      for (const [event, listeners] of saved) {
        for (const listener of listeners)
          if (!process.listeners(event as never).includes(listener)) process.on(event as never, listener);
      }
      rmSync(dir, { recursive: true, force: true });
      await postgres?.drop();
    },
  };
}

export interface HttpResult {
  status: number;
  body: any;
}

export async function getJson(url: string, token?: string): Promise<HttpResult> {
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export async function graphql(
  cms: TestCms,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<HttpResult> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Signs in to the admin API as the demo editor; the headers the admin panel's own requests carry. */
export async function demoEditorHeaders(cms: TestCms): Promise<Record<string, string>> {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: cms.env.DEMO_EDITOR_EMAIL, password: cms.env.DEMO_EDITOR_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`demo editor login: HTTP ${login.status} ${await login.text()}`);
  return {
    authorization: `Bearer ${((await login.json()) as { data: { token: string } }).data.token}`,
    'content-type': 'application/json',
  };
}

/** The site's and the CMS's public addresses as mail links name them in the mail tests. */
export const MAIL_SITE_URL = 'http://site.example';
const MAIL_CMS_URL = 'http://cms.example';

export interface MailCms {
  cms: TestCms;
  /** The real SMTP server on loopback the CMS sends to. */
  smtp: SmtpSink;
  /** What arrived for one address so far. */
  mailsTo(address: string): ReceivedMail[];
  /** A link of the CMS's in a mail's text (`route`: e.g. `responses/confirm`), to this test's CMS. */
  linkIn(mail: ReceivedMail, route: string): string;
  stop(): Promise<void>;
}

/**
 * A CMS with the demo content that mails the public through a real SMTP server on loopback, with
 * rate limits high enough for a test's many posts (the tests that check the limits set their own).
 */
export async function startMailCms(overrides: Record<string, string> = {}): Promise<MailCms> {
  const smtp = await startSmtpSink();
  const cms = await startTestCms({
    ...smtp.cmsEnv,
    SITE_URL: MAIL_SITE_URL,
    CMS_PUBLIC_URL: MAIL_CMS_URL,
    PUBLIC_RATE_LIMIT: '1000',
    ALERT_RATE_PER_MINUTE: '6000',
    ...overrides,
  }).catch(async (error) => {
    await smtp.stop();
    throw error;
  });
  await seedDemo(cms.strapi);
  return {
    cms,
    smtp,
    mailsTo: (address) => smtp.inbox.filter((m) => m.to.includes(address)),
    linkIn(mail, route) {
      const found = mail.text.match(
        new RegExp(`${MAIL_CMS_URL.replaceAll('.', '\\.')}/api/${route}\\?token=[A-Za-z0-9._%-]+`),
      );
      if (!found) throw new Error(`No ${route} link in: ${mail.text}`);
      return found[0].replace(MAIL_CMS_URL, cms.url);
    },
    async stop() {
      await cms.stop();
      await smtp.stop();
    },
  };
}
