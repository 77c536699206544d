// An editor at the CMS, through the same admin API the admin panel uses (login, then the content
// manager): for tests and benchmarks that change content the way people do.

type Data = Record<string, unknown>;

export class CmsAdmin {
  private readonly cmsUrl: string;
  private readonly headers: Record<string, string>;

  private constructor(cmsUrl: string, headers: Record<string, string>) {
    this.cmsUrl = cmsUrl;
    this.headers = headers;
  }

  static async login(cmsUrl: string, email: string, password: string): Promise<CmsAdmin> {
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok)
      throw new Error(`Admin login at ${cmsUrl} failed: HTTP ${response.status} ${await response.text()}`);
    const { data } = (await response.json()) as { data: { token: string } };
    return new CmsAdmin(cmsUrl, { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' });
  }

  /** Entries of a type (`news-item`, ...) in a locale, drafts included; `filters` in the REST API's bracket form. */
  async find(
    type: string,
    locale: string,
    filters: Record<string, string> = {},
  ): Promise<(Data & { documentId: string })[]> {
    const query = new URLSearchParams({ locale, pageSize: '100', ...filters });
    return (
      (await this.call('GET', `${this.manager(type)}?${query}`)) as { results: (Data & { documentId: string })[] }
    ).results;
  }

  /** One entry as the edit view shows it (draft, with its components and files). */
  async findOne(type: string, documentId: string, locale: string): Promise<Data & { documentId: string }> {
    return (
      (await this.call('GET', `${this.manager(type)}/${documentId}?locale=${locale}`)) as {
        data: Data & { documentId: string };
      }
    ).data;
  }

  /** How many entries of a type match (drafts included). */
  async count(type: string, locale: string, filters: Record<string, string> = {}): Promise<number> {
    const query = new URLSearchParams({ locale, pageSize: '1', ...filters });
    return ((await this.call('GET', `${this.manager(type)}?${query}`)) as { pagination: { total: number } }).pagination
      .total;
  }

  /** A new draft; returns it (with its documentId and generated slug). */
  async create(type: string, locale: string, data: Data): Promise<Data & { documentId: string; slug?: string }> {
    return (
      (await this.call('POST', `${this.manager(type)}?locale=${locale}`, data)) as {
        data: Data & { documentId: string };
      }
    ).data;
  }

  async update(type: string, documentId: string, locale: string, data: Data): Promise<void> {
    await this.call('PUT', `${this.manager(type)}/${documentId}?locale=${locale}`, data);
  }

  async publish(type: string, documentId: string, locale: string): Promise<void> {
    await this.call('POST', `${this.manager(type)}/${documentId}/actions/publish?locale=${locale}`, {});
  }

  async unpublish(type: string, documentId: string, locale: string): Promise<void> {
    await this.call('POST', `${this.manager(type)}/${documentId}/actions/unpublish?locale=${locale}`, {});
  }

  /** Deletes an entry (the Lithuanian original: every language, see cms/src/documents/shared-facts.ts). */
  async delete(type: string, documentId: string, locale: string): Promise<void> {
    await this.call('DELETE', `${this.manager(type)}/${documentId}?locale=${locale}`);
  }

  /** Uploads a file to the media library, as the admin's "Add new assets" does; returns the file. */
  async upload(
    bytes: Uint8Array,
    name: string,
    type: string,
  ): Promise<{ id: number; documentId: string; hash: string; url: string }> {
    const form = new FormData();
    form.append('files', new Blob([Uint8Array.from(bytes)], { type }), name);
    const { 'content-type': _json, ...headers } = this.headers;
    const response = await fetch(`${this.cmsUrl}/upload`, { method: 'POST', headers, body: form });
    if (!response.ok) throw new Error(`POST /upload: HTTP ${response.status} ${await response.text()}`);
    const [file] = (await response.json()) as { id: number; documentId: string; hash: string; url: string }[];
    return file!;
  }

  /** The draft's preview link the admin's "Open preview" loads (null for a type without one). */
  async previewUrl(type: string, documentId: string, locale: string): Promise<string | null> {
    const query = new URLSearchParams({ documentId, locale, status: 'draft' });
    const url = `${this.cmsUrl}/content-manager/preview/url/api::${type}.${type}?${query}`;
    const response = await fetch(url, { headers: this.headers });
    if (!response.ok) throw new Error(`GET ${url.replace(this.cmsUrl, '')}: HTTP ${response.status}`);
    // No link (a type without a preview): Strapi answers with no body.
    const text = await response.text();
    return text ? ((JSON.parse(text) as { data?: { url?: string | null } }).data?.url ?? null) : null;
  }

  private manager(type: string) {
    return `${this.cmsUrl}/content-manager/collection-types/api::${type}.${type}`;
  }

  private async call(method: string, url: string, body?: Data): Promise<unknown> {
    const response = await fetch(url, { method, headers: this.headers, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok)
      throw new Error(`${method} ${url.replace(this.cmsUrl, '')}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
}
