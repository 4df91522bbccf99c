/**
 * Import: choose or drop files, the format detected from the content (or
 * chosen), a progress bar, then a report of what was added, skipped or
 * rejected. Everything in the report that comes from a file is shown as text.
 */
import { useState } from 'preact/hooks';
import { useStore } from './context';
import type { ImportOutcome, ImportPhase } from './store-types';

const TABLE_NOUN: Record<string, [string, string]> = {
  entities: ['entity', 'entities'],
  designations: ['designation', 'designations'],
  events: ['event', 'events'],
  reports: ['casualty report', 'casualty reports'],
  factChecks: ['fact-check', 'fact-checks'],
};

const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

export function countsInWords(counts: Record<string, number>, none = 'none'): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => {
      const [one, many] = TABLE_NOUN[t] ?? [t, t];
      return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
    });
  return parts.length ? parts.join(', ') : none;
}

const PHASE_LABEL: Record<ImportPhase, string> = {
  parse: 'Reading',
  stage: 'Setting aside rows of',
  write: 'Saving rows of',
};

function Report({ outcome }: { outcome: ImportOutcome }) {
  const what = outcome.files.join(' + ');
  if (!outcome.ok) {
    const e = outcome.error;
    return (
      <div class="report failed">
        <h3>Not imported: {what}</h3>
        <p class="error">
          Rejected {e?.file ? `${e.file}, ` : ''}
          {e?.where ? `${e.where}: ` : ''}
          {e?.reason ?? 'the file could not be read.'}
        </p>
        <p>Nothing was changed: the database is exactly as it was before the import.</p>
      </div>
    );
  }
  const skipped = total(outcome.unchanged) + total(outcome.keptYours);
  return (
    <div class="report">
      <h3>Imported: {what}</h3>
      <ul>
        {outcome.perFile.map((f) => (
          <li key={f.file}>
            {f.file} ({f.formatTitle}): read {countsInWords(f.read, 'no rows')}.
          </li>
        ))}
      </ul>
      <p>Added or updated: {countsInWords(outcome.added)}.</p>
      <p>
        Skipped: {skipped.toLocaleString('en')}
        {skipped
          ? ` (${[
              total(outcome.unchanged) ? `${countsInWords(outcome.unchanged)} already up to date` : '',
              total(outcome.keptYours)
                ? `${countsInWords(outcome.keptYours)} kept because you added or edited them`
                : '',
            ]
              .filter(Boolean)
              .join('; ')})`
          : ''}
        .
      </p>
      {total(outcome.removed) ? (
        <p>Removed (no longer in this pack, or deleted by the file): {countsInWords(outcome.removed)}.</p>
      ) : null}
      {outcome.perFile.some((f) => f.rejected.length) ? (
        <>
          <p>Rejected records, left out of the import:</p>
          <ul class="rejected">
            {outcome.perFile.flatMap((f) =>
              f.rejected.map((r) => (
                <li key={`${f.file}:${r.reason}`}>
                  {f.file}: {r.count.toLocaleString('en')} × {r.reason} (first at {r.where})
                </li>
              )),
            )}
          </ul>
        </>
      ) : (
        <p>Rejected: none.</p>
      )}
    </div>
  );
}

export function ImportPanel() {
  const store = useStore();
  const [format, setFormat] = useState('');
  const [progress, setProgress] = useState<{ phase: ImportPhase; done: number; total: number } | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const formats = store.formats();

  const run = async (files: File[]) => {
    if (!files.length || running) return;
    setOutcome(null);
    setRunning(files.map((f) => f.name).join(' + '));
    setProgress({ phase: 'parse', done: 0, total: 1 });
    try {
      setOutcome(
        await store.importFiles(files, format || null, (phase, done, tot) =>
          setProgress({ phase, done, total: Math.max(tot, done, 1) }),
        ),
      );
    } finally {
      setProgress(null);
      setRunning(null);
    }
  };

  return (
    <div class="import">
      <p>
        Supported: ClaimCheck packs, OpenSanctions FollowTheMoney JSON, the OFAC SDN list (sdn.csv, with
        alt.csv chosen together), the UN Security Council consolidated list (XML), UCDP GED CSV, ACLED CSV
        exports and schema.org ClaimReview JSON-LD. Rows you added or edited are never overwritten, importing
        the same file twice changes nothing, and a file with a malformed record is refused as a whole.
      </p>
      <div class="field">
        <label for="import-format">Format</label>
        <select
          id="import-format"
          value={format}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">Detect from the file’s content</option>
          {formats.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void run([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label for="import-file">Choose files to import</label>
        <input
          id="import-file"
          type="file"
          multiple
          disabled={running !== null}
          aria-describedby="import-file-hint"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void run([...(input.files ?? [])]).then(() => {
              // Lets the same file be chosen again (e.g. after fixing it).
              input.value = '';
            });
          }}
        />
        <p class="hint" id="import-file-hint">
          Or drop files here. The import starts as soon as files are chosen; files chosen together are
          imported together.
        </p>
      </div>
      {progress && running ? (
        <div class="progress">
          <label for="import-progress">
            {PHASE_LABEL[progress.phase]} {running}
          </label>
          <progress id="import-progress" max={progress.total} value={progress.done}>
            {Math.round((100 * progress.done) / progress.total)}%
          </progress>
        </div>
      ) : null}
      <div role="status" class="import-report" aria-live="polite">
        {outcome ? <Report outcome={outcome} /> : null}
      </div>
    </div>
  );
}
