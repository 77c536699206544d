import type { StrapiApp } from '@strapi/strapi/admin';
import { EntryPanel } from './entry-panel';
import { withEnumerationNames, withFieldHelp } from './field-texts';
import { ModerationWidget } from './moderation-widget';
import { SitePanel } from './site-panel';
import { Calendar, Clock, Mail } from '@strapi/icons';
import { PLATFORM_MESSAGES, STRAPI_LITHUANIAN } from './translations/index';

// The admin panel as editors get it (Strapi's admin customisation entry point). Editors publish
// and moderate; the video tutorials, the release notices, the guided tour ("create your schema,
// copy an API token, deploy to the cloud") and the media library's announcement are for the
// developers setting up a project.
const GUIDED_TOUR_STORAGE_KEY = 'STRAPI_GUIDED_TOUR';
// Strapi's "Introducing the new Media Library" banner, stored per project id (`uuid`, which
// cms/package.json sets to false) and per media-library flavour; `undefined` while the id loads.
const MEDIA_BANNER_KEYS = ['true', 'false'].flatMap((legacy) =>
  ['false', 'undefined'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`),
);

// Strapi's new Media Library has a visually hidden file input without a label, which keyboard and
// screen-reader users meet as the browser's "Choose File" (in English). It gets a name in the
// admin's language; the dialogs' own inputs, which have one, and the per-file "replace" inputs,
// which Strapi hides from assistive technology, are left alone.
const LANGUAGE_KEY = 'strapi-admin-language';
const FILE_INPUT_LABEL: Record<string, string> = { lt: 'Įkelti failus', en: 'Upload files' };
function labelFileInputs() {
  let queued = false;
  const apply = () => {
    queued = false;
    const label = FILE_INPUT_LABEL[localStorage.getItem(LANGUAGE_KEY) ?? 'en'] ?? FILE_INPUT_LABEL.en!;
    for (const input of document.querySelectorAll<HTMLInputElement>(
      'input[type="file"]:not([aria-label]):not([id]):not([aria-hidden="true"])',
    ))
      input.setAttribute('aria-label', label);
  };
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(apply);
  }).observe(document.body, { childList: true, subtree: true });
}

export default {
  config: {
    // Lithuanian beside English (vite.config.ts puts it in Strapi's language menu), each user's
    // choice in their profile. The platform's own strings and Strapi's in Lithuanian: translations/.
    locales: ['lt'],
    translations: { en: PLATFORM_MESSAGES.en, lt: { ...STRAPI_LITHUANIAN, ...PLATFORM_MESSAGES.lt } },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // Email alerts: what readers follow, and a subscriber's request (admin-api/alerts.ts).
    app.addMenuLink({
      to: 'alerts',
      icon: Mail,
      intlLabel: { id: 'mip.alerts.title', defaultMessage: 'Email alerts' },
      Component: () => import('./alerts-page'),
      permissions: [{ action: 'api::alerts.manage', subject: null }],
    });
    // Seminar registrations for their organisers (admin-api/registrations.ts).
    app.addMenuLink({
      to: 'registrations',
      icon: Calendar,
      intlLabel: { id: 'mip.registrations.title', defaultMessage: 'Seminar registrations' },
      Component: () => import('./registrations-page'),
      permissions: [{ action: 'api::registrations.manage', subject: null }],
    });
    app.widgets.register({
      id: 'moderation',
      icon: Clock,
      title: { id: 'mip.moderation.title', defaultMessage: 'Waiting for review' },
      component: async () => ModerationWidget,
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::good-practice.good-practice' }],
    });
  },
  bootstrap(app: StrapiApp) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([EntryPanel, SitePanel]);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', withFieldHelp);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', withEnumerationNames);
    // The tour keeps its state in the browser; a browser that has never seen it starts with it off.
    if (!localStorage.getItem(GUIDED_TOUR_STORAGE_KEY))
      localStorage.setItem(GUIDED_TOUR_STORAGE_KEY, JSON.stringify({ enabled: false }));
    for (const key of MEDIA_BANNER_KEYS) localStorage.setItem(key, 'true');
    labelFileInputs();
  },
};
