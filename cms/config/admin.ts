import type { Core } from '@strapi/strapi';
import { previewBase, previewUrlHandler } from '../src/preview-url';
import { requiredSetting } from '../src/required-setting';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const base = previewBase(env);
  const secret = env('PREVIEW_SECRET', '');
  return {
    auth: {
      secret: requiredSetting(env('ADMIN_JWT_SECRET'), 'ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: requiredSetting(env('API_TOKEN_SALT'), 'API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: requiredSetting(env('TRANSFER_TOKEN_SALT'), 'TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: requiredSetting(env('ENCRYPTION_KEY'), 'ENCRYPTION_KEY'),
    },
    autoOpen: false,
    // Sign-ins per address and email in five minutes (Strapi's default is 5; the browser tests,
    // which sign the same people in from one address many times, raise it).
    rateLimit: { max: env.int('ADMIN_LOGIN_RATE_LIMIT', 5) },
    // "Open preview" in the edit view: the draft's page from the preview service (src/preview-url.ts),
    // in the admin's preview pane, which may frame only that origin. Off without PREVIEW_SECRET
    // (Strapi would otherwise offer editors a "Set up preview" link to its developer documentation).
    preview:
      base && secret
        ? {
            enabled: true,
            config: { allowedOrigins: [new URL(base).origin], handler: previewUrlHandler(base, secret) },
          }
        : { enabled: false, config: { handler: () => null } },
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};

export default config;
