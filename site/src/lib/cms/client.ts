import type { TadaDocumentNode } from 'gql.tada';
import { ClientError, GraphQLClient } from 'graphql-request';

/** The CMS could not be read; the build must stop rather than publish a partial site. */
export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsUnavailableError';
  }
}

export interface CmsSettings {
  url: string;
  token: string;
}

/** Reads the CMS address and the read-only token from the build environment (never shipped). */
export function cmsSettingsFromEnv(env: Record<string, string | undefined> = process.env): CmsSettings {
  const url = env.CMS_URL || `http://127.0.0.1:${env.CMS_PORT || '1337'}`;
  const token = env.CMS_TOKEN;
  if (!token) {
    throw new CmsUnavailableError(
      'CMS_TOKEN is not set: the site build reads the CMS with its read-only API token. ' +
        'Run `npm start` once to generate .env, or export CMS_TOKEN.',
    );
  }
  return { url: url.replace(/\/$/, ''), token };
}

const NETWORK_ATTEMPTS = 3;

export type CmsQuery = <Result, Variables extends Record<string, unknown>>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
) => Promise<Result>;

export function createCmsClient(settings: CmsSettings, fetchImpl: typeof fetch = fetch): CmsQuery {
  const client = new GraphQLClient(`${settings.url}/graphql`, {
    headers: { Authorization: `Bearer ${settings.token}` },
    fetch: fetchImpl,
  });

  return async <Result, Variables extends Record<string, unknown>>(
    document: TadaDocumentNode<Result, Variables>,
    variables: Variables,
  ) => {
    for (let attempt = 1; ; attempt++) {
      try {
        // graphql-request prints the (gql.tada) document itself; the result type comes from the document.
        return (await client.request({ document: document as unknown as string, variables } as never)) as Result;
      } catch (error) {
        if (error instanceof ClientError) {
          const messages = error.response.errors?.map((e) => e.message).join('; ') || `HTTP ${error.response.status}`;
          throw new CmsUnavailableError(`The CMS at ${settings.url} answered with an error: ${messages}`, {
            cause: error,
          });
        }
        // Reads are idempotent: a dropped connection (for example a kept-alive socket the server
        // had just closed) is retried before the build gives up.
        if (attempt < NETWORK_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          continue;
        }
        throw new CmsUnavailableError(
          `Cannot reach the CMS at ${settings.url} (${(error as Error).message}). Is it running? (npm start starts it.)`,
          { cause: error },
        );
      }
    }
  };
}
