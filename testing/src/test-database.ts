import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';

// Throw-away PostgreSQL databases for the CMS integration suite: `TEST_DATABASE=postgres` runs
// every test file on its own database, created on the server at TEST_POSTGRES_URL (an account
// that may create databases; default: the local server as the current user) and dropped after.

export const TEST_POSTGRES_URL = withUser(process.env.TEST_POSTGRES_URL || 'postgres://127.0.0.1:5432/postgres');

/** A URL without a user name connects as the current account (pg leaves that to the environment, which may not say). */
function withUser(connectionString: string): string {
  const url = new URL(connectionString);
  if (!url.username) url.username = process.env.PGUSER || userInfo().username;
  return url.href;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Why PostgreSQL cannot be used for the tests, or null when it can. */
export async function postgresUnavailable(): Promise<string | null> {
  try {
    await admin((client) => client.query('select 1'));
    return null;
  } catch (error) {
    return `${TEST_POSTGRES_URL.replace(/\/\/[^@/]*@/, '//***@')}: ${(error as Error).message}`;
  }
}

export interface TestDatabase {
  /** Connection string of the new, empty database. */
  url: string;
  drop(): Promise<void>;
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `mip_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
