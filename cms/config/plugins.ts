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
  'users-permissions': {
    config: {
      jwtSecret: requiredSetting(env('JWT_SECRET'), 'JWT_SECRET'),
    },
  },
});

export default config;
