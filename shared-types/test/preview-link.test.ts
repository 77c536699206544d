import { describe, expect, it } from 'vitest';
import { checkPreviewLink, PREVIEW_LINK_TTL_MS, signPreviewLink } from '../src/preview-link.ts';

const SECRET = 'a-secret-of-the-platform';
const NOW = Date.parse('2026-12-04T12:00:00Z');
const target = { uid: 'api::news-item.news-item', documentId: 'abc123def456', locale: 'lt', ui: 'en' } as const;
const query = (url: string) => new URL(url).searchParams;

describe('preview links', () => {
  it('are accepted as signed, until they expire', () => {
    const url = signPreviewLink('https://mip.example', target, SECRET, NOW);
    expect(new URL(url).pathname).toBe('/preview/');
    const check = checkPreviewLink(query(url), SECRET, NOW + 1000);
    expect(check).toEqual({ ok: true, link: { ...target, expires: (NOW + PREVIEW_LINK_TTL_MS) / 1000 } });
    expect(checkPreviewLink(query(url), SECRET, NOW + PREVIEW_LINK_TTL_MS + 1000)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'expired',
    });
  });

  it('keep a path of the base address', () => {
    expect(signPreviewLink('http://localhost:4323/site', target, SECRET, NOW)).toMatch(
      /^http:\/\/localhost:4323\/site\/preview\/\?uid=/,
    );
  });

  it('are refused without a signature (401), and with any field changed or another secret (403)', () => {
    const url = signPreviewLink('https://mip.example', target, SECRET, NOW);
    const without = query(url);
    without.delete('signature');
    expect(checkPreviewLink(without, SECRET, NOW)).toMatchObject({ ok: false, status: 401, reason: 'unsigned' });
    const changes: [string, string][] = [
      ['uid', 'api::seminar.seminar'],
      ['documentId', 'abc123def457'],
      ['locale', 'en'],
      ['ui', 'lt'],
      ['expires', String(Math.floor(NOW / 1000) + 10 * 365 * 86_400)],
      ['signature', `${query(url).get('signature')!.slice(0, -1)}A`],
    ];
    for (const [field, value] of changes) {
      const tampered = query(url);
      tampered.set(field, value);
      expect(checkPreviewLink(tampered, SECRET, NOW), field).toMatchObject({
        ok: false,
        status: 403,
        reason: 'tampered',
      });
    }
    expect(checkPreviewLink(query(url), 'another-secret', NOW)).toMatchObject({ ok: false, reason: 'tampered' });
    expect(checkPreviewLink(query(url), '', NOW)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('are refused when a field is missing or not of its form', () => {
    const url = signPreviewLink('https://mip.example', target, SECRET, NOW);
    for (const [field, value] of [
      ['uid', 'plugin::users-permissions.user'],
      ['documentId', '../../etc'],
      ['locale', 'fr'],
      ['ui', ''],
      ['expires', 'soon'],
    ]) {
      const bad = query(url);
      bad.set(field!, value!);
      expect(checkPreviewLink(bad, SECRET, NOW), field).toMatchObject({ ok: false, status: 403, reason: 'malformed' });
    }
  });

  it('cannot be made without a secret', () => {
    expect(() => signPreviewLink('https://mip.example', target, '', NOW)).toThrow(/PREVIEW_SECRET/);
  });
});
