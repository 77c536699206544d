import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

// A real SMTP server on loopback that keeps what it is sent, parsed (the CMS's mail tests, the
// alerts' end-to-end tests and the alerts benchmark). It can be told to refuse mail for a while,
// as a mail server that is down or overloaded answers (451), to keep only a count (a benchmark of
// thousands of mails), or to write each mail to a folder as JSON (the browser tests' workers read
// what the global setup's server received).

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  replyTo: string;
  text: string;
  html: string;
  messageId: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  attachments: { filename: string | null; mimeType: string; content: string }[];
}

/** The mails a sink with a `dir` wrote there, oldest first. */
export function readMailDir(dir: string): ReceivedMail[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ReceivedMail);
}

export interface SmtpSink {
  port: number;
  /** The settings that send the CMS's mail to this server (from `platforma@mip.example`). */
  cmsEnv: Record<string, string>;
  inbox: ReceivedMail[];
  /** Mails accepted (also when only counting). */
  received(): number;
  /** While true, every mail is refused with a temporary error (451). */
  refusing: boolean;
  /** Resolves when `predicate` holds for the inbox, or rejects after `timeoutMs`. */
  waitFor(predicate: (inbox: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpSink(options: { countOnly?: boolean; dir?: string } = {}): Promise<SmtpSink> {
  const inbox: ReceivedMail[] = [];
  let count = 0;
  const sink = { refusing: false } as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 20 * 1024 * 1024,
    onRcptTo(_address, _session, callback) {
      if (sink.refusing) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }) as Error);
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count++;
        if (options.countOnly) return callback();
        PostalMime.parse(Buffer.concat(chunks))
          .then((mail) => {
            const received: ReceivedMail = {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              replyTo: mail.replyTo?.map((r) => ('address' in r ? r.address : '')).join(', ') ?? '',
              text: mail.text ?? '',
              html: mail.html ?? '',
              messageId: mail.messageId ?? '',
              headers: Object.fromEntries(mail.headers.map((h) => [h.key.toLowerCase(), h.value])),
              attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                mimeType: a.mimeType,
                content:
                  typeof a.content === 'string' ? a.content : Buffer.from(a.content as ArrayBuffer).toString('utf8'),
              })),
            };
            inbox.push(received);
            if (options.dir)
              writeFileSync(path.join(options.dir, `${String(count).padStart(6, '0')}.json`), JSON.stringify(received));
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    port,
    cmsEnv: {
      EMAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      EMAIL_FROM: 'platforma@mip.example',
    },
    inbox,
    received: () => count,
    async waitFor(predicate: (inbox: ReceivedMail[]) => boolean, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(inbox)) {
        if (Date.now() > deadline) throw new Error(`The expected mail did not arrive within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    // Open connections (a sender's pool) are cut rather than waited for.
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const connection of (server as unknown as { connections: Set<{ close(): void }> }).connections ?? [])
          connection.close();
      }),
  });
}
