import type { Core } from '@strapi/strapi';
import { DEMO_REGISTRATION_SEMINAR, demoRegistrations } from './demo/registrations.ts';
import type { DocumentSeeder } from './seed-documents.ts';

/**
 * Seeds the demo's registrations (confirmed, as if through the mail's link) for the past autumn
 * forum. Known by seminar and address: a second run adds nothing.
 */
export async function seedRegistrations(
  strapi: Core.Strapi,
  seeder: DocumentSeeder,
): Promise<{ created: number; existing: number }> {
  const seminar = seeder.placedId('api::seminar.seminar', DEMO_REGISTRATION_SEMINAR);
  const found = (await strapi.documents('api::seminar.seminar' as never).findOne({
    documentId: seminar,
    locale: 'lt',
    fields: ['startAt'],
  } as never)) as { startAt: string } | null;
  if (!found) return { created: 0, existing: 0 };
  const start = Date.parse(found.startAt);
  const registrations = strapi.service('api::registration.registrations') as unknown as {
    addConfirmed(seminar: string, people: unknown[]): Promise<number>;
  };
  const created = await registrations.addConfirmed(
    seminar,
    demoRegistrations.map(({ daysBefore, ...person }) => ({ ...person, confirmedAt: start - daysBefore * 86_400_000 })),
  );
  return { created, existing: demoRegistrations.length - created };
}
