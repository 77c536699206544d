// The admin panel as editors get it (Strapi's admin customisation entry point). Editors publish
// and moderate; the video tutorials, the release notices, the guided tour ("create your schema,
// copy an API token, deploy to the cloud") and the media library's announcement are for the
// developers setting up a project.
const GUIDED_TOUR_STORAGE_KEY = 'STRAPI_GUIDED_TOUR';
// Strapi's "Introducing the new Media Library" banner, stored per project id (`uuid`, which
// cms/package.json sets to false) and per media-library flavour; `undefined` while the id loads.
const MEDIA_BANNER_KEYS = ['true', 'false'].flatMap((legacy) => ['false', 'undefined'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`));

export default {
  config: {
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap() {
    // The tour keeps its state in the browser; a browser that has never seen it starts with it off.
    if (!localStorage.getItem(GUIDED_TOUR_STORAGE_KEY)) localStorage.setItem(GUIDED_TOUR_STORAGE_KEY, JSON.stringify({ enabled: false }));
    for (const key of MEDIA_BANNER_KEYS) localStorage.setItem(key, 'true');
  },
};
