/**
 * Import and export, adapted from src/db's import adapters and pack export to
 * the dashboard's ImportOutcome report.
 */
import type { ClaimsDb } from '../../db/schema';
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

export async function exportPack(_db: ClaimsDb, _selection: Selection | null): Promise<Blob> {
  throw new Error('Exporting is not available in this build yet.');
}
