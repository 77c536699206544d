import type { z } from './zod.ts';

// A plain HTML form (posted without JavaScript) sends every value as text: a list as the same name
// repeated, an item of a repeatable group as `name.N.field`, a checkbox as "on" or nothing. The
// forms' islands send JSON instead. `formInput` turns the first into the second, guided by the
// submission schema, so that one validation (and one set of field errors) serves both.

/** A form post's fields as a body parser gives them: one value, or several for a repeated name. */
export type FormFields = Record<string, unknown>;

type Shape = Record<string, z.ZodType>;
type AnySchema = z.ZodType & {
  def: {
    type: string;
    innerType?: AnySchema;
    element?: AnySchema;
    shape?: Shape;
    in?: AnySchema;
    values?: unknown[];
  };
};

/** The schema under optional, default, nullable and pipes: what the value itself must be. */
function core(schema: z.ZodType): AnySchema {
  let inner = schema as AnySchema;
  for (;;) {
    const { type, innerType } = inner.def;
    if ((type === 'optional' || type === 'default' || type === 'nullable' || type === 'prefault') && innerType)
      inner = innerType;
    else if (type === 'pipe' && inner.def.in) inner = inner.def.in;
    else return inner;
  }
}

/**
 * A repeated name's values. Past its array limit, qs (which parses these bodies) gives an object
 * keyed 0, 1, 2, ... instead of a list: that is read as the list it is.
 */
function values(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined) return [];
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length && keys.every((key, index) => key === String(index))) return Object.values(value);
  }
  return [value];
}
const text = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** A checkbox's or a yes/no field's text as a boolean; anything else stays text for the schema to refuse. */
function yesNo(value: string): boolean | string {
  if (['on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  return value;
}

/** One field's text as the schema's type: empty is absent, numbers and yes/no are read. */
function scalar(schema: AnySchema, raw: unknown): unknown {
  // A repeated name where one value is expected: the schema reports it.
  if (Array.isArray(raw)) return raw.length === 1 ? scalar(schema, raw[0]) : raw;
  if (typeof raw !== 'string') return raw;
  // Browsers trim an email field themselves, not every other; the schemas trim texts again.
  const value = raw.trim();
  if (value === '') return undefined;
  switch (schema.def.type) {
    case 'number': {
      // People write "1 500" and "12,5"; anything else stays text and gets the schema's message.
      const number = Number(value.replace(/[\s\u00a0]/g, '').replace(',', '.'));
      return Number.isFinite(number) ? number : value;
    }
    case 'literal':
      // A box that must be ticked (`z.literal(true)`): read as a yes/no.
      return schema.def.values?.every((v) => typeof v === 'boolean') ? yesNo(value) : value;
    case 'boolean':
      return yesNo(value);
    default:
      return value;
  }
}

/** The items of a group posted as `name.N.field`, in order; rows left wholly empty are dropped. */
function groupItems(name: string, element: AnySchema, fields: FormFields): Record<string, unknown>[] {
  const shape = element.def.shape ?? {};
  const rows = new Map<number, Record<string, unknown>>();
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d{1,3})\\.(.+)$`);
  for (const [key, raw] of Object.entries(fields)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2]!;
    const row = rows.get(index) ?? {};
    row[field] = shape[field] ? scalar(core(shape[field]), raw) : raw;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((value) => value !== undefined));
}

/**
 * The JSON input a submission schema expects, from a plain form post's fields. Names the schema
 * does not know are passed on unchanged, so that the schema rejects them as it rejects them in JSON.
 */
export function formInput(schema: z.ZodType, fields: FormFields): Record<string, unknown> {
  const shape = (core(schema).def.shape ?? {}) as Shape;
  const input: Record<string, unknown> = {};
  const grouped = new Set<string>();
  for (const [name, field] of Object.entries(shape)) {
    const inner = core(field);
    if (inner.def.type === 'array') {
      const element = core(inner.def.element!);
      if (element.def.type === 'object') {
        const items = groupItems(name, element, fields);
        for (const key of Object.keys(fields)) if (key.startsWith(`${name}.`)) grouped.add(key);
        if (items.length) input[name] = items;
      } else if (name in fields) {
        const list = values(fields[name])
          .map(text)
          .filter((value) => value !== '')
          .map((value) => scalar(element, value));
        input[name] = list;
      }
    } else if (name in fields) {
      const value = scalar(inner, fields[name]);
      if (value !== undefined) input[name] = value;
    }
  }
  for (const [name, value] of Object.entries(fields)) {
    if (!(name in shape) && !grouped.has(name)) input[name] = value;
  }
  return input;
}
