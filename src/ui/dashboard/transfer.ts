/**
 * Import and export, adapted from src/db's import adapters and pack export to
 * the dashboard's ImportOutcome report.
 */
import { buildPackJson, packJsonLines } from '../../db/pack';
import { DATA_TABLES, type ClaimsDb, type DataRowOf, type DataTableName } from '../../db/schema';
import { emptyRowSet } from '../../db/write';
import type { ImportOutcome, Selection } from './store-types';

export function importFormats(): { value: string; label: string }[] {
  return [];
}

export async function importFile(
  _db: ClaimsDb,
  file: File,
  _format: string | null,
  _onProgress: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  return {
    file: file.name,
    format: 'unknown',
    ok: false,
    added: {},
    skipped: { count: 0, reasons: [] },
    rejected: [],
    error: { reason: 'Importing is not available in this build yet.' },
  };
}

/** Above this many rows the export is written as JSON lines, a row per line, so it is never one huge string. */
const LINES_ABOVE = 20_000;

/**
 * A pack (kind 'export': rows keep their provenance) of the whole database or
 * of the selected rows. A selection takes along what its rows refer to (a
 * designation's entity, a report's event), so the pack imports on its own.
 */
export async function exportPack(db: ClaimsDb, selection: Selection | null): Promise<Blob> {
  const rows = emptyRowSet();
  await db.transaction('r', [...DATA_TABLES], async () => {
    if (!selection) {
      for (const t of DATA_TABLES) (rows[t] as unknown[]) = await db.dataTable(t).toArray();
      return;
    }
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
    name: selection ? 'ClaimCheck export (selected rows)' : 'ClaimCheck export',
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
