import type { Core } from '@strapi/strapi';

// Editors moderate in the admin's list views:
// - good practices and partner requests get the moderation status and the origin as columns,
//   newest changes first, so "submitted" work is easy to see and filter;
// - responses are the editors' queue: who wrote, their stance, the moderation status, what they
//   answer and how often readers reported them, newest first.
// The list's Filters menu offers every column (by status, by the entry answered). Each view is set
// once per database: an editor who rearranges the columns later keeps their choice.

interface ModerationView {
  uid: string;
  /** The store key that records it was set. */
  marker: string;
  /** Columns after the title field, each with its list label. */
  columns: Record<string, string>;
  sortBy: string;
  mainField?: string;
}

const VIEWS: ModerationView[] = [
  ...['api::good-practice.good-practice', 'api::partner-request.partner-request'].map((uid) => ({
    uid,
    marker: 'moderation-view-v1',
    columns: { moderationStatus: 'Moderation status', origin: 'Origin', updatedAt: 'Updated' },
    sortBy: 'updatedAt',
  })),
  {
    uid: 'api::response.response',
    marker: 'moderation-view-responses-v1',
    mainField: 'displayName',
    columns: {
      stance: 'Stance',
      moderationStatus: 'Moderation status',
      targetTitle: 'Responds to',
      reports: 'Reports',
      createdAt: 'Created',
    },
    sortBy: 'createdAt',
  },
];

export async function ensureModerationView(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'core', name: 'mip' });
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const done = new Set<string>();
  for (const view of VIEWS) {
    if (await store.get({ key: view.marker })) continue;
    const current = await contentTypes.findConfiguration({ uid: view.uid });
    const titleField = view.mainField ?? current.settings?.mainField ?? 'title';
    const metadatas = { ...current.metadatas };
    for (const [field, label] of Object.entries(view.columns)) {
      if (field === 'updatedAt' || field === 'createdAt') continue;
      metadatas[field] = {
        ...metadatas[field],
        list: { ...metadatas[field]?.list, label, searchable: true, sortable: true },
      };
    }
    await contentTypes.updateConfiguration(
      { uid: view.uid },
      {
        settings: { ...current.settings, mainField: titleField, defaultSortBy: view.sortBy, defaultSortOrder: 'DESC' },
        metadatas,
        layouts: { ...current.layouts, list: [titleField, ...Object.keys(view.columns)] },
      },
    );
    done.add(view.marker);
  }
  for (const marker of done) await store.set({ key: marker, value: true });
}
