/**
 * Import and export, adapted from src/db's import adapters and pack export to
 * the dashboard's ImportOutcome report.
 */
import { buildPackJson, packJsonLines } from '../../db/pack';
import { DATA_TABLES, type ClaimsDb, type DataRowOf, type DataTableName } from '../../db/schema';
import { emptyRowSet } from '../../db/write';
import {
  ADAPTERS,
  FORMATS,
  ImportError,
  exportPack as exportWholeDb,
  importFiles as runImport,
  inputFromBlob,
  type FormatName,
} from '../../db/import';
import type { RowCounts } from '../../db/types';
import type { ImportOutcome, ImportPhase, ImportProblem, Selection } from './store-types';

export function importFormats(): { value: string; label: string }[] {
  return ADAPTERS.map((a) => ({ value: a.format, label: a.title }));
}

const titleOf = (format: string) => ADAPTERS.find((a) => a.format === format)?.title ?? format;

function counts(c: RowCounts): Record<string, number> {
  return { ...c };
}

/**
 * Imports the files as one batch through src/db's importFiles: a malformed
 * record refuses the whole batch and the database is left as it was.
 */
export async function importFiles(
  db: ClaimsDb,
  files: File[],
  format: string | null,
  onProgress: (phase: ImportPhase, done: number, total: number) => void,
): Promise<ImportOutcome> {
  const names = files.map((f) => f.name);
  const empty = { added: {}, unchanged: {}, keptYours: {}, removed: {} };
  if (format && !(FORMATS as readonly string[]).includes(format)) {
    return {
      files: names,
      ok: false,
      perFile: [],
      ...empty,
      error: { reason: `unknown format "${format}"` },
    };
  }
  try {
    const r = await runImport(
      db,
      files.map((f) => inputFromBlob(f, f.name)),
      {
        ...(format ? { format: format as FormatName } : {}),
        onProgress: (p) => onProgress(p.phase, p.done, p.total),
      },
    );
    return {
      files: names,
      ok: true,
      perFile: r.files.map((f) => ({
        file: f.file,
        format: f.format,
        formatTitle: titleOf(f.format),
        read: counts(f.counts),
        rejected: f.skipped.map((s) => ({ reason: s.reason, count: s.count, where: s.first })),
      })),
      added: counts(r.written),
      unchanged: counts(r.unchanged),
      keptYours: counts(r.keptUserRows),
      removed: counts(r.removed),
    };
  } catch (e) {
    const error: ImportProblem =
      e instanceof ImportError
        ? { file: e.file, where: e.where, reason: e.reason }
        : { reason: (e as Error)?.message ?? String(e) };
    return { files: names, ok: false, perFile: [], ...empty, error };
  }
}

/** Above this many rows the export is written as JSON lines, a row per line, so it is never one huge string. */
const LINES_ABOVE = 20_000;

/**
 * A pack (kind 'export': rows keep their provenance) of the whole database or
 * of the selected rows. A selection takes along what its rows refer to (a
 * designation's entity, a report's event), so the pack imports on its own.
 */
export async function exportPack(db: ClaimsDb, selection: Selection | null): Promise<Blob> {
  if (!selection) {
    // The whole database through src/db's export, which also carries the pack records.
    const pack = await exportWholeDb(db, {}, { id: 'claimcheck-export', name: 'ClaimCheck export' });
    return new Blob([JSON.stringify(pack)], { type: 'application/json' });
  }
  const rows = emptyRowSet();
  await db.transaction('r', [...DATA_TABLES], async () => {
    const got = async <T extends DataTableName>(t: T, ids: string[]) =>
      (await db.dataTable(t).bulkGet([...new Set(ids)])).filter((r): r is DataRowOf[T] => r !== undefined);
    rows.designations = await got('designations', selection.designations ?? []);
    rows.reports = await got('reports', selection.reports ?? []);
    rows.factChecks = await got('factChecks', selection.factchecks ?? []);
    rows.entities = await got('entities', [
      ...(selection.entities ?? []),
      ...rows.designations.map((d) => d.entityId),
    ]);
    rows.events = await got(
      'events',
      rows.reports.map((r) => r.eventId),
    );
  });
  const now = new Date().toISOString();
  const header = {
    id: `claimcheck-export-${now.slice(0, 10)}`,
    name: 'ClaimCheck export (selected rows)',
    version: now,
    kind: 'export' as const,
    createdAt: now,
    sources: ['Exported from the ClaimCheck dashboard; each row carries its own provenance.'],
  };
  const total = DATA_TABLES.reduce((n, t) => n + rows[t].length, 0);
  if (total > LINES_ABOVE) {
    const parts: string[] = [];
    for (const line of packJsonLines(header, rows)) parts.push(line, '\n');
    return new Blob(parts, { type: 'application/x-ndjson' });
  }
  return new Blob([JSON.stringify(buildPackJson(header, rows), null, 1)], { type: 'application/json' });
}
