import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '@mip/shared-types';
import { demoResponsePart, demoResponses } from './demo/responses.ts';
import type { DocumentSeeder } from './seed-documents.ts';

const UID = CONTENT_TYPES.responses.uid;

/**
 * Seeds the demo's published responses (after the entries they answer). A response has no slug:
 * one already there is known by its author's name and its entry, so a second run adds nothing.
 */
export async function seedResponses(
  strapi: Core.Strapi,
  seeder: DocumentSeeder,
): Promise<{ created: number; existing: number }> {
  const documents = strapi.documents(UID as never);
  const placed = new Map<string, string>();
  let created = 0;
  let existing = 0;
  for (const response of demoResponses) {
    const targetDocumentId = seeder.placedId(CONTENT_TYPES[response.target].uid, response.entry);
    const found = (await documents.findFirst({
      filters: { displayName: response.displayName, targetDocumentId },
      fields: ['documentId'],
    } as never)) as { documentId: string } | null;
    if (found) {
      placed.set(response.key, found.documentId);
      existing++;
      continue;
    }
    const at = new Date(Date.now() - response.daysAgo * 86_400_000).toISOString();
    const title = (await strapi.documents(CONTENT_TYPES[response.target].uid as never).findOne({
      documentId: targetDocumentId,
      locale: 'lt',
      fields: ['title'],
    } as never)) as { title: string } | null;
    const document = (await documents.create({
      data: {
        target: response.target,
        targetDocumentId,
        targetPart: demoResponsePart(response),
        targetTitle: title?.title ?? null,
        parent: response.reply ? placed.get(response.reply) : null,
        stance: response.stance,
        body: response.body,
        displayName: response.displayName,
        organisation: response.organisation
          ? seeder.placedId('api::organisation.organisation', response.organisation)
          : null,
        institutionAnswer: !!response.institutionAnswer,
        language: response.language,
        moderationStatus: 'waiting',
        consentAt: at,
        confirmedAt: at,
      },
    } as never)) as { documentId: string };
    await documents.publish({ documentId: document.documentId } as never);
    // Dated as if published over the last days (the page lists them oldest first).
    await strapi.db.query(UID as never).updateMany({
      where: { documentId: document.documentId, publishedAt: { $notNull: true } },
      data: { publishedAt: at },
    } as never);
    placed.set(response.key, document.documentId);
    created++;
  }
  return { created, existing };
}
