import type { Core } from '@strapi/strapi';

// The platform's own admin permissions (beside Strapi's): each a settings action the Editor role
// holds (bootstrap/editor-role.ts) and super admins get with every action, guarding admin routes
// under /admin/mip and the admin page that uses them.

export type AdminCtx = {
  query: Record<string, unknown>;
  params: Record<string, string>;
  request: { body?: unknown };
  state: { userAbility?: { can(action: string): boolean } };
  body: unknown;
  status: number;
  set(name: string, value: string): void;
  type: string;
};

/** Registers `api::<uid>` (register phase, before the admin gives super admins every action). */
export function registerAdminPermission(
  strapi: Core.Strapi,
  permission: { uid: string; category: string; displayName: string },
) {
  strapi.admin.services.permission.actionProvider.registerMany([{ section: 'settings', ...permission }]);
}

/** Whether the signed-in admin holds `action`; answers 403 saying what for when not. */
export function holds(ctx: AdminCtx, action: string, refusal: string): boolean {
  if (ctx.state.userAbility?.can(action)) return true;
  ctx.status = 403;
  ctx.body = { error: refusal };
  return false;
}

/** What every such route asks first: a signed-in admin. */
export const ADMIN_ROUTE_CONFIG = { policies: ['admin::isAuthenticatedAdmin'] };
