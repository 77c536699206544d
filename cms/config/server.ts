import type { Core } from '@strapi/strapi';
import { requiredSetting } from '../src/required-setting';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('CMS_PORT', 1337),
  // Public URL of the CMS when it sits behind a proxy (production); empty locally.
  url: env('CMS_PUBLIC_URL', ''),
  // Behind nginx: trust X-Forwarded-For for the client address (rate limits) and the protocol, and
  // only its last entry, the one nginx sets; anything a client wrote before it is ignored. The CMS
  // port must then be reachable only through nginx.
  proxy: { koa: env.bool('CMS_BEHIND_PROXY', false), maxIpsCount: 1 },
  // Uploads go to <public>/uploads; tests point this at a temporary folder.
  dirs: { public: env('CMS_PUBLIC_DIR') || './public' },
  app: {
    keys: requiredSetting(env('APP_KEYS'), 'APP_KEYS').split(','),
  },
});

export default config;
