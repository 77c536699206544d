import type { Core } from '@strapi/strapi';

// A seminar published again after it took place, now with materials or conclusions, is sent to
// the people who held a place at it (src/api/registration/services/registrations.ts). The mail is
// queued once the publishing transaction has committed: the outbox writes on its own connection.

const SEMINAR_UID = 'api::seminar.seminar';

export function registerRegistrationRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== SEMINAR_UID || context.action !== 'publish') return next();
    const result = await next();
    const documentId = (context as unknown as { params: { documentId?: string } }).params.documentId;
    if (!documentId) return result;
    await strapi.db.transaction(async ({ onCommit }: { onCommit(callback: () => unknown): void }) => {
      onCommit(() =>
        (
          strapi.service('api::registration.registrations') as unknown as {
            seminarPublished(id: string): Promise<number>;
          }
        )
          .seminarPublished(documentId)
          .catch((error: Error) =>
            strapi.log.error(`[registrations] could not queue the materials mail: ${error.message}`),
          ),
      );
    });
    return result;
  });
}
