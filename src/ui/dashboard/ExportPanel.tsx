/** Export: the whole database or the selected rows, as a pack JSON file. */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from './context';
import { KIND_LABEL, type Kind, type Selection } from './store-types';

export function ExportPanel({ selection, onClear }: { selection: Selection; onClear: () => void }) {
  const store = useStore();
  const selectedCount = Object.values(selection).reduce((n, ids) => n + (ids?.length ?? 0), 0);
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);

  // A Blob URL holds the file in memory until revoked.
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);
  useEffect(() => {
    if (selectedCount === 0) setScope('all');
  }, [selectedCount]);

  const run = async () => {
    setBusy(true);
    setMessage('');
    try {
      const blob = await store.exportPack(scope === 'selection' ? selection : null);
      const name = `claimcheck-pack-${new Date().toISOString().slice(0, 10)}${scope === 'selection' ? '-selection' : ''}.json`;
      const url = URL.createObjectURL(blob);
      setDownload({ url, name });
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setMessage(
        `Exported ${scope === 'selection' ? `${selectedCount} selected rows` : 'the whole database'} as ${name}.`,
      );
    } catch (err) {
      setMessage(`Could not export: ${(err as Error)?.message ?? String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(KIND_LABEL) as Kind[])
    .filter((k) => selection[k]?.length)
    .map((k) => `${selection[k]!.length} ${KIND_LABEL[k].toLowerCase()}`)
    .join(', ');

  return (
    <div class="export">
      <p>
        A pack is a JSON file in ClaimCheck’s own format: importing it into another browser reproduces these
        rows, with their sources and where they came from.
      </p>
      <fieldset>
        <legend>What to export</legend>
        <label class="choice">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          The whole database
        </label>
        <label class="choice">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'selection'}
            disabled={selectedCount === 0}
            onChange={() => setScope('selection')}
          />
          Selected rows ({selectedCount}){summary ? `: ${summary}` : ''}
        </label>
        {selectedCount === 0 ? (
          <p class="hint">Select rows with the checkboxes in the tables to export only those.</p>
        ) : (
          <button type="button" onClick={onClear}>
            Clear selection
          </button>
        )}
      </fieldset>
      <div class="buttons">
        <button type="button" class="primary" disabled={busy} onClick={run}>
          Export pack
        </button>
      </div>
      <p aria-live="polite" class="notice">
        {message}
      </p>
      {download ? (
        <p>
          <a href={download.url} download={download.name}>
            Download {download.name} again
          </a>
        </p>
      ) : null}
    </div>
  );
}
