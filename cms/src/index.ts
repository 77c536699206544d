import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { lockDownPublicRole } from './bootstrap/public-role';
import { ensureSiteTokens, restrictSiteBuildToken } from './bootstrap/site-build-token';
import { announcePublishedMediaChanges, ensureRebuildWebhook } from './bootstrap/rebuild-webhook';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureDemoEditor, ensureEditorRole } from './bootstrap/editor-role';
import { ensureModerationView } from './bootstrap/moderation-view';
import { registerDocumentRules } from './documents/rules';
import { registerResponseRules } from './documents/response-rules';
import { registerRegistrationRules } from './documents/registration-rules';
import { registerSharedFacts, shareExistingRelations } from './documents/shared-facts';
import { applySiteSlugRule } from './documents/slugs';
import { registerEntryStatusRoute } from './admin-api/entry-status';
import { exposeContactAvailability, exposeSeminarRegistration, hideMutationsFromGraphql } from './bootstrap/graphql';
import { registerReleaseNoticeRoute, startAlerts, stopAlerts } from './bootstrap/alerts';
import { batchRelationLoads } from './bootstrap/batched-loads';
import { registerAlertsAdminRoutes, registerAlertsPermission } from './admin-api/alerts';
import { registerRegistrationsAdminRoutes, registerRegistrationsPermission } from './admin-api/registrations';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
    registerResponseRules(strapi);
    registerRegistrationRules(strapi);
    registerSharedFacts(strapi);
    applySiteSlugRule(strapi);
    restrictSiteBuildToken(strapi);
    hideMutationsFromGraphql(strapi);
    exposeContactAvailability(strapi);
    exposeSeminarRegistration(strapi);
    registerEntryStatusRoute(strapi);
    registerAlertsPermission(strapi);
    registerAlertsAdminRoutes(strapi);
    registerRegistrationsPermission(strapi);
    registerRegistrationsAdminRoutes(strapi);
    registerReleaseNoticeRoute(strapi);
  },

  // Idempotent: runs on every start and converges the database to the expected state.
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    batchRelationLoads(strapi);
    await ensureLocales(strapi);
    await shareExistingRelations(strapi);
    await lockDownPublicRole(strapi);
    await ensureSiteTokens(strapi);
    announcePublishedMediaChanges(strapi);
    await ensureRebuildWebhook(strapi);
    await ensureFirstAdmin(strapi);
    await ensureDemoEditor(strapi, await ensureEditorRole(strapi));
    await ensureModerationView(strapi);
    await startAlerts(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopAlerts(strapi);
  },
};
