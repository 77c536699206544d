import en from './en.json';
import model from './model.json';
import lt from './lt.json';
import strapiLt from './strapi.lt.json';

// The admin's texts as Strapi takes them (flat message ids per language), from:
// - model.json: per content type and component, its name and each field's label and help text,
//   both languages side by side (a new type's or field's texts go there, in one place);
// - en.json and lt.json: the platform's other strings (enumeration values, panels, widgets);
// - strapi.lt.json: Strapi's own interface in Lithuanian (English is Strapi's default).

export const LANGUAGES = ['en', 'lt'] as const;
export type Language = (typeof LANGUAGES)[number];

type Texts = { en: string; lt: string };
type ModelTexts = Record<string, { name?: Texts; fields: Record<string, { label?: Texts; help?: Texts }> }>;
const MODEL = model as { 'content-types': ModelTexts; components: ModelTexts };

/**
 * Strapi names a content type by its English display name (the message id is that name), a field
 * by `content-manager.<kind>.<uid>.<field>`; field-texts.tsx shows its help from
 * `mip.help.<uid>.<field>`.
 */
function modelMessages(language: Language): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const kind of ['content-types', 'components'] as const) {
    for (const [uid, { name, fields }] of Object.entries(MODEL[kind])) {
      if (name) messages[name.en] = name[language];
      for (const [field, { label, help }] of Object.entries(fields)) {
        if (label) messages[`content-manager.${kind}.${uid}.${field}`] = label[language];
        if (help) messages[`mip.help.${uid}.${field}`] = help[language];
      }
    }
  }
  return messages;
}

/** The platform's own messages per language. */
export const PLATFORM_MESSAGES: Record<Language, Record<string, string>> = {
  en: { ...en, ...modelMessages('en') },
  lt: { ...lt, ...modelMessages('lt') },
};

/** Strapi's own interface in Lithuanian. */
export const STRAPI_LITHUANIAN: Record<string, string> = strapiLt;
