import type { Core } from '@strapi/strapi';

// Editors moderate submissions in the admin's list views. Good practices and partner requests get
// the moderation status and the origin as columns, newest changes first, so "submitted" work is
// easy to see and filter (the list's Filters menu offers every column, including these). Set once
// per database: an editor who rearranges the columns later keeps their choice.

const MODERATED = ['api::good-practice.good-practice', 'api::partner-request.partner-request'] as const;
const MARKER = 'moderation-view-v1';

export async function ensureModerationView(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'core', name: 'mip' });
  if (await store.get({ key: MARKER })) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const uid of MODERATED) {
    const current = await contentTypes.findConfiguration({ uid });
    const titleField = current.settings?.mainField ?? 'title';
    await contentTypes.updateConfiguration(
      { uid },
      {
        settings: { ...current.settings, defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
        metadatas: {
          ...current.metadatas,
          moderationStatus: {
            ...current.metadatas?.moderationStatus,
            list: {
              ...current.metadatas?.moderationStatus?.list,
              label: 'Moderation status',
              searchable: true,
              sortable: true,
            },
          },
          origin: {
            ...current.metadatas?.origin,
            list: { ...current.metadatas?.origin?.list, label: 'Origin', searchable: true, sortable: true },
          },
        },
        layouts: { ...current.layouts, list: [titleField, 'moderationStatus', 'origin', 'updatedAt'] },
      },
    );
  }
  await store.set({ key: MARKER, value: true });
}
