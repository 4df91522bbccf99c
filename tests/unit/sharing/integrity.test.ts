import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/sharing/canonical';
import { verifyHeaderSignature } from '../../../src/sharing/integrity';
import { sealedPackJson } from '../../../src/sharing/publish';
import { designation, entity, header, keys, pack, rows } from './fixtures';

describe('pack integrity', () => {
  it('a JSON-lines pack states the SHA-256 of every byte after its header line (tail -n +2 | sha256sum)', async () => {
    const text = await pack('v1', rows(entity('e1', 'Liwa Test'), designation('d1', 'e1')));
    const nl = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, nl));
    expect(head.sha256).toBe(
      createHash('sha256')
        .update(text.slice(nl + 1))
        .digest('hex'),
    );
  });

  it('canonical JSON does not depend on key order or whitespace', () => {
    expect(canonicalJson(JSON.parse('{ "b": [1, {"y": 2, "x": "é"}], "a": null }'))).toBe(
      '{"a":null,"b":[1,{"x":"é","y":2}]}',
    );
  });

  it('a signature verifies with its public key only, and covers version and hash', async () => {
    const k = await keys();
    const other = await keys();
    const text = await pack('v1', rows(entity('e1', 'Liwa Test')), {}, undefined, k.pkcs8);
    const head = JSON.parse(text.slice(0, text.indexOf('\n')));
    expect(await verifyHeaderSignature(head, k.publicKey)).toBe(true);
    expect(await verifyHeaderSignature(head, other.publicKey)).toBe(false);
    expect(await verifyHeaderSignature({ ...head, version: 'v9' }, k.publicKey)).toBe(false);
    expect(await verifyHeaderSignature({ ...head, sha256: '0'.repeat(64) }, k.publicKey)).toBe(false);
  });

  it('a single-object pack is hashed over its canonical rows, so pretty-printing keeps it valid', async () => {
    const k = await keys();
    const p = await sealedPackJson(header('v1'), rows(entity('e1', 'Liwa Test')), undefined, k.pkcs8);
    const reparsed = JSON.parse(JSON.stringify(p, null, 2));
    expect(await verifyHeaderSignature(reparsed, k.publicKey)).toBe(true);
  });
});
