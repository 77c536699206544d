import { mergeConfig, type Plugin, type UserConfig } from 'vite';

// Strapi's admin offers a language only if its built-in list of language names has it, and the
// list has no Lithuanian (strapi/strapi#22596 and #23991 would add it). This adds the name where
// the admin reads the list, so `config.locales: ['lt']` in app.tsx makes "Lietuvių" selectable.
function lithuanianLanguageName(): Plugin {
  return {
    name: 'mip-lithuanian-language-name',
    enforce: 'pre',
    transform(code, id) {
      if (!/translations[\\/]languageNativeNames\.m?js$/.test(id.split('?')[0]!)) return null;
      if (code.includes("lt: 'Lietuvių'")) return null;
      const patched = code.replace(
        'const languageNativeNames = {',
        "const languageNativeNames = {\n    lt: 'Lietuvių',",
      );
      if (patched === code)
        this.error(
          'the admin’s language list changed shape: Lithuanian could not be added (cms/src/admin/vite.config.ts)',
        );
      return { code: patched, map: null };
    },
  };
}

export default (config: UserConfig) => mergeConfig(config, { plugins: [lithuanianLanguageName()] });
