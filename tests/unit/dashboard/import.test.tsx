// @vitest-environment happy-dom
import { File as NodeFile } from 'node:buffer';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimsDb } from '../../../src/db/schema';
import { byLabel, freshDb, mount, unmount, waitFor } from './helpers';

const HEADER = JSON.stringify({
  claimcheckPack: 1,
  id: 'team-pack',
  name: 'Team pack',
  version: '1',
  kind: 'full',
  createdAt: '2026-11-25',
});
const ENTITY = JSON.stringify({
  t: 'entities',
  row: { id: 'e1', type: 'group', name: 'Hezbollah', names: [{ name: 'Hezbollah', type: 'primary' }] },
});

/** Node's File streams its bytes (the importer reads files as streams). */
function file(name: string, text: string): File {
  return new NodeFile([text], name, { type: 'application/json' }) as unknown as File;
}

async function choose(files: File[]) {
  const input = byLabel(document, 'Choose files to import');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

const status = () => document.querySelector('[role=status]')?.textContent ?? '';

let root: HTMLElement | null = null;
let db: ClaimsDb | null = null;
afterEach(async () => {
  if (root) await unmount(root);
  db?.close();
  root = db = null;
});

describe('dashboard import', () => {
  it('reports what a file added, and that importing it again changes nothing', async () => {
    db = await freshDb();
    ({ root } = await mount(db, '#import'));
    await choose([file('team.json', `${HEADER}\n${ENTITY}\n`)]);
    await waitFor(() => /Imported: team\.json/.test(status()), 'import report');
    expect(status()).toMatch(/ClaimCheck pack/);
    expect(status()).toMatch(/Added or updated: 1 entity\./);
    expect(status()).toMatch(/Rejected: none/);
    expect((await db.entities.get('e1'))?.provenance).toMatchObject({ origin: 'import', label: 'team-pack' });

    await choose([file('team.json', `${HEADER}\n${ENTITY}\n`)]);
    await waitFor(() => /Added or updated: none/.test(status()), 'second report');
    expect(status()).toMatch(/Skipped: 1 \(1 entity already up to date\)/);
  });

  it('a malformed file is rejected naming the line, and nothing is changed', async () => {
    db = await freshDb();
    ({ root } = await mount(db, '#import'));
    await choose([file('broken.json', `${HEADER}\n${ENTITY}\n{"t": "entities", "row": oops}\n`)]);
    await waitFor(() => /Not imported: broken\.json/.test(status()), 'failure report');
    expect(status()).toMatch(/Rejected broken\.json, line 3: not JSON/);
    expect(status()).toMatch(/Nothing was changed/);
    expect(await db.entities.count()).toBe(0);
    expect(document.querySelector('progress')).toBeNull();
  });
});
