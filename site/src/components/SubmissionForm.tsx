import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ATTACHMENT_EXTENSIONS,
  checkAttachmentList,
  contactMessage,
  goodPracticeSubmission,
  HONEYPOT_FIELD,
  partnerRequestSubmission,
  validateSubmission,
  type FieldErrors,
  type Locale,
} from '@mip/shared-types';

// One accessible form for every public submission (good practice, partner request, contact
// message), driven by a field list. It validates with the same schema as the CMS, shows an error
// summary that links to each field plus the message at the field, keeps what was typed in
// sessionStorage (an error, a failed request or a reload loses nothing) and confirms with the
// reference number. A repeatable group (the funding sources) is a field of kind 'group' whose
// items are stored under `name.<index>.<field>`, the paths the schema reports errors on.

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

interface Props {
  kind: FormKind;
  locale: Locale;
  endpoint: string;
  fields: FormField[];
  strings: FormStrings;
  /** Fixed values sent with the form (e.g. the recipient of a contact message). */
  fixed?: Record<string, string>;
  storageKey: string;
  /** The attachment size cap the CMS applies (SUBMISSION_MAX_FILE_MB). */
  maxFileMb?: number;
}

const SCHEMAS = {
  goodPractice: goodPracticeSubmission,
  partnerRequest: partnerRequestSubmission,
  contact: contactMessage,
};

type Values = Record<string, string | string[] | boolean>;

/** Sets `a.0.b` style paths: fields of a repeatable group (funding sources) become a list of objects. */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
}

/** How many items a group shows: stored with the values so a reload keeps them. */
const rowsKey = (group: string) => `${group}#rows`;
const rowsOf = (field: FormField, values: Values) =>
  Math.min(field.max ?? 10, Math.max(1, Number(values[rowsKey(field.name)]) || 1));
const itemLabel = (field: FormField, index: number) =>
  (field.itemLabel ?? field.label).replace('{n}', String(index + 1));

/** The fields as they are filled in: each group item's fields with their full path and a label naming the item. */
function concreteFields(fields: FormField[], values: Values): FormField[] {
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
function toInput(fields: FormField[], values: Values, locale: Locale, fixed: Record<string, string>) {
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

const fieldId = (name: string) => `field-${name.replace(/\./g, '-')}`;

/** From the error summary to the field: its input (or first checkbox) gets the focus. */
function focusField(name: string) {
  const target = document.getElementById(fieldId(name));
  const input = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target;
  target?.scrollIntoView({ block: 'center' });
  input?.focus();
}

/**
 * What a reader entered before the island hydrated: React leaves it in the fields without knowing,
 * and would clear it on the next render. A checkbox without a value of its own is a yes/no field;
 * the others belong to a group of choices.
 */
function enteredBeforeHydration(form: HTMLFormElement): { values: Values; files: File[] } {
  const values: Values = {};
  let files: File[] = [];
  for (const element of Array.from(form.elements)) {
    if (
      !(
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      ) ||
      !element.name
    )
      continue;
    if (element instanceof HTMLInputElement && element.type === 'file') {
      files = [...(element.files ?? [])];
    } else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      if (!element.checked) continue;
      if (!element.hasAttribute('value')) values[element.name] = true;
      else values[element.name] = [...((values[element.name] as string[] | undefined) ?? []), element.value];
    } else if (element.value !== '') {
      values[element.name] = element.value;
    }
  }
  return { values, files };
}

export default function SubmissionForm({
  kind,
  locale,
  endpoint,
  fields,
  strings,
  fixed = {},
  storageKey,
  maxFileMb = 10,
}: Props) {
  const [values, setValues] = useState<Values>({});
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<'idle' | 'sending' | 'done'>('idle');
  const [notice, setNotice] = useState('');
  const [reference, setReference] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  // Bumped whenever errors are shown, so the summary takes the focus after it has rendered.
  const [shownErrors, setShownErrors] = useState(0);
  // A field to focus once it has rendered (the first field of a group item just added).
  const [focusAfterRender, setFocusAfterRender] = useState<string | null>(null);

  useEffect(() => {
    if (shownErrors) summaryRef.current?.focus();
  }, [shownErrors]);
  useEffect(() => {
    if (status === 'done') doneRef.current?.focus();
  }, [status]);
  useEffect(() => {
    if (focusAfterRender) document.getElementById(fieldId(focusAfterRender))?.focus();
  }, [focusAfterRender]);

  // On hydration: what was kept from earlier in the session (storage), then what the reader has
  // typed meanwhile, which wins.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on hydration
  useEffect(() => {
    let saved: Values = {};
    try {
      saved = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
    } catch {
      // storage unavailable: the form still works, it just does not survive a reload
    }
    const early = formRef.current ? enteredBeforeHydration(formRef.current) : { values: {}, files: [] };
    if (Object.keys(saved).length || Object.keys(early.values).length) store(() => ({ ...saved, ...early.values }));
    if (early.files.length) setFiles(early.files);
  }, [storageKey]);

  const store = (change: (current: Values) => Values) => {
    setValues((current) => {
      const next = change(current);
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // ignore
      }
      return next;
    });
  };
  const update = (name: string, value: Values[string]) => store((current) => ({ ...current, [name]: value }));

  const addItem = (group: FormField) => {
    const rows = rowsOf(group, values);
    store((current) => ({ ...current, [rowsKey(group.name)]: String(rows + 1) }));
    setFocusAfterRender(`${group.name}.${rows}.${group.fields![0].name}`);
  };
  /** Removes one item; the later ones move up so no gap is left. */
  const removeItem = (group: FormField, index: number) => {
    const rows = rowsOf(group, values);
    store((current) => {
      const next = { ...current, [rowsKey(group.name)]: String(rows - 1) };
      for (let i = index; i < rows; i++) {
        for (const sub of group.fields ?? []) {
          const later = current[`${group.name}.${i + 1}.${sub.name}`];
          if (i + 1 < rows && later !== undefined) next[`${group.name}.${i}.${sub.name}`] = later;
          else delete next[`${group.name}.${i}.${sub.name}`];
        }
      }
      return next;
    });
    setErrors({});
    setFocusAfterRender(null);
    document.getElementById(fieldId(group.name))?.focus();
  };

  const showErrors = (found: FieldErrors, message = '') => {
    setErrors(found);
    setNotice(message);
    // The summary takes the focus so screen readers announce it and keyboard users start from it.
    setShownErrors((n) => n + 1);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { input, remap } = toInput(fields, values, locale, fixed);
    const checked = validateSubmission(SCHEMAS[kind], input, locale);
    const fileErrors = checkAttachmentList(files, locale, maxFileMb);
    if (!checked.ok || Object.keys(fileErrors).length)
      return showErrors({ ...(checked.ok ? {} : remap(checked.errors)), ...fileErrors });
    setStatus('sending');
    setErrors({});
    setNotice('');
    try {
      let body: BodyInit;
      const headers: Record<string, string> = { 'accept-language': locale };
      if (files.length) {
        const form = new FormData();
        form.set('data', JSON.stringify(input));
        for (const file of files) form.append('files', file, file.name);
        body = form;
      } else {
        body = JSON.stringify(input);
        headers['content-type'] = 'application/json';
      }
      const response = await fetch(endpoint, { method: 'POST', body, headers });
      const answer = (await response.json().catch(() => ({}))) as { reference?: string; errors?: FieldErrors };
      if (response.status === 201 && answer.reference) {
        setReference(answer.reference);
        setStatus('done');
        sessionStorage.removeItem(storageKey);
        return;
      }
      setStatus('idle');
      if (response.status === 400 && answer.errors) return showErrors(remap(answer.errors));
      showErrors({}, response.status === 429 ? strings.rateLimited : (answer.errors?._form ?? strings.serverError));
    } catch {
      setStatus('idle');
      showErrors({}, strings.networkError);
    }
  }

  if (status === 'done') {
    return (
      <div className="confirmation" tabIndex={-1} ref={doneRef} role="status" data-testid="confirmation">
        <h2>{strings.confirmationTitle}</h2>
        <p>{strings.confirmation}</p>
        <p>
          {strings.reference}: <strong data-testid="reference">{reference}</strong>
        </p>
      </div>
    );
  }

  const errorEntries = Object.entries(errors);
  const concrete = concreteFields(fields, values);
  const known = new Map([...fields, ...concrete].map((f) => [f.name, f]));
  // An error belongs to the field with exactly that path, else to the nearest field its path starts with.
  const fieldOf = (path: string): string | null => {
    for (let keys = path.split('.'); keys.length; keys.pop()) if (known.has(keys.join('.'))) return keys.join('.');
    return null;
  };
  const errorAt = (name: string) =>
    errorEntries
      .filter(([path]) => fieldOf(path) === name)
      .map(([, message]) => message)
      .join(' ') || undefined;

  function renderField(field: FormField) {
    const id = fieldId(field.name);
    const error = errorAt(field.name);
    const describedBy =
      [field.help && `${id}-help`, error && `${id}-error`, field.maxLength && `${id}-count`]
        .filter(Boolean)
        .join(' ') || undefined;
    const value = values[field.name];
    const text = typeof value === 'string' ? value : '';
    const label = (
      <>
        {field.label} <span className="field-note">({field.required ? strings.required : strings.optional})</span>
      </>
    );
    const help = field.help && (
      <p className="field-help" id={`${id}-help`}>
        {field.help}
      </p>
    );
    const message = error && (
      <p className="field-error" id={`${id}-error`}>
        {error}
      </p>
    );
    const counter = field.maxLength && (
      <p className="field-count" id={`${id}-count`} aria-live="polite">
        {strings.charactersLeft.replace('{n}', String(field.maxLength - text.length))}
      </p>
    );
    const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
    const heading = field.section && <h2 className="form-section">{field.section}</h2>;

    if (field.kind === 'group') {
      const rows = rowsOf(field, values);
      return (
        <div key={field.name}>
          {heading}
          <fieldset
            className={`field group${error ? ' field-invalid' : ''}`}
            aria-describedby={describedBy}
            id={id}
            tabIndex={-1}
          >
            <legend>{label}</legend>
            {help}
            {message}
            {Array.from({ length: rows }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are numbered positions (name.0.funder), not identities
              <fieldset className="group-item" key={index} data-testid={`${field.name}-item`}>
                <legend>{itemLabel(field, index)}</legend>
                {(field.fields ?? []).map((sub) =>
                  renderField(concrete.find((f) => f.name === `${field.name}.${index}.${sub.name}`) ?? sub),
                )}
                {rows > 1 && (
                  <button type="button" className="secondary" onClick={() => removeItem(field, index)}>
                    {strings.remove}
                    <span className="visually-hidden"> {itemLabel(field, index)}</span>
                  </button>
                )}
              </fieldset>
            ))}
            {rows < (field.max ?? 10) && field.addLabel && (
              <button type="button" className="secondary" onClick={() => addItem(field)}>
                {field.addLabel}
              </button>
            )}
          </fieldset>
        </div>
      );
    }
    if (field.kind === 'checkboxes') {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <div key={field.name}>
          {heading}
          <fieldset
            className={`field${error ? ' field-invalid' : ''}`}
            aria-describedby={describedBy}
            id={id}
            tabIndex={-1}
          >
            <legend>{label}</legend>
            {help}
            {message}
            <div className="choices">
              {field.options?.map((option) => (
                <label key={option.value} className="choice">
                  <input
                    type="checkbox"
                    name={field.name}
                    value={option.value}
                    checked={chosen.includes(option.value)}
                    onChange={(e) =>
                      update(
                        field.name,
                        e.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value),
                      )
                    }
                  />{' '}
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      );
    }
    if (field.kind === 'checkbox') {
      return (
        <div key={field.name} className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
          {heading}
          {message}
          <label className="choice">
            <input
              type="checkbox"
              {...common}
              checked={value === true}
              onChange={(e) => update(field.name, e.target.checked)}
            />{' '}
            {field.label}
          </label>
          {help}
        </div>
      );
    }
    return (
      <div key={field.name}>
        {heading}
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={id}>{label}</label>
          {help}
          {message}
          {field.kind === 'textarea' ? (
            <textarea {...common} rows={6} value={text} onChange={(e) => update(field.name, e.target.value)} />
          ) : field.kind === 'select' ? (
            <select {...common} value={text} onChange={(e) => update(field.name, e.target.value)}>
              <option value="">{strings.chooseOne}</option>
              {field.options?.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : field.kind === 'files' ? (
            <>
              <input
                {...common}
                type="file"
                multiple
                accept={ATTACHMENT_EXTENSIONS.map((ext) => `.${ext}`).join(',')}
                onChange={(e) => setFiles([...(e.target.files ?? [])])}
              />
              <p className="field-help">{strings.filesHelp.replace('{mb}', String(maxFileMb))}</p>
            </>
          ) : (
            <input
              {...common}
              type={field.kind}
              value={text}
              inputMode={field.kind === 'number' ? 'numeric' : undefined}
              autoComplete={field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : undefined}
              onChange={(e) => update(field.name, e.target.value)}
            />
          )}
          {counter}
        </div>
      </div>
    );
  }

  return (
    <form ref={formRef} className="submission-form" noValidate onSubmit={onSubmit}>
      <div
        ref={summaryRef}
        tabIndex={-1}
        className={errorEntries.length || notice ? 'error-summary' : undefined}
        role={errorEntries.length || notice ? 'alert' : undefined}
        data-testid="error-summary"
      >
        {(errorEntries.length > 0 || notice) && (
          <>
            <h2>{strings.errorSummary}</h2>
            {notice && <p>{notice}</p>}
            <ul>
              {errorEntries.map(([path, message]) => {
                const name = fieldOf(path);
                return (
                  <li key={path}>
                    {name ? (
                      <a
                        href={`#${fieldId(name)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          focusField(name);
                        }}
                      >
                        {known.get(name)?.summaryLabel ?? known.get(name)?.label}: {message}
                      </a>
                    ) : (
                      message
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>

      {fields.map(renderField)}

      {/* A trap for bots: hidden from people and from assistive technology. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={fieldId(HONEYPOT_FIELD)}>{strings.honeypot}</label>
        <input
          id={fieldId(HONEYPOT_FIELD)}
          name={HONEYPOT_FIELD}
          tabIndex={-1}
          autoComplete="off"
          value={String(values[HONEYPOT_FIELD] ?? '')}
          onChange={(e) => update(HONEYPOT_FIELD, e.target.value)}
        />
      </div>

      <button type="submit" disabled={status === 'sending'}>
        {status === 'sending' ? strings.sending : strings.send}
      </button>
    </form>
  );
}
