import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../src/required-setting';

/**
 * Uploads: on the local disk (cms/public/uploads, a volume in docker-compose) by default, or in
 * any S3-compatible store with UPLOAD_PROVIDER=s3 (Strapi's AWS S3 provider, installed on demand:
 * it pulls in the AWS SDK). Files are then linked at S3_PUBLIC_URL (a bucket or CDN address).
 */
function upload(env: Core.Config.Shared.ConfigParams['env']) {
  const provider = env('UPLOAD_PROVIDER', 'local');
  if (provider === 'local') return {};
  if (provider !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", got "${provider}"`);
  try {
    require.resolve('@strapi/provider-upload-aws-s3');
  } catch {
    throw new Error(
      "UPLOAD_PROVIDER=s3 needs Strapi's S3 provider: npm install -w cms @strapi/provider-upload-aws-s3@5 (the Docker image: build with --build-arg WITH_S3=true).",
    );
  }
  return {
    upload: {
      config: {
        provider: 'aws-s3',
        providerOptions: {
          baseUrl: env('S3_PUBLIC_URL', ''),
          rootPath: env('S3_ROOT_PATH', ''),
          s3Options: {
            credentials: {
              accessKeyId: requiredSetting(env('S3_ACCESS_KEY_ID'), 'S3_ACCESS_KEY_ID'),
              secretAccessKey: requiredSetting(env('S3_SECRET_ACCESS_KEY'), 'S3_SECRET_ACCESS_KEY'),
            },
            region: env('S3_REGION', 'us-east-1'),
            // Any S3-compatible store (MinIO, Ceph, a cloud's object storage): its endpoint, often path-style.
            ...(env('S3_ENDPOINT') ? { endpoint: env('S3_ENDPOINT') } : {}),
            forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
            params: { Bucket: requiredSetting(env('S3_BUCKET'), 'S3_BUCKET') },
          },
        },
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  ...upload(env),
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
        // Apollo adds stack traces (with server paths) to errors unless NODE_ENV=production; a
        // client never gets them, whatever the mode. The log has them.
        includeStacktraceInErrorResponses: false,
      },
    },
  },
  // Outgoing mail over SMTP: submission notices and relayed contact messages through this plugin;
  // the alerts' outbox opens a pool of its own connections with the same settings. Only used when
  // EMAIL_ENABLED=true; otherwise mail is logged without its addresses.
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
