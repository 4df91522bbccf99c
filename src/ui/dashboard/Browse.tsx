/**
 * One browsable table: a search box, a paged table of live rows with their
 * origin marked, per-row select / edit / delete, and the add/edit form.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeProvenance, isUsers, type Marked } from './provenance';
import type { Kind, Paged } from './store-types';
import { useLive } from './useLive';

export const PAGE_SIZE = 25;

export interface Column<T> {
  header: string;
  cell: (item: T) => ComponentChildren;
  /** Dates and short codes: kept on one line. */
  nowrap?: boolean;
}

export interface EditorProps<T> {
  item: T | null;
  onDone: (message: string | null) => void;
}

export interface BrowseProps<T> {
  kind: Kind;
  /** Singular noun for buttons and messages: "entity", "designation"… */
  noun: string;
  /** Plural, lower case: "entities", "casualty reports"… */
  plural: string;
  searchHint: string;
  load: (query: string, offset: number, limit: number) => Promise<Paged<T>>;
  rowId: (item: T) => string;
  rowName: (item: T) => string;
  marks: (item: T) => Marked;
  columns: Column<T>[];
  Editor: (props: EditorProps<T>) => VNode;
  selected: ReadonlySet<string>;
  onToggle: (ids: string[], on: boolean) => void;
  onDelete: (item: T) => Promise<void>;
}

/** "yours" / "unverified" badges and the row's origin in words. */
export function Origin({ marks }: { marks: Marked }) {
  return (
    <span class="origin">
      {isUsers(marks) ? <span class="badge yours">yours</span> : null}
      {marks.unverified ? <span class="badge unverified">unverified</span> : null}
      <span class="prov">{describeProvenance(marks.provenance, marks.userEdited)}</span>
    </span>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function Browse<T>(props: BrowseProps<T>) {
  const { kind, noun, plural, load, rowId, rowName, marks, columns, Editor, selected, onToggle } = props;
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 200);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<{ item: T | null } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setOffset(0), [q]);
  const live = useLive(() => load(q, offset, PAGE_SIZE), [q, offset, load]);
  const page = live.value;

  // A delete can leave the current page empty: step back to the last page.
  useEffect(() => {
    if (page && page.rows.length === 0 && offset > 0) setOffset(Math.max(0, offset - PAGE_SIZE));
  }, [page, offset]);

  const ids = page?.rows.map(rowId) ?? [];
  const allOnPage = ids.length > 0 && ids.every((id) => selected.has(id));
  const searchId = `search-${kind}`;

  const done = (message: string | null) => {
    setEditing(null);
    if (message) setNotice(message);
    addButton.current?.focus();
  };

  return (
    <div class="browse">
      <div class="toolbar">
        <div class="search">
          <label for={searchId}>Search {plural}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            aria-describedby={`${searchId}-hint`}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          <p class="hint" id={`${searchId}-hint`}>
            {props.searchHint}
          </p>
        </div>
        <button
          ref={addButton}
          type="button"
          onClick={() => {
            setNotice('');
            setEditing({ item: null });
          }}
        >
          Add {noun}
        </button>
      </div>

      <p class="notice" aria-live="polite">
        {notice}
      </p>

      {editing ? <Editor item={editing.item} onDone={done} /> : null}

      {live.error ? (
        <p class="error" role="alert">
          Could not read the database: {String((live.error as Error)?.message ?? live.error)}
        </p>
      ) : null}

      {page ? (
        <>
          <p class="count" aria-live="polite">
            {page.total === 0
              ? q
                ? `No ${plural} match “${q}”.`
                : `No ${plural} yet.`
              : `Showing ${offset + 1}–${offset + page.rows.length} of ${page.total.toLocaleString('en')}${q ? ` matching “${q}”` : ''}.`}
          </p>
          {page.rows.length ? (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col" class="sel">
                      <input
                        type="checkbox"
                        aria-label="Select all rows on this page for export"
                        checked={allOnPage}
                        onChange={(e) => onToggle(ids, (e.currentTarget as HTMLInputElement).checked)}
                      />
                    </th>
                    {columns.map((c) => (
                      <th scope="col" key={c.header}>
                        {c.header}
                      </th>
                    ))}
                    <th scope="col">Source</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((item) => {
                    const id = rowId(item);
                    const name = rowName(item);
                    const m = marks(item);
                    return (
                      <tr key={id} class={isUsers(m) ? 'mine' : undefined}>
                        <td class="sel">
                          <input
                            type="checkbox"
                            aria-label={`Select ${name} for export`}
                            checked={selected.has(id)}
                            onChange={(e) => onToggle([id], (e.currentTarget as HTMLInputElement).checked)}
                          />
                        </td>
                        {columns.map((c, i) =>
                          i === 0 ? (
                            <th scope="row" key={c.header}>
                              {c.cell(item)}
                            </th>
                          ) : (
                            <td key={c.header} class={c.nowrap ? 'nowrap' : undefined}>
                              {c.cell(item)}
                            </td>
                          ),
                        )}
                        <td>
                          <Origin marks={m} />
                        </td>
                        <td class="actions">
                          {confirming === id ? (
                            <>
                              <button
                                type="button"
                                class="danger"
                                onClick={async () => {
                                  setConfirming(null);
                                  await props.onDelete(item);
                                  setNotice(`Deleted “${name}”.`);
                                  addButton.current?.focus();
                                }}
                              >
                                Confirm delete
                              </button>
                              <button type="button" onClick={() => setConfirming(null)}>
                                Keep
                              </button>
                            </>
                          ) : (
                            <>
                              <button
                                type="button"
                                aria-label={`Edit ${name}`}
                                onClick={() => {
                                  setNotice('');
                                  setEditing({ item });
                                }}
                              >
                                Edit
                              </button>
                              <button
                                type="button"
                                aria-label={`Delete ${name}`}
                                onClick={() => setConfirming(id)}
                              >
                                Delete
                              </button>
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
          {page.total > PAGE_SIZE ? (
            <nav class="pager" aria-label={`Pages of ${plural}`}>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                Previous page
              </button>
              <span>
                Page {Math.floor(offset / PAGE_SIZE) + 1} of {Math.ceil(page.total / PAGE_SIZE)}
              </span>
              <button
                type="button"
                disabled={offset + PAGE_SIZE >= page.total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Next page
              </button>
            </nav>
          ) : null}
        </>
      ) : live.loading ? (
        <p class="count">Loading…</p>
      ) : null}
    </div>
  );
}
