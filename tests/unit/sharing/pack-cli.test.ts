import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/pack';
import { addSubscription, checkSubscription } from '../../../src/sharing/subscriptions';
import { cliHarness } from '../db/helpers';
import { fakeHost } from './fixtures';

const fx = (f: string) => `tests/fixtures/packs/${f}`;
const cli = cliHarness('pack-sub-');

describe('npm run pack for subscriptions', () => {
  it('keygen, signed full packs, a delta and an index make a pack a subscriber follows', async () => {
    const key = path.join(cli.dir, 'team.pem');
    expect(await main(['--keygen', '--out', key])).toBe(0);
    const publicKey = /public key .*: (\S+)$/.exec(cli.out.join('\n'))![1];
    expect(await main(['--keygen', '--out', key])).toBe(1); // never overwrites a key

    const site = path.join(cli.dir, 'site');
    mkdirSync(site);
    const index = path.join(site, 'index.json');
    const p = (f: string) => path.join(site, f);
    expect(await main([fx('team-v1.json'), '--out', p('v1.jsonl'), '--sign', key, '--index', index])).toBe(0);
    expect(JSON.parse(readFileSync(p('v1.jsonl'), 'utf8').split('\n')[0])).toMatchObject({
      version: '2026.12.01-1',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      signature: expect.any(String),
    });

    // Serve the site and subscribe at version 1.
    const host = fakeHost();
    const base = 'https://team.example.org/claims/';
    const serveAll = () => {
      for (const f of ['index.json', 'v1.jsonl', 'v2.jsonl', 'v1-v2.jsonl'])
        try {
          host.serve(base + f, { body: readFileSync(p(f)) });
        } catch {
          // not published yet
        }
    };
    serveAll();
    await addSubscription(cli.db, `${base}index.json`, publicKey);
    expect(await checkSubscription(cli.db, `${base}index.json`, { fetch: host.fetch })).toMatchObject({
      lastError: null,
      version: '2026.12.01-1',
    });

    // Version 2: the full pack, then the delta from version 1.
    expect(await main([fx('team-v2.json'), '--out', p('v2.jsonl'), '--sign', key, '--index', index])).toBe(0);
    expect(
      await main([
        p('v2.jsonl'),
        '--base',
        p('v1.jsonl'),
        '--delta',
        '--out',
        p('v1-v2.jsonl'),
        '--sign',
        key,
        '--index',
        index,
      ]),
    ).toBe(0);
    expect(cli.out.join('\n')).toMatch(/delta from 2026\.12\.01-1, 0 removals\): 1 entities, 1 designations/);
    expect(JSON.parse(readFileSync(index, 'utf8'))).toMatchObject({
      version: '2026.12.02-1',
      full: { url: 'v2.jsonl' },
      deltas: [{ baseVersion: '2026.12.01-1', url: 'v1-v2.jsonl' }],
    });
    serveAll();
    host.requests.length = 0;
    const sub = await checkSubscription(cli.db, `${base}index.json`, { fetch: host.fetch });
    expect(host.requests.map((r) => r.url)).toEqual([`${base}index.json`, `${base}v1-v2.jsonl`]);
    expect(sub).toMatchObject({
      lastError: null,
      version: '2026.12.02-1',
      counts: { entities: 2, designations: 2 },
    });
    expect((await cli.db.designations.get('e2e:qeltar:uk'))?.provenance).toMatchObject({
      origin: 'subscription',
      label: 'E2E Team Pack',
      version: '2026.12.02-1',
    });
  });

  it('--delta without --base is a usage error', async () => {
    expect(await main([fx('team-v2.json'), '--out', path.join(cli.dir, 'x.jsonl'), '--delta'])).toBe(1);
    expect(cli.err.join('\n')).toMatch(/--delta and --base/);
  });
});
