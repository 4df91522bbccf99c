import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/pack';
import { importFiles, inputFromString } from '../../../src/db/import';
import { cliHarness } from './helpers';

const fx = (f: string) => `tests/fixtures/formats/${f}`;
const cli = cliHarness('pack-');

describe('npm run pack', () => {
  it('converts files of several formats into one pack and says what each gave', async () => {
    const target = path.join(cli.dir, 'team.json');
    const code = await main([
      fx('ofac_sdn.csv'),
      fx('ofac_alt.csv'),
      fx('acled_export.csv'),
      fx('claimreview_graph.jsonld'),
      '--out',
      target,
      '--version',
      '2026.12.01-1',
    ]);
    expect(code).toBe(0);
    expect(cli.out.join('\n')).toMatch(/ofac_sdn\.csv \(ofac-sdn-csv\): 3 entities, 6 designations/);
    expect(cli.out.join('\n')).toMatch(
      /acled_export\.csv \(acled-csv\): 0 entities, 0 designations, 2 events, 2 reports/,
    );
    expect(cli.out.join('\n')).toMatch(/claimreview_graph\.jsonld \(claimreview-jsonld\): .*1 fact-checks/);
    const pack = JSON.parse(readFileSync(target, 'utf8'));
    expect(pack).toMatchObject({ claimcheckPack: 1, id: 'team', version: '2026.12.01-1', kind: 'full' });
    // The pack imports into the database with every row.
    const res = await importFiles(cli.db, [inputFromString('team.json', JSON.stringify(pack))]);
    expect(res.written).toEqual({ entities: 3, designations: 6, events: 2, reports: 2, factChecks: 1 });
    expect((await cli.db.packs.get('team'))?.version).toBe('2026.12.01-1');
  });

  it('honours --format and writes JSON lines for .jsonl', async () => {
    const target = path.join(cli.dir, 'big.jsonl');
    expect(await main([fx('ucdp_ged.csv'), '--format', 'ucdp-ged-csv', '--out', target])).toBe(0);
    const lines = readFileSync(target, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]).claimcheckPack).toBe(1);
    expect(lines.length).toBe(1 + 2 + 2);
    const res = await importFiles(cli.db, [inputFromString('big.jsonl', readFileSync(target, 'utf8'))]);
    expect(res.written.reports).toBe(2);
  });

  it('a malformed file: exit 2, names file and line, writes no pack', async () => {
    const target = path.join(cli.dir, 'bad.json');
    const code = await main([fx('acled_export.csv'), fx('acled_malformed.csv'), '--out', target]);
    expect(code).toBe(2);
    expect(cli.err.join('\n')).toMatch(/acled_malformed\.csv: line 2: expected 30 fields, found 31/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(cli.dir)).toEqual([]);
  });

  it('an unrecognised file is an error too', async () => {
    expect(await main(['package.json', '--out', path.join(cli.dir, 'x.json')])).toBe(2);
    expect(cli.err.join('\n')).toMatch(/package\.json: start of file: format not recognised/);
  });
});
