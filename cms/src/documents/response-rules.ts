import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RESPONSE_UID } from '../api/response/services/respond';

// What holds for public responses whoever acts (an editor in the admin, code, a token):
// - a response its author has not confirmed cannot be published: the editors'
//   queue is the confirmed ones, and nothing unconfirmed is ever shown or sent to subscribers;
// - publishing one (again) marks it published and clears its readers' reports, so a response an
//   editor looked at after reports is not hidden again by the same reports; unpublishing one
//   marks it rejected;
// - a reply answers what its response answers (its entry is taken from the response);
// - no API token reads response drafts: the site build's token reads nothing but published
//   content anyway (site-build-token.ts), and the preview service's token, which may read drafts
//   to show an editor's entry, never needs the public's unpublished responses.

const MESSAGE = {
  unconfirmed:
    'Šio atsakymo autorius jo dar nepatvirtino, todėl jo skelbti negalima. / The author has not confirmed this response yet, so it cannot be published.',
};

type ResponseParams = { documentId?: string; status?: string; data?: Record<string, unknown> };

/** The document id a relation value in a write names (an id string, or the admin's `connect`). */
function namedDocument(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const connect = (value as { connect?: { documentId?: string }[] } | null)?.connect;
  return connect?.[0]?.documentId ?? null;
}

/**
 * A reply answers what its response answers: an editor writing an institution's answer picks the
 * response it replies to, and the entry (and follow-up action) come from it.
 */
async function answerWhatTheParentAnswers(strapi: Core.Strapi, params: ResponseParams) {
  const parentId = namedDocument(params.data?.parent);
  if (!params.data || !parentId) return;
  const parent = (await strapi.db.query(RESPONSE_UID as never).findOne({
    where: { documentId: parentId },
    select: ['target', 'targetDocumentId', 'targetPart', 'targetTitle'],
  } as never)) as Record<string, string | null> | null;
  if (!parent) return;
  for (const field of ['target', 'targetDocumentId', 'targetPart', 'targetTitle'])
    params.data[field] = parent[field] ?? null;
}

export function registerResponseRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== RESPONSE_UID) return next();
    const params = (context as unknown as { params: ResponseParams }).params;
    if (params.status === 'draft') {
      const auth = strapi.requestContext.get()?.state?.auth as { strategy?: { name?: string } } | undefined;
      if (/api-token$/.test(auth?.strategy?.name ?? ''))
        throw new errors.ForbiddenError('API tokens read published responses only');
    }
    if (context.action === 'create' || context.action === 'update') await answerWhatTheParentAnswers(strapi, params);
    if (context.action === 'unpublish' && params.documentId) {
      // Taken down by an editor: no longer "published" in the queue (readers' reports set "reported" after).
      const result = await next();
      await strapi.db.query(RESPONSE_UID as never).updateMany({
        where: { documentId: params.documentId, moderationStatus: 'published' },
        data: { moderationStatus: 'rejected' },
      } as never);
      return result;
    }
    if (context.action !== 'publish' || !params.documentId) return next();
    const draft = (await strapi.db.query(RESPONSE_UID as never).findOne({
      where: { documentId: params.documentId, publishedAt: null },
      select: ['moderationStatus'],
    } as never)) as { moderationStatus: string } | null;
    if (draft?.moderationStatus === 'unconfirmed') throw new errors.ApplicationError(MESSAGE.unconfirmed);
    const result = await next();
    await (strapi.service('api::response.respond') as unknown as { published(id: string): Promise<void> }).published(
      params.documentId,
    );
    return result;
  });
}
