import type { Core } from '@strapi/strapi';
import { toSlug, type Locale } from '@mip/shared-types';
import type { DemoCollection } from './collections.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoPdf } from './demo-pdf.ts';
import { demoPicture } from './demo-picture.ts';
import type { DemoEntry, DemoFile, DemoPicture } from './types.ts';

type Attribute = {
  type: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  relation?: string;
  multiple?: boolean;
};
type Schema = { attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };

/** Where an entry already in the database lives, so later entries can link to it. */
interface Placed {
  documentId: string;
  locales: Set<Locale>;
}

export interface SeedReport {
  created: Record<string, number>;
  existing: Record<string, number>;
}

/**
 * Writes entries through the Document Service: Lithuanian first, then the English localization,
 * then publishes (unless the entry is a draft). An entry whose Lithuanian slug is already in the
 * database is left alone, so running a seed twice changes nothing and never overwrites an
 * editor's changes.
 */
export class DocumentSeeder {
  private readonly placed = new Map<string, Map<string, Placed>>();
  readonly report: SeedReport = { created: {}, existing: {} };

  private readonly strapi: Core.Strapi;

  constructor(strapi: Core.Strapi) {
    this.strapi = strapi;
  }

  async seedCollection(collection: DemoCollection, onEntry?: () => void) {
    const { uid } = collection;
    const schema = this.schema(uid);
    const placedHere = this.placedFor(uid);
    this.report.created[uid] ??= 0;
    this.report.existing[uid] ??= 0;

    for (const entry of collection.entries) {
      const slug = toSlug(String(entry.lt[collection.titleField]));
      const existing = await this.findBySlug(uid, slug);
      if (existing) {
        placedHere.set(entry.key, existing);
        this.report.existing[uid]++;
      } else {
        placedHere.set(entry.key, await this.create(uid, schema, collection, entry, slug));
        this.report.created[uid]++;
      }
      onEntry?.();
      // SQLite answers synchronously: without a turn of the event loop, what the CMS does after
      // each write (its event subscribers, timers) would wait, and pile up, until the whole run ends.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async create(
    uid: string,
    schema: Schema,
    collection: DemoCollection,
    entry: DemoEntry,
    slug: string,
  ): Promise<Placed> {
    const documents = this.strapi.documents(uid as never);
    const media = await this.uploadFiles(schema, entry);
    const lt = (await documents.create({
      locale: 'lt',
      data: { ...this.dataFor(schema, entry, 'lt', slug), ...media },
    } as never)) as { documentId: string };
    const placed: Placed = { documentId: lt.documentId, locales: new Set(['lt']) };
    if (entry.en) {
      const enSlug = toSlug(String(entry.en[collection.titleField]));
      await documents.update({
        documentId: lt.documentId,
        locale: 'en',
        data: { ...this.dataFor(schema, entry, 'en', enSlug), ...media },
      } as never);
      placed.locales.add('en');
    }
    if (schema.options?.draftAndPublish && !entry.draft) {
      await documents.publish({ documentId: lt.documentId, locale: '*' } as never);
    }
    return placed;
  }

  private dataFor(schema: Schema, entry: DemoEntry, locale: Locale, slug: string) {
    const text = locale === 'lt' ? entry.lt : entry.en!;
    const data: Record<string, unknown> = { ...entry.data, ...text, slug };
    for (const [field, value] of Object.entries(data)) {
      const attribute = schema.attributes[field];
      if (attribute?.type === 'component' && value) data[field] = this.resolveComponentLinks(attribute, value, locale);
    }
    for (const [field, keys] of Object.entries(entry.links ?? {})) {
      const attribute = schema.attributes[field];
      if (attribute?.type !== 'relation' || !attribute.target) throw new Error(`${field} is not a relation`);
      data[field] = Array.isArray(keys)
        ? keys.map((key) => this.documentIdOf(attribute.target!, key, locale)).filter(Boolean)
        : this.documentIdOf(attribute.target, keys, locale);
    }
    return data;
  }

  /** Uploads an entry's demo files through Strapi's upload service; media field -> file id(s). */
  private async uploadFiles(schema: Schema, entry: DemoEntry): Promise<Record<string, number | number[]>> {
    const media: Record<string, number | number[]> = {};
    for (const [field, files] of Object.entries(entry.files ?? {})) {
      const attribute = schema.attributes[field];
      if (attribute?.type !== 'media') throw new Error(`${field} is not a media field`);
      const ids = await Promise.all(files.map((file) => this.upload(file)));
      media[field] = attribute.multiple ? ids : ids[0];
    }
    return media;
  }

  private async upload(file: DemoFile | DemoPicture): Promise<number> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-seed-'));
    try {
      const picture = 'palette' in file;
      const bytes = picture ? await demoPicture(file.palette, ...(file.size ?? [])) : demoPdf(file.title, file.lines);
      const filepath = path.join(dir, picture ? 'file.jpg' : 'file.pdf');
      writeFileSync(filepath, bytes);
      const [uploaded] = (await this.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: file.name, ...(picture ? {} : { caption: file.title }) } },
          files: {
            filepath,
            originalFilename: file.name,
            mimetype: picture ? 'image/jpeg' : 'application/pdf',
            size: bytes.length,
          },
        })) as { id: number }[];
      return uploaded.id;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Components (seminar follow-up actions) may link to other documents by key too.
  private resolveComponentLinks(attribute: Attribute, value: unknown, locale: Locale) {
    const componentSchema = this.strapi.components[
      attribute.component as keyof typeof this.strapi.components
    ] as unknown as Schema;
    const resolveItem = (item: Record<string, unknown>) => {
      const resolved = { ...item };
      for (const [field, fieldValue] of Object.entries(item)) {
        const target =
          componentSchema.attributes[field]?.type === 'relation' ? componentSchema.attributes[field].target : undefined;
        if (target && typeof fieldValue === 'string') resolved[field] = this.documentIdOf(target, fieldValue, locale);
      }
      return resolved;
    };
    return Array.isArray(value) ? value.map(resolveItem) : resolveItem(value as Record<string, unknown>);
  }

  /** The document id of a seeded entry, by its collection and key. */
  placedId(uid: string, key: string): string {
    const placed = this.placed.get(uid)?.get(key);
    if (!placed) throw new Error(`Nothing seeded as ${uid} "${key}"`);
    return placed.documentId;
  }

  /** The linked document's id, or null when it has no version in this locale (nothing to link to). */
  private documentIdOf(targetUid: string, key: string, locale: Locale): string | null {
    const placed = this.placed.get(targetUid)?.get(key);
    if (!placed) throw new Error(`Seed data links to unknown ${targetUid} "${key}"`);
    return placed.locales.has(locale) ? placed.documentId : null;
  }

  private async findBySlug(uid: string, slug: string): Promise<Placed | null> {
    const documents = this.strapi.documents(uid as never);
    const found = (await documents.findFirst({ locale: 'lt', filters: { slug }, fields: ['documentId'] } as never)) as {
      documentId: string;
    } | null;
    if (!found) return null;
    const english = await documents.findOne({
      documentId: found.documentId,
      locale: 'en',
      fields: ['documentId'],
    } as never);
    return { documentId: found.documentId, locales: new Set(english ? ['lt', 'en'] : ['lt']) };
  }

  private schema(uid: string): Schema {
    const schema = this.strapi.contentTypes[uid as keyof typeof this.strapi.contentTypes] as unknown as
      | Schema
      | undefined;
    if (!schema) throw new Error(`Unknown content type ${uid}`);
    return schema;
  }

  private placedFor(uid: string) {
    let map = this.placed.get(uid);
    if (!map) {
      map = new Map();
      this.placed.set(uid, map);
    }
    return map;
  }
}
