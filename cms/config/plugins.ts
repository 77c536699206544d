import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../src/required-setting';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  graphql: {
    enabled: true,
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The landing page (Apollo sandbox) is a development aid only.
      landingPage: env('NODE_ENV') !== 'production',
      depthLimit: 7,
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: {
        introspection: env('NODE_ENV') !== 'production' || env.bool('GRAPHQL_INTROSPECTION', false),
      },
    },
  },
  // Outgoing mail (submission notices, relayed contact messages) over SMTP. Only used when
  // EMAIL_ENABLED=true; otherwise the notices are logged (see api::submission.notify).
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', 'localhost'),
        port: env.int('SMTP_PORT', 587),
        // true for SMTPS (port 465); with false, STARTTLS is used when the server offers it.
        secure: env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USER') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD') } } : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'no-reply@mip.example'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@mip.example')),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: requiredSetting(env('JWT_SECRET'), 'JWT_SECRET'),
    },
  },
});

export default config;
