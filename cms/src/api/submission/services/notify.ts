import type { Core } from '@strapi/strapi';

// Outgoing mail of the submission routes. With EMAIL_ENABLED=true it goes through Strapi's email
// plugin (configure its provider for your SMTP relay); otherwise, as in local runs and tests, the
// message is logged without its addresses and kept in a short in-memory outbox.
export interface OutgoingMail {
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
}

const OUTBOX_SIZE = 100;
const mask = (address: string) => address.replace(/^(.).*(@.*)$/, '$1***$2');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox: OutgoingMail[] = [];
  return {
    outbox,
    async send(mail: OutgoingMail) {
      if (process.env.EMAIL_ENABLED === 'true') {
        await strapi
          .plugin('email')
          .service('email')
          .send({ to: mail.to, replyTo: mail.replyTo, subject: mail.subject, text: mail.text });
        return;
      }
      outbox.push(mail);
      outbox.splice(0, Math.max(0, outbox.length - OUTBOX_SIZE));
      strapi.log.info(`[email] (not sent: EMAIL_ENABLED is not true) to ${mask(mail.to)}: ${mail.subject}`);
    },
  };
};
