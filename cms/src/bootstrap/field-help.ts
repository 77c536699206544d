import type { Core } from '@strapi/strapi';

// Labels and hints in the admin's edit views, where a field's name says too little about what to
// write. Set once per database (merged into the view's settings): an editor's later changes stay.

const HELP: Record<string, Record<string, { label: string; description: string }>> = {
  'api::news-item.news-item': {
    coverAlt: {
      label: 'Cover description (alt text)',
      description: 'What the cover picture shows, in this language, for readers who cannot see it. Leave empty if it only decorates.',
    },
  },
};
const MARKER = 'field-help-v1';

export async function ensureFieldHelp(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'core', name: 'mip' });
  if (await store.get({ key: MARKER })) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, fields] of Object.entries(HELP)) {
    const current = await contentTypes.findConfiguration({ uid });
    const metadatas = { ...current.metadatas };
    for (const [field, help] of Object.entries(fields)) {
      metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, ...help } };
    }
    await contentTypes.updateConfiguration({ uid }, { settings: current.settings, metadatas, layouts: current.layouts });
  }
  await store.set({ key: MARKER, value: true });
}
