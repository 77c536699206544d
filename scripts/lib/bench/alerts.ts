import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { normaliseEmail, type ReleaseNotice } from '@mip/shared-types';
import { startSmtpSink } from '@mip/testing/smtp-sink';
import { formatDuration, info, step } from '../log.ts';
import { RELEASE_NOTICE_PATH } from '../rebuild/alerts.ts';
import { prepareDataSet, startDataSetCms } from './data-set.ts';

// Email alerts at scale: N confirmed subscribers of one list, and one publish (the release notice
// the rebuild service sends once the new page is live). Measured: the time the CMS takes to take
// the notice (one delivery and one queued mail per subscriber, committed together), the time until
// the last mail was handed to a local SMTP server (unthrottled: ALERT_RATE_PER_MINUTE set out of
// the way, SMTP_CONCURRENCY connections), and the CMS process's memory meanwhile.

export interface AlertsResult {
  subscribers: number;
  /** The notice answered: every delivery recorded and every mail queued. */
  enqueueMs: number;
  /** From the notice to the last mail accepted by the SMTP server. */
  deliveredMs: number;
  delivered: number;
  mailsPerSecond: number;
  smtpConnections: number;
  /** The CMS's resident memory before the notice, and the most seen while it sent. */
  rssBeforeMb: number;
  rssPeakMb: number;
}

const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

export async function measureAlerts(subscribers: number, smtpConnections = 8): Promise<AlertsResult> {
  const dataSet = await prepareDataSet(0);
  const smtp = await startSmtpSink({ countOnly: true });
  const cms = await startDataSetCms(dataSet, {
    ...smtp.cmsEnv,
    ALERT_RATE_PER_MINUTE: '100000000',
    SMTP_CONCURRENCY: String(smtpConnections),
    CMS_PUBLIC_URL: 'https://mip.example',
    SITE_URL: 'https://mip.example',
  });
  try {
    const url = dataSet.env.CMS_URL!;
    const notify = async (notice: Omit<ReleaseNotice, 'release'>, release: string) => {
      const response = await fetch(`${url}${RELEASE_NOTICE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rebuild-secret': dataSet.env.REBUILD_SECRET! },
        body: JSON.stringify({ release, ...notice }),
      });
      if (!response.ok)
        throw new Error(`The CMS refused the release notice: ${response.status} ${await response.text()}`);
    };
    await notify(
      {
        topics: [{ topic: 'list:news', locale: 'lt', title: 'Naujienos', path: '/lt/naujienos/' }],
        removedTopics: [],
        additions: [],
      },
      `bench-topics-${Date.now()}`,
    );
    // The subscribers, confirmed, written straight into the CMS's database (a data set kept between
    // runs starts from none).
    await step(`${subscribers.toLocaleString('en-GB')} confirmed subscribers of the news`, async () => {
      const db = new Database(dataSet.env.DATABASE_FILENAME!);
      try {
        db.pragma('busy_timeout = 10000');
        const now = Date.now();
        db.transaction(() => {
          for (const table of ['mip_alert_deliveries', 'mip_subscriptions', 'mip_mail_outbox', 'mip_alert_items'])
            db.prepare(`DELETE FROM ${table}`).run();
          const insert = db.prepare(
            `INSERT INTO mip_subscriptions (email, email_hash, locale, topic, frequency, status, consent_at, confirmed_at)
             VALUES (?, ?, 'lt', 'list:news', 'immediately', 'confirmed', ?, ?)`,
          );
          for (let i = 0; i < subscribers; i++) {
            const email = normaliseEmail(`skaitytojas${i}@example.lt`);
            insert.run(email, createHash('sha256').update(email).digest('hex'), now, now);
          }
        })();
      } finally {
        db.close();
      }
    });
    const news = (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${dataSet.env.CMS_TOKEN}` },
        body: JSON.stringify({
          query: '{ newsItems(locale: "lt", pagination: { limit: 1 }) { documentId title slug } }',
        }),
      })
    ).json()) as { data: { newsItems: { documentId: string; title: string; slug: string }[] } };
    const item = news.data.newsItems[0]!;

    const before = rssMb(cms.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(cms.pid))), 100);
    const started = performance.now();
    let enqueueMs = 0;
    let deliveredMs = 0;
    try {
      await step('One publish: the release notice, and every mail handed to the SMTP server', async () => {
        await notify(
          {
            topics: [],
            removedTopics: [],
            additions: [
              {
                locale: 'lt',
                topics: ['list:news'],
                item: {
                  key: `news:${item.documentId}`,
                  title: item.title,
                  path: `/lt/naujienos/${item.slug}/`,
                  kind: 'Naujienos',
                  date: null,
                  summary: null,
                  uid: 'api::news-item.news-item',
                  documentId: item.documentId,
                  entryLocale: 'lt',
                },
              },
            ],
          },
          `bench-${Date.now()}`,
        );
        enqueueMs = performance.now() - started;
        const deadline = Date.now() + 30 * 60_000;
        while (smtp.received() < subscribers) {
          if (Date.now() > deadline)
            throw new Error(`Only ${smtp.received()} of ${subscribers} mails arrived in 30 minutes`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        deliveredMs = performance.now() - started;
      });
    } finally {
      clearInterval(sampler);
    }
    const result: AlertsResult = {
      subscribers,
      enqueueMs: Math.round(enqueueMs),
      deliveredMs: Math.round(deliveredMs),
      delivered: smtp.received(),
      mailsPerSecond: Math.round((smtp.received() / deliveredMs) * 1000),
      smtpConnections,
      rssBeforeMb: before,
      rssPeakMb: peak,
    };
    info(
      `queued in ${formatDuration(result.enqueueMs)}; ${result.delivered} mails handed over in ${formatDuration(result.deliveredMs)} (${result.mailsPerSecond}/s); CMS memory ${before} → ${peak} MB`,
    );
    return result;
  } finally {
    await cms.stop();
    await smtp.stop();
  }
}
