import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../src/required-setting';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
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
  // Off until the site can render drafts (the preview issue): not configured, Strapi would offer
  // editors a "Set up preview" link to its developer documentation in every edit view.
  preview: { enabled: false, config: { handler: () => null } },
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;
