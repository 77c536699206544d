import type { Core } from '@strapi/strapi';

// Strapi's GraphQL resolves every relation, component and media field of every entry with a
// database query of its own (`db.entityManager.load`, one entry at a time): reading a page of 100
// entries the way the site does costs 13 to 22 queries an entry (measured on the demo content),
// where the Document Service's populate needs one query a field for the whole page. This gathers
// the loads asked for in the same turn of the event loop for the same field with the same
// parameters (GraphQL asks for a field of all the entries of a list at once) and makes them one
// query for all their entries, the way DataLoader does; each entry then gets its own part, with
// the offset and limit applied to it alone, as its own query would have.

type Row = { id: number } & Record<string, unknown>;
type Params = Record<string, unknown>;
type EntityManager = {
  load(uid: string, entity: { id?: number }, fields: string | string[], populate?: unknown): Promise<unknown>;
  findMany(uid: string, query: Params): Promise<Row[]>;
};

interface Batch {
  uid: string;
  field: string;
  params: Params;
  waiting: { id: number; resolve(value: unknown): void; reject(error: unknown): void }[];
}

/** A key for parameters that are the same whatever the order of their keys. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableKey((value as Params)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Where the entity manager keeps its own `load` (one entry at a time) once batched: on the manager
 * itself, under a registered symbol, so a second copy of this module (a test's) finds it too.
 */
const UNBATCHED = Symbol.for('mip.unbatchedLoad');
type Batchable = EntityManager & { [UNBATCHED]?: EntityManager['load'] };

/** Installs the batching on the running CMS's entity manager. */
export function batchRelationLoads(strapi: Core.Strapi) {
  const manager = strapi.db.entityManager as unknown as Batchable;
  if (manager[UNBATCHED]) return;
  const single = manager.load.bind(manager);
  manager[UNBATCHED] = single;
  const queue = new Map<string, Batch>();

  /**
   * Whether a load can share a query: one relation (not a polymorphic target) of one saved entry,
   * outside a transaction (whose queries must stay its own: what reads share runs outside any).
   */
  const batchable = (uid: string, entity: { id?: number } | null, fields: string | string[]) => {
    if (typeof fields !== 'string' || typeof entity?.id !== 'number' || strapi.db.inTransaction()) return false;
    const attribute = strapi.db.metadata.get(uid)?.attributes[fields] as
      | { type?: string; relation?: string }
      | undefined;
    return attribute?.type === 'relation' && !String(attribute.relation).startsWith('morphTo');
  };

  async function flush(key: string) {
    const batch = queue.get(key)!;
    queue.delete(key);
    const { waiting, uid, field, params } = batch;
    if (waiting.length === 1) {
      const [only] = waiting;
      single(uid, { id: only!.id }, field, Object.keys(params).length ? params : undefined).then(
        only!.resolve,
        only!.reject,
      );
      return;
    }
    // Offset and limit are per entry: the shared query reads each entry's whole list, in the same order.
    const { limit, offset, ...shared } = params as Params & { limit?: number; offset?: number };
    try {
      const rows = await manager.findMany(uid, {
        select: ['id'],
        where: { id: { $in: [...new Set(waiting.map((w) => w.id))] } },
        populate: { [field]: Object.keys(shared).length ? shared : true },
      });
      const byId = new Map(rows.map((row) => [row.id, row[field]]));
      for (const { id, resolve } of waiting) {
        if (!byId.has(id)) {
          resolve(null);
          continue;
        }
        const value = byId.get(id);
        const from = typeof offset === 'number' ? offset : 0;
        resolve(
          Array.isArray(value) && (typeof limit === 'number' || from > 0)
            ? value.slice(from, typeof limit === 'number' && limit >= 0 ? from + limit : undefined)
            : value,
        );
      }
    } catch (error) {
      for (const { reject } of waiting) reject(error);
    }
  }

  manager.load = (uid, entity, fields, populate) => {
    if (!batchable(uid, entity, fields)) return single(uid, entity, fields, populate);
    const params = populate && typeof populate === 'object' ? (populate as Params) : {};
    const field = fields as string;
    const key = `${uid}\u0000${field}\u0000${stableKey(params)}`;
    return new Promise((resolve, reject) => {
      let batch = queue.get(key);
      if (!batch) {
        batch = { uid, field, params, waiting: [] };
        queue.set(key, batch);
        // After the promise jobs of this turn: every entry of the list has asked by then.
        setImmediate(() => void flush(key));
      }
      batch.waiting.push({ id: entity.id as number, resolve, reject });
    });
  };
}

/** Runs `work` with Strapi's own one-at-a-time loads (to compare against, in tests). */
export async function withoutBatching<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  const manager = strapi.db.entityManager as unknown as Batchable;
  const batched = manager.load;
  if (!manager[UNBATCHED]) throw new Error('The CMS does not batch its loads');
  manager.load = manager[UNBATCHED];
  try {
    return await work();
  } finally {
    manager.load = batched;
  }
}
