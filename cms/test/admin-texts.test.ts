// What editors read in the admin, in both of its languages: every field of every content type and
// component has a label and a help text, every enumeration value a name, every type a name
// (src/admin/translations/*.json, shown by src/admin/field-texts.tsx). A field added to a schema
// without its texts fails here, with its name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');
const LANGUAGES = ['en', 'lt'] as const;
const texts = Object.fromEntries(LANGUAGES.map((l) => [l, JSON.parse(readFileSync(path.join(SRC, 'admin', 'translations', `${l}.json`), 'utf8')) as Record<string, string>]));

type Schema = { info: { displayName: string }; attributes: Record<string, { type: string; enum?: string[] }> };
const models: { uid: string; kind: 'content-types' | 'components'; schema: Schema }[] = [
  ...readdirSync(path.join(SRC, 'api'))
    .filter((name) => existsSync(path.join(SRC, 'api', name, 'content-types', name, 'schema.json')))
    .map((name) => ({
    uid: `api::${name}.${name}`,
    kind: 'content-types' as const,
    schema: JSON.parse(readFileSync(path.join(SRC, 'api', name, 'content-types', name, 'schema.json'), 'utf8')) as Schema,
  })),
  ...readdirSync(path.join(SRC, 'components')).flatMap((category) =>
    readdirSync(path.join(SRC, 'components', category)).map((file) => ({
      uid: `${category}.${file.replace(/\.json$/, '')}`,
      kind: 'components' as const,
      schema: JSON.parse(readFileSync(path.join(SRC, 'components', category, file), 'utf8')) as Schema,
    })),
  ),
];
const fields = models.flatMap(({ uid, kind, schema }) => Object.entries(schema.attributes).map(([name, attribute]) => ({ uid, kind, name, attribute })));

// Strapi's own interface strings that use no namespace: an enumeration code must not replace one.
const strapiKeys = new Set(
  Object.keys(
    Object.fromEntries(
      [...readFileSync(createRequire(import.meta.url).resolve('@strapi/admin/package.json').replace('package.json', 'dist/admin/admin/src/translations/en.json.mjs'), 'utf8').matchAll(/^\s+"([^"]+)":/gm)].map((m) => [m[1], true]),
    ),
  ),
);

describe('the admin’s texts for editors', () => {
  it(`cover ${fields.length} fields of ${models.length} types and components`, () => {
    expect(fields.length).toBeGreaterThan(180);
  });

  for (const language of LANGUAGES) {
    it(`give every field a label and a help text in ${language}`, () => {
      const missing = fields.flatMap(({ uid, kind, name }) =>
        [`content-manager.${kind}.${uid}.${name}`, `mip.help.${uid}.${name}`].filter((key) => !texts[language]![key]?.trim()),
      );
      expect(missing).toEqual([]);
    });

    it(`name every enumeration value and every content type in ${language}`, () => {
      const codes = [...new Set(fields.flatMap(({ attribute }) => attribute.enum ?? []))];
      expect(codes.filter((code) => !texts[language]![code]?.trim())).toEqual([]);
      const types = models.filter((m) => m.kind === 'content-types').map((m) => m.schema.info.displayName);
      expect(types.filter((name) => !texts[language]![name]?.trim())).toEqual([]);
    });
  }

  it('has the same strings in both languages, none left in English in Lithuanian but names and codes', () => {
    expect(Object.keys(texts.lt!).sort()).toEqual(Object.keys(texts.en!).sort());
    const sameInBoth = Object.keys(texts.en!).filter((key) => key.startsWith('mip.help.') && texts.en![key] === texts.lt![key]);
    expect(sameInBoth).toEqual([]);
  });

  it('names no enumeration value with a code Strapi uses for its own interface', () => {
    const codes = [...new Set(fields.flatMap(({ attribute }) => attribute.enum ?? []))];
    expect(strapiKeys.size).toBeGreaterThan(500);
    expect(codes.filter((code) => strapiKeys.has(code))).toEqual([]);
  });
});
