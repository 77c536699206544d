import {
  contactMessage,
  goodPracticeSubmission,
  HONEYPOT_FIELD,
  partnerRequestSubmission,
  type FieldErrors,
  type Locale,
} from '@mip/shared-types';

// The public forms' model, without React: the field list, the values as typed, the input the
// schema checks, and where an error belongs. A repeatable group (the funding sources) is a field
// of kind 'group' whose items are stored under `name.<index>.<field>`, the paths the schema reports
// errors on. Unit tests: site/test/submission-model.test.ts.

export type FormKind = 'goodPractice' | 'partnerRequest' | 'contact';

export interface FieldOption {
  value: string;
  label: string;
}

export interface FormField {
  name: string;
  label: string;
  help?: string;
  kind:
    | 'text'
    | 'textarea'
    | 'email'
    | 'tel'
    | 'date'
    | 'number'
    | 'select'
    | 'checkboxes'
    | 'checkbox'
    | 'files'
    | 'group';
  required?: boolean;
  maxLength?: number;
  options?: FieldOption[];
  /** Heading of the group of fields this one starts. */
  section?: string;
  /** A group's fields (names relative to one item), repeated up to `max` times. */
  fields?: FormField[];
  max?: number;
  /** A group's item heading, with `{n}` for its number. */
  itemLabel?: string;
  addLabel?: string;
  /** Set on a group item's field: its label naming the item, for the error summary. */
  summaryLabel?: string;
}

export interface FormStrings {
  required: string;
  optional: string;
  send: string;
  sending: string;
  errorSummary: string;
  networkError: string;
  rateLimited: string;
  serverError: string;
  confirmationTitle: string;
  confirmation: string;
  reference: string;
  charactersLeft: string;
  chooseOne: string;
  honeypot: string;
  filesHelp: string;
  remove: string;
}

/** The schema each form is checked with, in the browser and by the CMS. */
export const SCHEMAS = {
  goodPractice: goodPracticeSubmission,
  partnerRequest: partnerRequestSubmission,
  contact: contactMessage,
};

export type Values = Record<string, string | string[] | boolean>;

/** Sets `a.0.b` style paths: fields of a repeatable group (funding sources) become a list of objects. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
}

/** How many items a group shows: stored with the values so a reload keeps them. */
export const rowsKey = (group: string) => `${group}#rows`;
export const rowsOf = (field: FormField, values: Values) =>
  Math.min(field.max ?? 10, Math.max(1, Number(values[rowsKey(field.name)]) || 1));
export const itemLabel = (field: FormField, index: number) =>
  (field.itemLabel ?? field.label).replace('{n}', String(index + 1));

/** The fields as they are filled in: each group item's fields with their full path and a label naming the item. */
export function concreteFields(fields: FormField[], values: Values): FormField[] {
  return fields.flatMap((field) =>
    field.kind === 'group'
      ? Array.from({ length: rowsOf(field, values) }, (_, index) =>
          (field.fields ?? []).map((sub) => ({
            ...sub,
            name: `${field.name}.${index}.${sub.name}`,
            summaryLabel: `${sub.label} (${itemLabel(field, index)})`,
          })),
        ).flat()
      : [field],
  );
}

/**
 * The typed values as the schema expects them: numbers as numbers, empty optional fields and
 * empty group items left out. `remap` turns error paths on the sent items back into the items
 * as shown (the third item shown may be the second one sent).
 */
export function toInput(fields: FormField[], values: Values, locale: Locale, fixed: Record<string, string>) {
  const input: Record<string, unknown> = { locale, ...fixed };
  for (const field of concreteFields(fields, values)) {
    const value = values[field.name];
    if (field.kind === 'files') continue;
    if (field.kind === 'checkboxes') input[field.name] = Array.isArray(value) ? value : [];
    else if (field.kind === 'checkbox') input[field.name] = value === true;
    else if (typeof value === 'string' && value.trim() !== '')
      setPath(input, field.name, field.kind === 'number' ? Number(value) : value);
  }
  const shownIndex = new Map<string, number[]>();
  for (const field of fields) {
    const items = input[field.name];
    if (field.kind !== 'group' || !Array.isArray(items)) continue;
    shownIndex.set(
      field.name,
      [...items.keys()].filter((i) => items[i] !== undefined),
    );
    input[field.name] = items.filter((item) => item !== undefined);
  }
  if (values[HONEYPOT_FIELD]) input[HONEYPOT_FIELD] = values[HONEYPOT_FIELD];
  const remap = (errors: FieldErrors): FieldErrors =>
    Object.fromEntries(
      Object.entries(errors).map(([path, message]) => {
        const [group, index, ...rest] = path.split('.');
        const shown = shownIndex.get(group)?.[Number(index)];
        return [shown === undefined ? path : [group, shown, ...rest].join('.'), message];
      }),
    );
  return { input, remap };
}

export { formFieldId as fieldId } from '@mip/shared-types';

/** The values after removing one group item: the later ones move up so no gap is left. */
export function withoutItem(current: Values, group: FormField, index: number): Values {
  const rows = rowsOf(group, current);
  const next = { ...current, [rowsKey(group.name)]: String(rows - 1) };
  for (let i = index; i < rows; i++) {
    for (const sub of group.fields ?? []) {
      const later = current[`${group.name}.${i + 1}.${sub.name}`];
      if (i + 1 < rows && later !== undefined) next[`${group.name}.${i}.${sub.name}`] = later;
      else delete next[`${group.name}.${i}.${sub.name}`];
    }
  }
  return next;
}

/**
 * Where each error is shown: at the field with exactly its path, else at the nearest field its
 * path starts with (null: only in the summary).
 */
export function errorPlaces(fields: FormField[], values: Values, errors: FieldErrors) {
  const concrete = concreteFields(fields, values);
  const known = new Map([...fields, ...concrete].map((f) => [f.name, f]));
  const fieldOf = (path: string): string | null => {
    for (let keys = path.split('.'); keys.length; keys.pop()) if (known.has(keys.join('.'))) return keys.join('.');
    return null;
  };
  const entries = Object.entries(errors);
  const errorAt = (name: string) =>
    entries
      .filter(([path]) => fieldOf(path) === name)
      .map(([, message]) => message)
      .join(' ') || undefined;
  return { entries, concrete, known, fieldOf, errorAt };
}
