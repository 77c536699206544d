import type { ReactNode } from 'react';
import { ATTACHMENT_EXTENSIONS } from '@mip/shared-types';
import { fieldId, itemLabel, rowsOf, type FormField, type FormStrings, type Values } from './model.ts';

// One small component per kind of field. Each gets the field, where its error is, and what it may
// change; labels say whether a field is required, help and errors are tied to it for screen
// readers, and a text with a limit counts down what is left.

export interface FieldContext {
  values: Values;
  strings: FormStrings;
  maxFileMb: number;
  /** The field's error message, if any. */
  errorAt: (name: string) => string | undefined;
  /** The fields as filled in (each group item's fields with their full path). */
  concrete: FormField[];
  update: (name: string, value: Values[string]) => void;
  setFiles: (files: File[]) => void;
  addItem: (group: FormField) => void;
  removeItem: (group: FormField, index: number) => void;
}

interface FieldProps {
  field: FormField;
  form: FieldContext;
}

/** The parts every kind of field shows: label, help, error, the characters left. */
function parts({ field, form }: FieldProps) {
  const id = fieldId(field.name);
  const error = form.errorAt(field.name);
  const describedBy =
    [field.help && `${id}-help`, error && `${id}-error`, field.maxLength && `${id}-count`].filter(Boolean).join(' ') ||
    undefined;
  const value = form.values[field.name];
  const text = typeof value === 'string' ? value : '';
  const label = (
    <>
      {field.label}{' '}
      <span className="field-note">({field.required ? form.strings.required : form.strings.optional})</span>
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
      {form.strings.charactersLeft.replace('{n}', String(field.maxLength - text.length))}
    </p>
  );
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  const heading: ReactNode = field.section && <h2 className="form-section">{field.section}</h2>;
  return { id, error, describedBy, value, text, label, help, message, counter, common, heading };
}

type Parts = ReturnType<typeof parts>;

export function FieldView(props: FieldProps) {
  switch (props.field.kind) {
    case 'group':
      return <GroupField {...props} />;
    case 'checkboxes':
      return <ChoicesField {...props} />;
    case 'checkbox':
      return <CheckboxField {...props} />;
    default:
      return <InputField {...props} />;
  }
}

/** A field of several inputs: a fieldset named by its legend, with its help and error, under its heading. */
function Fieldset({ className, parts: p, children }: { className: string; parts: Parts; children: ReactNode }) {
  return (
    <div>
      {p.heading}
      <fieldset
        className={`${className}${p.error ? ' field-invalid' : ''}`}
        aria-describedby={p.describedBy}
        id={p.id}
        tabIndex={-1}
      >
        <legend>{p.label}</legend>
        {p.help}
        {p.message}
        {children}
      </fieldset>
    </div>
  );
}

/** A repeatable group (the funding sources): numbered items, each removable, and a button to add one. */
function GroupField({ field, form }: FieldProps) {
  const rows = rowsOf(field, form.values);
  return (
    <Fieldset className="field group" parts={parts({ field, form })}>
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are numbered positions (name.0.funder), not identities
        <fieldset className="group-item" key={index} data-testid={`${field.name}-item`}>
          <legend>{itemLabel(field, index)}</legend>
          {(field.fields ?? []).map((sub) => {
            const item = form.concrete.find((f) => f.name === `${field.name}.${index}.${sub.name}`) ?? sub;
            return <FieldView key={item.name} field={item} form={form} />;
          })}
          {rows > 1 && (
            <button type="button" className="secondary" onClick={() => form.removeItem(field, index)}>
              {form.strings.remove}
              <span className="visually-hidden"> {itemLabel(field, index)}</span>
            </button>
          )}
        </fieldset>
      ))}
      {rows < (field.max ?? 10) && field.addLabel && (
        <button type="button" className="secondary" onClick={() => form.addItem(field)}>
          {field.addLabel}
        </button>
      )}
    </Fieldset>
  );
}

/** Several choices (areas, roles sought). */
function ChoicesField({ field, form }: FieldProps) {
  const fieldParts = parts({ field, form });
  const chosen = Array.isArray(fieldParts.value) ? fieldParts.value : [];
  return (
    <Fieldset className="field" parts={fieldParts}>
      <div className="choices">
        {field.options?.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              name={field.name}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(e) =>
                form.update(
                  field.name,
                  e.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value),
                )
              }
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

/** A yes/no field. */
function CheckboxField({ field, form }: FieldProps) {
  const { error, value, help, message, common, heading } = parts({ field, form });
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      {heading}
      {message}
      <label className="choice">
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          onChange={(e) => form.update(field.name, e.target.checked)}
        />{' '}
        {field.label}
      </label>
      {help}
    </div>
  );
}

/** A text, a longer text, a choice from a list, files, or a typed value (email, phone, date, number). */
function InputField({ field, form }: FieldProps) {
  const { id, error, text, label, help, message, counter, common, heading } = parts({ field, form });
  return (
    <div>
      {heading}
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {help}
        {message}
        {field.kind === 'textarea' ? (
          <textarea {...common} rows={6} value={text} onChange={(e) => form.update(field.name, e.target.value)} />
        ) : field.kind === 'select' ? (
          <select {...common} value={text} onChange={(e) => form.update(field.name, e.target.value)}>
            <option value="">{form.strings.chooseOne}</option>
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
              onChange={(e) => form.setFiles([...(e.target.files ?? [])])}
            />
            <p className="field-help">{form.strings.filesHelp.replace('{mb}', String(form.maxFileMb))}</p>
          </>
        ) : (
          <input
            {...common}
            type={field.kind}
            value={text}
            inputMode={field.kind === 'number' ? 'numeric' : undefined}
            autoComplete={field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : undefined}
            onChange={(e) => form.update(field.name, e.target.value)}
          />
        )}
        {counter}
      </div>
    </div>
  );
}
