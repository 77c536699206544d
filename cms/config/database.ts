import path from 'node:path';
import type { Core } from '@strapi/strapi';

// SQLite (better-sqlite3) by default; PostgreSQL with DATABASE_CLIENT=postgres, configured by
// DATABASE_URL or by the DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD variables.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    const connection = url
      ? { connectionString: url, ssl: env.bool('DATABASE_SSL', false) }
      : {
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'mip'),
          user: env('DATABASE_USERNAME', 'mip'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false),
          schema: env('DATABASE_SCHEMA', 'public'),
        };
    return {
      connection: {
        client: 'postgres',
        // Strapi's type wants host/user/... even when pg is given a connection string.
        connection: connection as never,
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }

  // A relative DATABASE_FILENAME is taken from cms/ (this file runs from cms/dist/config once compiled).
  const compiled = path.basename(path.dirname(__dirname)) === 'dist';
  const appDir = path.resolve(__dirname, compiled ? '../..' : '..');
  const filename = path.resolve(appDir, env('DATABASE_FILENAME', '.tmp/data.db'));
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
    },
  };
};

export default config;
