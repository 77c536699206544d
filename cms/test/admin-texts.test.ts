// What editors read in the admin, in both of its languages: every field of every content type and
// component has a label and a help text, every enumeration value a name, every type a name
// (src/admin/translations/: model.json for the types and fields, en.json and lt.json for the rest;
// shown by src/admin/field-texts.tsx); and Strapi's own
// interface, as far as editors see it, has Lithuanian text (translations/strapi.lt.json). A field
// added to a schema without its texts, or a Strapi upgrade that adds a string editors see, fails
// here with its name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, PLATFORM_MESSAGES, STRAPI_LITHUANIAN } from '../src/admin/translations/index.ts';

const SRC = path.resolve(import.meta.dirname, '..', 'src');
const texts = PLATFORM_MESSAGES;

type Schema = { info: { displayName: string }; attributes: Record<string, { type: string; enum?: string[] }> };
const models: { uid: string; kind: 'content-types' | 'components'; schema: Schema }[] = [
  ...readdirSync(path.join(SRC, 'api'))
    .filter((name) => existsSync(path.join(SRC, 'api', name, 'content-types', name, 'schema.json')))
    .map((name) => ({
      uid: `api::${name}.${name}`,
      kind: 'content-types' as const,
      schema: JSON.parse(
        readFileSync(path.join(SRC, 'api', name, 'content-types', name, 'schema.json'), 'utf8'),
      ) as Schema,
    })),
  ...readdirSync(path.join(SRC, 'components')).flatMap((category) =>
    readdirSync(path.join(SRC, 'components', category)).map((file) => ({
      uid: `${category}.${file.replace(/\.json$/, '')}`,
      kind: 'components' as const,
      schema: JSON.parse(readFileSync(path.join(SRC, 'components', category, file), 'utf8')) as Schema,
    })),
  ),
];
const fields = models.flatMap(({ uid, kind, schema }) =>
  Object.entries(schema.attributes).map(([name, attribute]) => ({ uid, kind, name, attribute })),
);

// Strapi's own English strings, as its admin registers them (plugins' keys prefixed with the plugin).
const require = createRequire(import.meta.url);
const STRAPI_SOURCES = {
  '': ['@strapi/admin', 'dist/admin/admin/src/translations/en.json.mjs'],
  'content-manager.': ['@strapi/content-manager', 'dist/admin/translations/en.json.mjs'],
  'upload.': ['@strapi/upload', 'dist/admin/translations/en.json.mjs'],
  'i18n.': ['@strapi/i18n', 'dist/admin/translations/en.json.mjs'],
} as const;
// Strings Strapi's code shows with only a default text, absent from its English files (found by
// reading the admin bundle for `id: '…', defaultMessage: '…'`); each must still be in the code.
const IN_CODE_ONLY: Record<string, string> = {
  'app.error.copy': 'Copy to clipboard',
  'app.error': 'Something went wrong',
  'app.error.message':
    "It seems like there is a bug in your instance, but we've got you covered. Please notify your technical team so they can investigate the source of the problem and report the issue to us by opening a bug report on {link}.",
  app: 'Saved',
  'app.components.Button.close': 'Close',
  'app.loading': 'Loading...',
  'app.utils.toggle': 'Toggle',
  'global.move': 'Move',
  'components.Blocks.blocks.bulletList': 'Bulleted list',
  'components.Blocks.blocks.numberList': 'Numbered list',
  'components.placeholder.select': 'Select',
  'content-manager.plugin.name': 'Content Manager',
  'content-manager.actions.unpublish.dialog.radio-label': 'Choose an option to unpublish the document.',
  'content-manager.restore.success.title': 'Version restored.',
  'content-manager.restore.success.message': 'A past version of the content was restored.',
  'content-manager.history.sidebar.title.version-card.aria-label': 'Version card',
};
const strapiEnglish: Record<string, string> = {};
let adminKeys = new Set<string>();
let strapiCode = '';
beforeAll(async () => {
  for (const [prefix, [pkg, file]] of Object.entries(STRAPI_SOURCES)) {
    const root = path.dirname(require.resolve(`${pkg}/package.json`));
    const module = (await import(path.join(root, file))) as { default: Record<string, string> };
    for (const [key, text] of Object.entries(module.default)) strapiEnglish[`${prefix}${key}`] = text;
    if (!prefix) adminKeys = new Set(Object.keys(module.default));
    strapiCode += readdirSync(path.join(root, 'dist', 'admin'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mjs') && !file.includes('translations'))
      .map((file) => readFileSync(path.join(root, 'dist', 'admin', file), 'utf8'))
      .join('\n');
  }
  Object.assign(strapiEnglish, IN_CODE_ONLY);
});

// What editors see of Strapi: sign-in, the frame, profile, home page, the Content Manager, the
// Media Library and languages. Not what configures the platform (builder, roles, users, tokens,
// webhooks, marketplace, SSO, licences, cloud), which the Editor role cannot reach, nor the
// guided tours, which are off.
const NOT_FOR_EDITORS = [
  /^tours\./,
  /^Usecase\./,
  /^Roles/,
  /^Users\./,
  /^coming\.soon/,
  /^Settings\.(permissions|webhooks|tokens|apiTokens|roles|sessions|adminTokens|transferTokens|sso|content-history|email|review-workflows)/,
  /^Settings\.page\./,
  /^Settings\.application\.(?!plan-title|strapiVersion)/,
  /^app\.components\.(GuidedTour|Users|PluginCard|FreeTrialEndedModal|FreeTrialWelcomeModal|NpsSurvey|Onboarding|UpsellBanner|ListPluginsPage|listPlugins|InstallPluginPage|Official|DownloadInfo|MediaLibraryBanner|BlockLink)/,
  /^app\.containers\.Users\./,
  /^app\.links\.configure-view/,
  /^global\.(plugins|marketplace|auditLogs|sessions|roles|users)/,
  /^components\.(AutoReloadBlocker|ProductionBlocker|premiumFeature)/,
  /^(Content Type Builder|Roles & Permissions|Users & Permissions|Files Upload)$/,
  /^notification\.(ee|version)/,
  /^notification\.success\.(apitoken|adminToken|transfertoken)/i,
  /^notification\.error\.tokennamenotunique/,
  /^HomePage\.(addWidget|widget\.(cloud|deploy-now|no-data-))/,
  /^widget\.(key-statistics|last-activity)/,
  /^upload\.(settings\.|plugin\.description|permissions)/,
  /^i18n\.(Settings\.|plugin\.description|settings)/,
  /^content-manager\.(containers\.SettingPage|containers\.ListSettingsView|containers\.EditSettingsView|components\.SettingsViewWrapper|plugin\.description|App\.schemas)/,
];
const forEditors = (key: string) => !NOT_FOR_EDITORS.some((pattern) => pattern.test(key));
const strapiLithuanian = STRAPI_LITHUANIAN;

/** The names a message interpolates, from its ICU syntax (plural and select branches included). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal && element.type !== TYPE.pound)
        names.add(element.value as string);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...names].sort();
}

describe('the admin’s texts for editors', () => {
  it(`cover ${fields.length} fields of ${models.length} types and components`, () => {
    expect(fields.length).toBeGreaterThan(180);
  });

  for (const language of LANGUAGES) {
    it(`give every field a label and a help text in ${language}`, () => {
      const missing = fields.flatMap(({ uid, kind, name }) =>
        [`content-manager.${kind}.${uid}.${name}`, `mip.help.${uid}.${name}`].filter(
          (key) => !texts[language]![key]?.trim(),
        ),
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
    const sameInBoth = Object.keys(texts.en!).filter(
      (key) => key.startsWith('mip.help.') && texts.en![key] === texts.lt![key],
    );
    expect(sameInBoth).toEqual([]);
  });

  it('names no enumeration value with a code Strapi uses for its own interface', () => {
    const codes = [...new Set(fields.flatMap(({ attribute }) => attribute.enum ?? []))];
    expect(adminKeys.size).toBeGreaterThan(500);
    expect(codes.filter((code) => adminKeys.has(code))).toEqual([]);
  });

  it('give every Strapi string editors see a Lithuanian text', () => {
    const wanted = Object.keys(strapiEnglish).filter(forEditors);
    expect(wanted.length).toBeGreaterThan(1000);
    expect(wanted.filter((key) => !strapiLithuanian[key]?.trim() && strapiEnglish[key]!.trim())).toEqual([]);
    // Nothing kept for a string Strapi no longer has, or for one editors never see.
    expect(Object.keys(strapiLithuanian).filter((key) => !(key in strapiEnglish) || !forEditors(key))).toEqual([]);
  });

  it('knows the strings that Strapi’s code uses without an English file entry', () => {
    const gone = Object.keys(IN_CODE_ONLY).filter(
      (id) =>
        !strapiCode.includes(`\`${id}\``) &&
        !strapiCode.includes(`'${id}'`) &&
        !strapiCode.includes(`"${id}"`) &&
        !strapiCode.includes(`getTrad('${id.replace(/^[a-z-]+\./, '')}'`),
    );
    expect(gone).toEqual([]);
  });

  it('keeps each Lithuanian message valid and with the placeholders of its English one', () => {
    const broken = Object.entries({ ...strapiLithuanian, ...texts.lt })
      .map(([key, text]) => {
        const english = strapiEnglish[key] ?? texts.en![key] ?? '';
        try {
          const [lt, en] = [argumentsOf(text), argumentsOf(english)];
          return lt.join() === en.join() ? null : `${key}: {${lt}} ≠ {${en}}`;
        } catch (error) {
          return `${key}: ${(error as Error).message}`;
        }
      })
      .filter(Boolean);
    expect(broken).toEqual([]);
  });
});
