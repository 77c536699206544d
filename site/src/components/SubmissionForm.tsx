import { HONEYPOT_FIELD, type Locale } from '@mip/shared-types';
import { FieldView, type FieldContext } from './submission/fields.tsx';
import { errorPlaces, fieldId, type FormField, type FormKind, type FormStrings } from './submission/model.ts';
import { useSubmission } from './submission/use-submission.ts';

// One accessible form for every public submission (good practice, partner request, contact
// message), driven by a field list: an error summary that links to each field plus the message at
// the field, and a confirmation with the reference number. The model is in submission/model.ts,
// the state and sending in submission/use-submission.ts, each kind of field in submission/fields.tsx.

interface Props {
  kind: FormKind;
  locale: Locale;
  /** The CMS route, with the page it is on and its language (`?locale=lt&from=/lt/...`). */
  endpoint: string;
  fields: FormField[];
  strings: FormStrings;
  /** Fixed values sent with the form (e.g. the recipient of a contact message). */
  fixed?: Record<string, string>;
  storageKey: string;
  /** The attachment size cap the CMS applies (SUBMISSION_MAX_FILE_MB). */
  maxFileMb?: number;
}

/** From the error summary to the field: its input (or first checkbox) gets the focus. */
function focusField(name: string) {
  const target = document.getElementById(fieldId(name));
  const input = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target;
  target?.scrollIntoView({ block: 'center' });
  input?.focus();
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
  const form = useSubmission({ kind, locale, endpoint, fields, strings, fixed, storageKey, maxFileMb });
  const { values, errors, status, notice, reference, formRef, summaryRef, doneRef, update, submit } = form;

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

  const { entries: errorEntries, concrete, known, fieldOf, errorAt } = errorPlaces(fields, values, errors);
  const context: FieldContext = { ...form, strings, maxFileMb, errorAt, concrete };

  return (
    // Without JavaScript the browser posts the form itself (the CMS answers with a redirect to a
    // page saying what happens next, or a page naming each problem); with it, submit() sends JSON.
    <form
      ref={formRef}
      className="submission-form"
      method="post"
      action={endpoint}
      encType={fields.some((f) => f.kind === 'files') ? 'multipart/form-data' : undefined}
      noValidate
      onSubmit={submit}
    >
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
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

      {fields.map((field) => (
        <FieldView key={field.name} field={field} form={context} />
      ))}

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
