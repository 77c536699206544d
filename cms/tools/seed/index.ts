import type { Core } from '@strapi/strapi';
import { DEMO_COLLECTIONS } from './collections.ts';
import { DocumentSeeder, type SeedReport } from './seed-documents.ts';
import { seedRegistrations } from './registrations.ts';
import { seedResponses } from './responses.ts';
import { syntheticCollections } from './synthetic.ts';

export { DEMO_COLLECTIONS } from './collections.ts';
export type { SeedReport } from './seed-documents.ts';

/** Loads the bilingual demo content. Idempotent: entries already present are left untouched. */
export async function seedDemo(strapi: Core.Strapi, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const seeder = new DocumentSeeder(strapi);
  for (const collection of DEMO_COLLECTIONS) {
    await seeder.seedCollection(collection);
    const name = collection.uid.split('.').pop();
    log(
      `  ${name}: ${seeder.report.created[collection.uid]} created, ${seeder.report.existing[collection.uid]} already there`,
    );
  }
  const responses = await seedResponses(strapi, seeder);
  log(`  response: ${responses.created} created, ${responses.existing} already there`);
  const registrations = await seedRegistrations(strapi, seeder);
  log(`  registration: ${registrations.created} created, ${registrations.existing} already there`);
  return seeder.report;
}

/** True when the database holds no content yet (taxonomies included). */
export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  for (const { uid } of DEMO_COLLECTIONS) {
    if ((await strapi.db.query(uid as never).count()) > 0) return false;
  }
  return true;
}

/**
 * Adds `size` synthetic documents (benchmarks), spread over the main types, on top of the demo
 * content they link to (seeded first if missing). Deterministic and idempotent for a given size.
 * Returns how many synthetic documents were new.
 */
export async function generateSynthetic(
  strapi: Core.Strapi,
  size: number,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ created: number; existing: number }> {
  const seeder = new DocumentSeeder(strapi);
  for (const collection of DEMO_COLLECTIONS) await seeder.seedCollection(collection);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const [demoCreated, demoExisting] = [sum(seeder.report.created), sum(seeder.report.existing)];
  let done = 0;
  for (const collection of syntheticCollections(size)) {
    await seeder.seedCollection(collection, () => onProgress(++done, size));
  }
  return { created: sum(seeder.report.created) - demoCreated, existing: sum(seeder.report.existing) - demoExisting };
}
