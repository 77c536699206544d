import type { Core } from '@strapi/strapi';
import { adminLocale } from '../api/registration/services/organisers';
import { ADMIN_ROUTE_CONFIG, type AdminCtx, holds, registerAdminPermission } from './permission';

// Seminar registrations for their organisers, in the admin ("Seminar registrations" page): the
// seminars taking registration, a seminar's places and waiting list, its CSV export, attendance,
// and the participants count filled from it. Admin routes for those who hold the "Manage seminar
// registrations" permission (the Editor role and super admins); registrants' details are never
// logged.

export const MANAGE_REGISTRATIONS_ACTION = 'api::registrations.manage';

export function registerRegistrationsPermission(strapi: Core.Strapi) {
  registerAdminPermission(strapi, {
    category: 'seminar registrations',
    displayName: 'Manage seminar registrations',
    uid: 'registrations.manage',
  });
}

type Organisers = ReturnType<typeof import('../api/registration/services/organisers').default>;

export function registerRegistrationsAdminRoutes(strapi: Core.Strapi) {
  const organisers = () => strapi.service('api::registration.organisers') as unknown as Organisers;
  const allowed = (ctx: AdminCtx) =>
    holds(ctx, MANAGE_REGISTRATIONS_ACTION, 'You may not see or change seminar registrations');
  const notFound = (ctx: AdminCtx) => {
    ctx.status = 404;
    ctx.body = { error: 'No such seminar' };
  };
  const documentId = (ctx: AdminCtx) =>
    /^[a-z0-9]{1,32}$/.test(ctx.params.documentId ?? '') ? ctx.params.documentId! : null;
  const config = ADMIN_ROUTE_CONFIG;
  strapi.server.routes({
    type: 'admin',
    prefix: '/mip',
    routes: [
      {
        method: 'GET',
        path: '/registrations/seminars',
        config,
        handler: async (ctx: AdminCtx) => {
          if (!allowed(ctx)) return;
          ctx.body = { seminars: await organisers().seminars(adminLocale(ctx.query.locale)) };
        },
      },
      {
        method: 'GET',
        path: '/registrations/seminars/:documentId',
        config,
        handler: async (ctx: AdminCtx) => {
          if (!allowed(ctx)) return;
          const id = documentId(ctx);
          const found = id && (await organisers().registrations(id, adminLocale(ctx.query.locale)));
          if (!found) return notFound(ctx);
          ctx.body = found;
        },
      },
      {
        method: 'GET',
        path: '/registrations/seminars/:documentId/csv',
        config,
        handler: async (ctx: AdminCtx) => {
          if (!allowed(ctx)) return;
          const id = documentId(ctx);
          const file = id && (await organisers().csv(id, adminLocale(ctx.query.locale)));
          if (!file) return notFound(ctx);
          ctx.type = 'text/csv; charset=utf-8';
          ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
          // Registrants' details: never kept by a cache on the way.
          ctx.set('Cache-Control', 'no-store');
          ctx.body = file.body;
        },
      },
      {
        method: 'POST',
        path: '/registrations/seminars/:documentId/participants',
        config,
        handler: async (ctx: AdminCtx) => {
          if (!allowed(ctx)) return;
          const id = documentId(ctx);
          const participantsCount = id && (await organisers().fillParticipants(id));
          if (participantsCount == null) return notFound(ctx);
          ctx.body = { participantsCount };
        },
      },
      {
        method: 'PUT',
        path: '/registrations/:id/attendance',
        config,
        handler: async (ctx: AdminCtx) => {
          if (!allowed(ctx)) return;
          const attended = (ctx.request.body as { attended?: unknown } | undefined)?.attended;
          const id = Number(ctx.params.id);
          if (!Number.isInteger(id) || !(attended === true || attended === false || attended === null)) {
            ctx.status = 400;
            ctx.body = { error: 'Give the registration and attended: true, false or null' };
            return;
          }
          if (!(await organisers().setAttendance(id, attended))) {
            ctx.status = 404;
            ctx.body = { error: 'No place with this registration' };
            return;
          }
          ctx.body = { attended };
        },
      },
    ],
  } as never);
}
