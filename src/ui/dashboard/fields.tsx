/**
 * Labelled form fields with inline validation messages. Every input has a
 * visible <label>; an error is tied to its input with aria-describedby and
 * aria-invalid so screen readers announce it with the field.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Errors } from './forms';

export interface FormApi<F> {
  values: F;
  errors: Errors<F>;
  id: string;
  set: <K extends keyof F>(key: K, value: F[K]) => void;
  setMany: (patch: Partial<F>) => void;
}

let formSeq = 0;

export function useForm<F>(initial: F, validate: (f: F) => Errors<F>) {
  const [values, setValues] = useState<F>(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [tried, setTried] = useState(false);
  const id = useRef(`f${++formSeq}`).current;
  const update = (next: F) => {
    setValues(next);
    // After a failed submit, errors clear as the user fixes them.
    if (tried) setErrors(validate(next));
  };
  const api: FormApi<F> = {
    values,
    errors,
    id,
    set: (key, value) => update({ ...values, [key]: value }),
    setMany: (patch) => update({ ...values, ...patch }),
  };
  /** Validates; on failure shows the messages and focuses the first bad field. */
  const check = (): boolean => {
    const e = validate(values);
    setTried(true);
    setErrors(e);
    const first = Object.keys(e)[0];
    if (first) {
      // Wait for the render that marks the field invalid.
      setTimeout(() => document.getElementById(`${id}-${first}`)?.focus(), 0);
      return false;
    }
    return true;
  };
  return { ...api, check };
}

interface FieldProps<F> {
  form: FormApi<F>;
  name: keyof F & string;
  label: string;
  hint?: string;
  required?: boolean;
}

function Described<F>({
  form,
  name,
  label,
  hint,
  required,
  children,
}: FieldProps<F> & { children: (aria: Record<string, string | boolean | undefined>) => ComponentChildren }) {
  const fid = `${form.id}-${name}`;
  const err = form.errors[name];
  const describedBy =
    [hint ? `${fid}-hint` : '', err ? `${fid}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${err ? ' invalid' : ''}`}>
      <label for={fid}>
        {label}
        {required ? <span class="req"> (required)</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={`${fid}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id: fid, 'aria-invalid': err ? 'true' : undefined, 'aria-describedby': describedBy })}
      {err ? (
        <p class="error" id={`${fid}-err`}>
          {err}
        </p>
      ) : null}
    </div>
  );
}

export function TextField<F>(
  props: FieldProps<F> & { type?: string; multiline?: boolean; rows?: number; inputMode?: string },
) {
  const { form, name, type = 'text', multiline, rows = 3, inputMode } = props;
  const value = String(form.values[name] ?? '');
  const onInput = (e: Event) => form.set(name, (e.currentTarget as HTMLInputElement).value as F[typeof name]);
  return (
    <Described {...props}>
      {(aria) =>
        multiline ? (
          <textarea {...aria} name={name} rows={rows} value={value} onInput={onInput} />
        ) : (
          <input
            {...aria}
            name={name}
            type={type as 'text'}
            value={value}
            onInput={onInput}
            inputMode={inputMode as 'numeric' | undefined}
          />
        )
      }
    </Described>
  );
}

export function SelectField<F>(props: FieldProps<F> & { options: { value: string; label: string }[] }) {
  const { form, name, options } = props;
  return (
    <Described {...props}>
      {(aria) => (
        <select
          {...aria}
          name={name}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, (e.currentTarget as HTMLSelectElement).value as F[typeof name])}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Described>
  );
}

export function CheckField<F>({ form, name, label, hint }: Omit<FieldProps<F>, 'required'>) {
  const fid = `${form.id}-${name}`;
  return (
    <div class="field check">
      <input
        id={fid}
        type="checkbox"
        name={name}
        checked={Boolean(form.values[name])}
        aria-describedby={hint ? `${fid}-hint` : undefined}
        onChange={(e) => form.set(name, (e.currentTarget as HTMLInputElement).checked as F[typeof name])}
      />
      <label for={fid}>{label}</label>
      {hint ? (
        <p class="hint" id={`${fid}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Announced summary shown above a form after a failed submit. */
export function ErrorSummary<F>({ errors }: { errors: Errors<F> }) {
  const n = Object.keys(errors).length;
  if (!n) return null;
  return (
    <p class="error-summary" role="alert">
      {n === 1 ? 'One field needs attention.' : `${n} fields need attention.`} Nothing has been saved yet.
    </p>
  );
}
