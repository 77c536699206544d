import { useEffect, useRef, useState, type FormEvent } from 'react';
import { checkAttachmentList, validateSubmission, type FieldErrors, type Locale } from '@mip/shared-types';
import {
  fieldId,
  rowsKey,
  rowsOf,
  SCHEMAS,
  toInput,
  withoutItem,
  type FormField,
  type FormKind,
  type FormStrings,
  type Values,
} from './model.ts';

// A public form's state in the browser: what was typed (kept in sessionStorage, so an error, a
// failed request or a reload loses nothing), the files, the errors shown, and sending: checked
// with the same schema as the CMS, then posted as JSON, or multipart with the files.

/**
 * What a reader entered before the island hydrated: React leaves it in the fields without knowing,
 * and would clear it on the next render. A checkbox without a value of its own is a yes/no field;
 * the others belong to a group of choices.
 */
export function enteredBeforeHydration(form: HTMLFormElement): { values: Values; files: File[] } {
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

export interface SubmissionOptions {
  kind: FormKind;
  locale: Locale;
  endpoint: string;
  fields: FormField[];
  strings: FormStrings;
  fixed: Record<string, string>;
  storageKey: string;
  maxFileMb: number;
}

export function useSubmission({
  kind,
  locale,
  endpoint,
  fields,
  strings,
  fixed,
  storageKey,
  maxFileMb,
}: SubmissionOptions) {
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
    setFocusAfterRender(`${group.name}.${rows}.${group.fields![0]!.name}`);
  };
  /** Removes one item; the later ones move up so no gap is left. */
  const removeItem = (group: FormField, index: number) => {
    store((current) => withoutItem(current, group, index));
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

  async function submit(event: FormEvent) {
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
      // JSON back, not the redirect or page a plain form post gets.
      const headers: Record<string, string> = { 'accept-language': locale, accept: 'application/json' };
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

  return {
    values,
    files,
    errors,
    status,
    notice,
    reference,
    formRef,
    summaryRef,
    doneRef,
    update,
    setFiles,
    addItem,
    removeItem,
    submit,
  };
}
