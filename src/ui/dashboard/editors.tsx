/**
 * Add/edit forms for each kind of row. Saving always stores the user's own
 * row (userEdited, origin 'user'), so imports and updates never overwrite it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CasualtyEventRow, EntityRow, FactCheckRow } from '../../db/types';
import { useStore } from './context';
import { CheckField, ErrorSummary, SelectField, TextField, useForm, type FormApi } from './fields';
import {
  APPROX,
  CATEGORIES,
  ENTITY_TYPES,
  NEW_ENTITY,
  designationToForm,
  emptyDesignation,
  emptyEntity,
  emptyFactCheck,
  emptyReport,
  entityToForm,
  factCheckToForm,
  reportToForm,
  validateDesignation,
  validateEntity,
  validateFactCheck,
  validateReport,
  type DesignationForm,
  type Errors,
  type ReportForm,
} from './forms';
import { describeProvenance, isUsers, type Marked } from './provenance';
import type { DesignationItem, ReportItem } from './store-types';
import { useLive } from './useLive';

export const APPROX_LABEL: Record<string, string> = {
  exact: 'exactly',
  at_least: 'at least',
  at_most: 'at most',
  about: 'about',
  vague: 'vague (e.g. “dozens”)',
};

interface ShellProps<F> {
  title: string;
  saveLabel: string;
  form: ReturnType<typeof useForm<F>>;
  original: Marked | null;
  onSave: () => Promise<string>;
  onDone: (message: string | null) => void;
  children: ComponentChildren;
}

let shellSeq = 0;

/** The form frame: heading, origin note, error summary, save/cancel. */
function EditorShell<F>({ title, saveLabel, form, original, onSave, onDone, children }: ShellProps<F>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const ref = useRef<HTMLFormElement>(null);
  const headingId = useRef(`editor-${++shellSeq}`).current;
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure('');
    if (!form.check()) return;
    setBusy(true);
    try {
      onDone(await onSave());
    } catch (err) {
      setFailure(`Could not save: ${(err as Error)?.message ?? String(err)}`);
      setBusy(false);
    }
  };
  return (
    <section class="editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {original && !isUsers(original) ? (
        <p class="hint">
          This row came from {describeProvenance(original.provenance)}. Saving keeps your version as your own
          row: imports and updates will never overwrite it.
        </p>
      ) : null}
      <form ref={ref} noValidate onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone(null)}>
        <ErrorSummary errors={form.errors as Errors<F>} />
        {children}
        {failure ? (
          <p class="error" role="alert">
            {failure}
          </p>
        ) : null}
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy}>
            {saveLabel}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

const opts = (xs: readonly string[], label: (x: string) => string = (x) => x) =>
  xs.map((x) => ({ value: x, label: label(x) }));

export function EntityEditor({
  item,
  onDone,
}: {
  item: EntityRow | null;
  onDone: (message: string | null) => void;
}) {
  const store = useStore();
  const form = useForm(item ? entityToForm(item) : emptyEntity(), validateEntity);
  return (
    <EditorShell
      title={item ? `Edit entity: ${item.name}` : 'Add entity'}
      saveLabel="Save entity"
      form={form}
      original={item}
      onDone={onDone}
      onSave={async () => {
        await store.saveEntity(item?.id ?? null, form.values);
        return `Saved “${form.values.name.trim()}” as your row.`;
      }}
    >
      <TextField form={form} name="name" label="Name" required />
      <SelectField form={form} name="type" label="Type" options={opts(ENTITY_TYPES)} />
      <TextField
        form={form}
        name="aliases"
        label="Other names (a.k.a.)"
        hint="One per line: spellings, transliterations, acronyms."
        multiline
      />
      <TextField form={form} name="former" label="Former names (f.k.a.)" hint="One per line." multiline />
      <TextField form={form} name="notes" label="Notes" multiline />
    </EditorShell>
  );
}

/** Picks the designated entity: matching entities by name prefix, or a new one. */
function EntityPicker({ form }: { form: FormApi<DesignationForm> }) {
  const store = useStore();
  const name = form.values.entityName.trim();
  const matches = useLive(() => (name ? store.findEntities(name, 8) : Promise.resolve([])), [name, store]);
  const groupId = `${form.id}-entity-choices`;
  const choices = matches.value ?? [];
  return (
    <>
      <TextField
        form={form}
        name="entityName"
        label="Entity"
        required
        hint="Type the start of a name, then choose the entity below."
      />
      {name ? (
        <fieldset class="choices" id={groupId}>
          <legend>Which entity?</legend>
          {choices.map((e) => (
            <label key={e.id} class="choice">
              <input
                type="radio"
                name={groupId}
                checked={form.values.entityId === e.id}
                onChange={() => form.setMany({ entityId: e.id })}
              />
              {e.name} <span class="muted">({e.type})</span>
            </label>
          ))}
          <label class="choice">
            <input
              type="radio"
              name={groupId}
              checked={form.values.entityId === NEW_ENTITY}
              onChange={() => form.setMany({ entityId: NEW_ENTITY })}
            />
            A new entity named “{name}”
          </label>
        </fieldset>
      ) : null}
    </>
  );
}

function DesignationFields({ form }: { form: FormApi<DesignationForm> }) {
  return (
    <>
      <EntityPicker form={form} />
      <TextField
        form={form}
        name="authority"
        label="Authority"
        required
        hint="e.g. United States, United Nations"
      />
      <TextField
        form={form}
        name="list"
        label="List or programme"
        required
        hint="e.g. US FTO, UN ISIL/Al-Qaida 1267"
      />
      <TextField
        form={form}
        name="listedAs"
        label="Listed as"
        hint="The name the authority used, if different."
      />
      <TextField form={form} name="listedOn" label="Listed on" hint="YYYY-MM-DD, YYYY-MM or YYYY." />
      <TextField form={form} name="effectiveOn" label="Effective on" />
      <TextField
        form={form}
        name="endedOn"
        label="Ended on"
        hint="Delisting or revocation; empty if still listed."
      />
      <TextField form={form} name="endReason" label="Reason it ended" />
      <TextField form={form} name="referenceId" label="Reference id" />
      <TextField form={form} name="sourceUrl" label="Source address" type="url" />
      <TextField form={form} name="note" label="Note" multiline />
      <CheckField
        form={form}
        name="unverified"
        label="Unverified"
        hint="Shown as unverified wherever it is used."
      />
    </>
  );
}

export function DesignationEditor({
  item,
  onDone,
  initial,
  title,
}: {
  item: DesignationItem | null;
  onDone: (message: string | null) => void;
  initial?: DesignationForm;
  title?: string;
}) {
  const store = useStore();
  const form = useForm(
    initial ?? (item ? designationToForm(item.row, item.entityName) : emptyDesignation()),
    validateDesignation,
  );
  return (
    <EditorShell
      title={title ?? (item ? `Edit designation: ${item.entityName}, ${item.row.list}` : 'Add designation')}
      saveLabel="Save designation"
      form={form}
      original={item?.row ?? null}
      onDone={onDone}
      onSave={async () => {
        await store.saveDesignation(item?.row.id ?? null, form.values);
        return `Saved the ${form.values.list.trim()} designation of “${form.values.entityName.trim()}” as your row.`;
      }}
    >
      <DesignationFields form={form} />
    </EditorShell>
  );
}

/** Picks the report's event: an existing one by words of its title/places, or a new one. */
function EventPicker({ form }: { form: FormApi<ReportForm> }) {
  const store = useStore();
  const [find, setFind] = useState('');
  const q = find.trim();
  const matches = useLive(() => (q ? store.findEvents(q, 8) : Promise.resolve([])), [q, store]);
  const current = useLive(
    () => (form.values.eventId ? store.event(form.values.eventId) : Promise.resolve(undefined)),
    [form.values.eventId, store],
  );
  const groupId = `${form.id}-event-choices`;
  const shown: CasualtyEventRow[] = [...(matches.value ?? [])];
  if (current.value && !shown.some((e) => e.id === current.value!.id)) shown.unshift(current.value);
  return (
    <fieldset class="group">
      <legend>Event</legend>
      <div class="field">
        <label for={`${form.id}-findEvent`}>Find an existing event</label>
        <input
          id={`${form.id}-findEvent`}
          type="search"
          value={find}
          onInput={(e) => setFind((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="choices" role="radiogroup" aria-label="Which event?">
        {shown.map((ev) => (
          <label key={ev.id} class="choice">
            <input
              type="radio"
              name={groupId}
              checked={form.values.eventId === ev.id}
              onChange={() => form.setMany({ eventId: ev.id })}
            />
            {ev.title} <span class="muted">({ev.start})</span>
          </label>
        ))}
        <label class="choice">
          <input
            type="radio"
            name={groupId}
            checked={form.values.eventId === ''}
            onChange={() => form.setMany({ eventId: '' })}
          />
          A new event
        </label>
      </div>
      {form.values.eventId === '' ? (
        <>
          <TextField form={form} name="eventTitle" label="Event title" required />
          <TextField form={form} name="eventPlaces" label="Places" hint="Comma-separated." />
          <TextField form={form} name="eventActors" label="Actors" hint="Comma-separated." />
          <TextField form={form} name="eventStart" label="Event began" required hint="YYYY-MM-DD" />
          <TextField form={form} name="eventEnd" label="Event ended" hint="YYYY-MM-DD; empty if ongoing." />
        </>
      ) : null}
    </fieldset>
  );
}

export function ReportFields({ form }: { form: FormApi<ReportForm> }) {
  return (
    <>
      <EventPicker form={form} />
      <fieldset class="group">
        <legend>Figure</legend>
        <SelectField form={form} name="category" label="Category" options={opts(CATEGORIES)} />
        <TextField form={form} name="min" label="Minimum" inputMode="numeric" />
        <TextField
          form={form}
          name="max"
          label="Maximum"
          inputMode="numeric"
          hint="Same as the minimum for one number."
        />
        <SelectField
          form={form}
          name="approx"
          label="Exactness"
          options={opts(APPROX, (a) => APPROX_LABEL[a])}
        />
        <TextField form={form} name="who" label="Who" hint="e.g. civilians, children, soldiers" />
        <TextField
          form={form}
          name="scope"
          label="Scope"
          hint="“all”, or a narrower population such as civilians."
        />
      </fieldset>
      <fieldset class="group">
        <legend>Source</legend>
        <TextField
          form={form}
          name="reportedBy"
          label="Reported by"
          required
          hint="Who produced the figure."
        />
        <TextField form={form} name="asOf" label="Figure current on" required hint="YYYY-MM-DD" />
        <TextField form={form} name="outlet" label="Outlet" />
        <TextField form={form} name="url" label="Address" type="url" />
        <CheckField
          form={form}
          name="documented"
          label="Documented (named or counted victims), not an estimate"
        />
        <CheckField form={form} name="unverified" label="Unverified" />
        <TextField form={form} name="note" label="Note" multiline />
      </fieldset>
    </>
  );
}

export function ReportEditor({
  item,
  onDone,
  initial,
  title,
}: {
  item: ReportItem | null;
  onDone: (message: string | null) => void;
  initial?: ReportForm;
  title?: string;
}) {
  const store = useStore();
  const form = useForm(
    initial ?? (item ? reportToForm(item.row, item.event) : emptyReport()),
    validateReport,
  );
  return (
    <EditorShell
      title={
        title ??
        (item ? `Edit casualty report: ${item.event?.title ?? item.row.eventId}` : 'Add casualty report')
      }
      saveLabel="Save casualty report"
      form={form}
      original={item?.row ?? null}
      onDone={onDone}
      onSave={async () => {
        await store.saveReport(item?.row.id ?? null, form.values);
        return `Saved the casualty report by ${form.values.reportedBy.trim()} as your row.`;
      }}
    >
      <ReportFields form={form} />
    </EditorShell>
  );
}

export function FactCheckFields({ form }: { form: FormApi<ReturnType<typeof emptyFactCheck>> }) {
  return (
    <>
      <TextField form={form} name="claimReviewed" label="Claim reviewed" required multiline />
      <TextField form={form} name="rating" label="Rating" required hint="e.g. False, Misleading, Accurate" />
      <TextField form={form} name="reviewer" label="Reviewed by" required />
      <TextField form={form} name="claimant" label="Claimed by" />
      <TextField form={form} name="date" label="Date" hint="YYYY-MM-DD" />
      <TextField form={form} name="url" label="Address" type="url" required />
      <TextField form={form} name="language" label="Language" hint="A code such as en or ar." />
    </>
  );
}

export function FactCheckEditor({
  item,
  onDone,
  initial,
  title,
}: {
  item: FactCheckRow | null;
  onDone: (message: string | null) => void;
  initial?: ReturnType<typeof emptyFactCheck>;
  title?: string;
}) {
  const store = useStore();
  const form = useForm(initial ?? (item ? factCheckToForm(item) : emptyFactCheck()), validateFactCheck);
  return (
    <EditorShell
      title={title ?? (item ? 'Edit fact-check' : 'Add fact-check')}
      saveLabel="Save fact-check"
      form={form}
      original={item}
      onDone={onDone}
      onSave={async () => {
        await store.saveFactCheck(item?.id ?? null, form.values);
        return 'Saved the fact-check as your row.';
      }}
    >
      <FactCheckFields form={form} />
    </EditorShell>
  );
}
