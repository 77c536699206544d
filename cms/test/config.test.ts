// The CMS configuration files as functions of the environment (no Strapi instance needed).
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import database from '../config/database';
import plugins from '../config/plugins';
import server from '../config/server';

const { env } = createRequire(import.meta.url)('@strapi/utils') as { env: any };
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});
const withEnv = (values: Record<string, string>) => Object.assign(process.env, values);

describe('database configuration', () => {
  it('uses a SQLite file under cms/ by default', () => {
    delete process.env.DATABASE_CLIENT;
    delete process.env.DATABASE_FILENAME;
    const config = database({ env }) as any;
    expect(config.connection.client).toBe('sqlite');
    expect(config.connection.connection.filename).toMatch(/cms\/\.tmp\/data\.db$/);
  });

  it('uses PostgreSQL from DATABASE_URL, or from its parts', () => {
    withEnv({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://u:p@db:5432/mip' });
    expect((database({ env }) as any).connection).toMatchObject({
      client: 'postgres',
      connection: { connectionString: 'postgres://u:p@db:5432/mip' },
    });
    withEnv({
      DATABASE_URL: '',
      DATABASE_HOST: 'db.internal',
      DATABASE_PORT: '6543',
      DATABASE_NAME: 'cms',
      DATABASE_USERNAME: 'cms',
      DATABASE_PASSWORD: 'pw',
    });
    expect((database({ env }) as any).connection.connection).toMatchObject({
      host: 'db.internal',
      port: 6543,
      database: 'cms',
      user: 'cms',
      password: 'pw',
    });
  });

  it('refuses an unknown client', () => {
    withEnv({ DATABASE_CLIENT: 'mysql' });
    expect(() => database({ env })).toThrow(/DATABASE_CLIENT must be "sqlite" or "postgres"/);
  });
});

describe('GraphQL configuration', () => {
  it('sets explicit limits', () => {
    withEnv({ JWT_SECRET: 'x' });
    const { config } = (plugins({ env }) as any).graphql;
    expect(config).toMatchObject({ defaultLimit: 25, maxLimit: 100, depthLimit: 7 });
  });

  it('turns the landing page and introspection off in production', () => {
    withEnv({ NODE_ENV: 'production', JWT_SECRET: 'x' });
    const { config } = (plugins({ env }) as any).graphql;
    expect(config.landingPage).toBe(false);
    expect(config.apolloServer.introspection).toBe(false);
  });
});

describe('secrets', () => {
  it('fail at start with what to do when missing', () => {
    delete process.env.APP_KEYS;
    expect(() => server({ env })).toThrow(/APP_KEYS is missing\. Run `npm start`/);
  });
});

describe('upload configuration', () => {
  it('keeps uploads on the local disk by default', () => {
    withEnv({ JWT_SECRET: 'x' });
    delete process.env.UPLOAD_PROVIDER;
    expect((plugins({ env }) as any).upload).toBeUndefined();
  });

  it('asks for the S3 provider package, or refuses an unknown provider, with what to do', () => {
    withEnv({
      JWT_SECRET: 'x',
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: 'media',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    });
    // Not installed in this workspace (it pulls in the AWS SDK): the error says how to add it.
    expect(() => plugins({ env })).toThrow(/npm install -w cms @strapi\/provider-upload-aws-s3/);
    withEnv({ UPLOAD_PROVIDER: 'ftp' });
    expect(() => plugins({ env })).toThrow(/UPLOAD_PROVIDER must be "local" or "s3"/);
  });
});
