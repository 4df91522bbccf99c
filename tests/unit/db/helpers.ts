import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { openClaimsDb, type ClaimsDb } from '../../../src/db/schema';
import type { EntityRow } from '../../../src/db/types';
import { entityKeys } from '../../../src/db/words';
import type { RowInput } from '../../../src/db/write';

let n = 0;
/** A fresh, uniquely named database for one test. */
export async function freshDb(): Promise<ClaimsDb> {
  return openClaimsDb(`test-${Date.now()}-${n++}`);
}

export function entity(id: string, name: string, aliases: string[] = []): RowInput<'entities'> {
  const names: EntityRow['names'] = [
    { name, type: 'primary' },
    ...aliases.map((a) => ({ name: a, type: 'alias' as const })),
  ];
  return { id, type: 'group', name, names, ...entityKeys(names), predecessors: [], successors: [] };
}

/** Every row of every data table, sorted, for "the database is exactly as it was" checks. */
export async function dump(db: ClaimsDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['entities', 'designations', 'events', 'reports', 'factChecks', 'packs'] as const) {
    out[t] = await db.table(t).toArray();
  }
  return out;
}

/**
 * For tests of a CLI's `main()`: captures console output, gives a fresh temp
 * folder and a fresh database per test. Read the fields inside tests (they are
 * replaced before each one).
 */
export function cliHarness(prefix: string) {
  const cli = { out: [] as string[], err: [] as string[], dir: '', db: undefined as unknown as ClaimsDb };
  beforeEach(async () => {
    cli.out = [];
    cli.err = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => void cli.out.push(s));
    vi.spyOn(console, 'error').mockImplementation((s: string) => void cli.err.push(s));
    cli.dir = mkdtempSync(path.join(tmpdir(), prefix));
    cli.db = await freshDb();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    cli.db.close();
  });
  return cli;
}
