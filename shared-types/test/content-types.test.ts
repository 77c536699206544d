import { describe, expect, it } from 'vitest';
import {
  byName,
  CONTENT_TYPES,
  changesPublicSite,
  contentTypeOfUid,
  entryPagePath,
  hasPages,
  SECTION_TYPES,
  TAXONOMY_TYPES,
} from '../src/content-types.ts';

describe('the content-type manifest', () => {
  it('names each section and taxonomy once, in the manifest’s order, with its type', () => {
    // Some of them by name (the site's names are not always the type's).
    expect(SECTION_TYPES).toMatchObject({
      news: 'newsItems',
      funding: 'fundingCalls',
      partnerSearch: 'partnerRequests',
    });
    // In the manifest's order, which is the navigation's.
    const keys = Object.keys(CONTENT_TYPES);
    const positions = Object.values(SECTION_TYPES).map((key) => keys.indexOf(key));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(TAXONOMY_TYPES).toEqual({ area: 'integrationAreas', group: 'targetGroups', municipality: 'municipalities' });
    const named = new Set([...Object.values(SECTION_TYPES), ...Object.values(TAXONOMY_TYPES)]);
    // Every type but the editors' free pages and the public's responses (shown on the pages of what
    // they answer) has a section or a taxonomy, and none has both.
    expect(Object.keys(CONTENT_TYPES).filter((key) => !named.has(key as never))).toEqual(['pages', 'responses']);
    expect(Object.keys(CONTENT_TYPES).filter((key) => !hasPages(key as never))).toEqual(['responses']);
    expect(named.size).toBe(Object.keys(SECTION_TYPES).length + Object.keys(TAXONOMY_TYPES).length);
  });

  it('gives each name its type’s value', () => {
    expect(byName(TAXONOMY_TYPES, (type) => type.openData)).toEqual({
      area: 'integration-areas',
      group: 'target-groups',
      municipality: 'municipalities',
    });
    expect(byName(SECTION_TYPES, (type) => type.segments).funding).toEqual({ lt: 'finansavimas', en: 'funding' });
  });

  it('maps uids to keys and entries to their pages', () => {
    expect(contentTypeOfUid('api::funding-call.funding-call')).toBe('fundingCalls');
    expect(contentTypeOfUid('plugin::users-permissions.user')).toBeUndefined();
    expect(entryPagePath('fundingCalls', 'lt', 'kvietimas-ą')).toBe('/lt/finansavimas/kvietimas-%C4%85/');
    expect(entryPagePath('pages', 'en', 'about')).toBe('/en/about/');
  });

  it('says which CMS events change the public site', () => {
    expect(changesPublicSite('entry.publish', 'api::news-item.news-item')).toBe(true);
    expect(changesPublicSite('entry.update', 'api::news-item.news-item')).toBe(false);
    expect(changesPublicSite('entry.update', 'api::integration-area.integration-area')).toBe(true);
    expect(changesPublicSite('media.create', undefined)).toBe(false);
    expect(changesPublicSite('published-media.update', undefined)).toBe(true);
  });
});
