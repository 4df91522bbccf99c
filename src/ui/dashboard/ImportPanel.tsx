/**
 * Import: choose or drop files, the format detected from the content (or
 * chosen), a progress bar, then a report of what was added, skipped or
 * rejected. Everything in the report is text from the file, shown as text.
 */
import { useState } from 'preact/hooks';
import { useStore } from './context';
import type { ImportOutcome, ImportProblem } from './store-types';

const TABLE_NOUN: Record<string, [string, string]> = {
  entities: ['entity', 'entities'],
  designations: ['designation', 'designations'],
  events: ['event', 'events'],
  reports: ['casualty report', 'casualty reports'],
  factChecks: ['fact-check', 'fact-checks'],
};

export function countsInWords(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => {
      const [one, many] = TABLE_NOUN[t] ?? [t, t];
      return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
    });
  return parts.length ? parts.join(', ') : 'nothing new';
}

export function where(p: ImportProblem): string {
  if (p.where) return p.where;
  return [p.line !== undefined ? `line ${p.line}` : '', p.record !== undefined ? `record ${p.record}` : '']
    .filter(Boolean)
    .join(', ');
}

function Report({ outcome }: { outcome: ImportOutcome }) {
  if (!outcome.ok) {
    const at = outcome.error ? where(outcome.error) : '';
    return (
      <div class="report failed">
        <h3>
          {outcome.file} was not imported{outcome.format !== 'unknown' ? ` (${outcome.format})` : ''}
        </h3>
        <p class="error">
          {at ? `${at}: ` : ''}
          {outcome.error?.reason ?? 'The file could not be read.'}
        </p>
        <p>Nothing was changed: the database is exactly as it was before the import.</p>
      </div>
    );
  }
  return (
    <div class="report">
      <h3>
        {outcome.file} imported ({outcome.format})
      </h3>
      <p>Added or updated: {countsInWords(outcome.added)}.</p>
      <p>
        Skipped: {outcome.skipped.count.toLocaleString('en')}
        {outcome.skipped.reasons.length ? ` (${outcome.skipped.reasons.join('; ')})` : ''}.
      </p>
      {outcome.rejected.length ? (
        <>
          <p>Rejected: {outcome.rejected.length.toLocaleString('en')} records, left out of the import:</p>
          <ul class="rejected">
            {outcome.rejected.slice(0, 100).map((r, i) => (
              <li key={i}>
                {where(r) ? `${where(r)}: ` : ''}
                {r.reason}
              </li>
            ))}
          </ul>
          {outcome.rejected.length > 100 ? <p>… and {outcome.rejected.length - 100} more.</p> : null}
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
  const [progress, setProgress] = useState<{ file: string; done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const formats = store.formats();

  const run = async (files: File[]) => {
    if (!files.length || progress) return;
    setOutcomes([]);
    const results: ImportOutcome[] = [];
    for (const file of files) {
      setProgress({ file: file.name, done: 0, total: file.size || 1 });
      try {
        results.push(
          await store.importFile(file, format || null, (done, total) =>
            setProgress({ file: file.name, done, total: total || 1 }),
          ),
        );
      } catch (err) {
        results.push({
          file: file.name,
          format: 'unknown',
          ok: false,
          added: {},
          skipped: { count: 0, reasons: [] },
          rejected: [],
          error: { reason: (err as Error)?.message ?? String(err) },
        });
      }
    }
    setProgress(null);
    setOutcomes(results);
  };

  return (
    <div class="import">
      <p>
        Supported: OpenSanctions FollowTheMoney JSON, OFAC SDN CSV, the UN Security Council consolidated list
        (XML), UCDP GED CSV, ACLED CSV exports, schema.org ClaimReview JSON-LD, and ClaimCheck packs. Rows you
        added or edited are never overwritten by an import, and importing the same file twice changes nothing.
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
          disabled={progress !== null}
          aria-describedby="import-file-hint"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            void run(files).then(() => {
              // Lets the same file be chosen again (e.g. after fixing it).
              input.value = '';
            });
          }}
        />
        <p class="hint" id="import-file-hint">
          Or drop files here. The import starts as soon as a file is chosen.
        </p>
      </div>
      {progress ? (
        <div class="progress">
          <label for="import-progress">Importing {progress.file}</label>
          <progress id="import-progress" max={progress.total} value={progress.done}>
            {Math.round((100 * progress.done) / progress.total)}%
          </progress>
        </div>
      ) : null}
      <div role="status" class="import-report" aria-live="polite">
        {outcomes.map((o, i) => (
          <Report key={i} outcome={o} />
        ))}
      </div>
    </div>
  );
}
