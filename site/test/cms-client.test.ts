import { describe, expect, it } from 'vitest';
import { cmsSettingsFromEnv, CmsUnavailableError, createCmsClient } from '../src/lib/cms/client.ts';
import { graphql } from '../src/lib/cms/graphql.ts';

const NewsTitles = graphql(`query NewsTitles($locale: I18NLocaleCode) { newsItems(locale: $locale) { title } }`);

const settings = { url: 'http://cms.test', token: 'secret-token' };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('CMS client', () => {
  it('sends the read-only token and returns the data', async () => {
    let seen: Request | undefined;
    const query = createCmsClient(settings, async (input, init) => {
      seen = new Request(input as string, init);
      return json(200, { data: { newsItems: [{ title: 'A' }] } });
    });
    expect(await query(NewsTitles, { locale: 'en' })).toEqual({ newsItems: [{ title: 'A' }] });
    expect(seen?.url).toBe('http://cms.test/graphql');
    expect(seen?.headers.get('authorization')).toBe('Bearer secret-token');
    const body = JSON.parse(await seen!.text());
    expect(body.variables).toEqual({ locale: 'en' });
    expect(body.query).toContain('newsItems(locale: $locale)');
  });

  it('fails with the GraphQL error messages', async () => {
    const query = createCmsClient(settings, async () =>
      json(200, { data: null, errors: [{ message: 'Forbidden access' }] }),
    );
    await expect(query(NewsTitles, {})).rejects.toThrow(
      new CmsUnavailableError('The CMS at http://cms.test answered with an error: Forbidden access'),
    );
  });

  it('fails with what to do when the CMS cannot be reached, after retrying', async () => {
    let calls = 0;
    const query = createCmsClient(settings, async () => {
      calls++;
      throw new TypeError('fetch failed');
    });
    await expect(query(NewsTitles, {})).rejects.toThrow(
      /Cannot reach the CMS at http:\/\/cms\.test \(fetch failed\)\. Is it running\?/,
    );
    expect(calls).toBe(3);
  });

  it('retries a dropped connection once it works again', async () => {
    let calls = 0;
    const query = createCmsClient(settings, async () => {
      if (++calls === 1) throw new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
      return json(200, { data: { newsItems: [] } });
    });
    expect(await query(NewsTitles, {})).toEqual({ newsItems: [] });
    expect(calls).toBe(2);
  });

  it('does not retry an answer with errors', async () => {
    let calls = 0;
    const query = createCmsClient(settings, async () => {
      calls++;
      return json(200, { data: null, errors: [{ message: 'Forbidden access' }] });
    });
    await expect(query(NewsTitles, {})).rejects.toBeInstanceOf(CmsUnavailableError);
    expect(calls).toBe(1);
  });

  it('fails on an HTTP error without a GraphQL body', async () => {
    const query = createCmsClient(settings, async () =>
      json(401, { error: { message: 'Missing or invalid credentials' } }),
    );
    await expect(query(NewsTitles, {})).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it('needs a token from the environment', () => {
    expect(() => cmsSettingsFromEnv({})).toThrow(/CMS_TOKEN is not set/);
    expect(cmsSettingsFromEnv({ CMS_TOKEN: 't', CMS_PORT: '1400' })).toEqual({
      url: 'http://127.0.0.1:1400',
      token: 't',
    });
    expect(cmsSettingsFromEnv({ CMS_TOKEN: 't', CMS_URL: 'https://cms.example.org/' }).url).toBe(
      'https://cms.example.org',
    );
  });
});
