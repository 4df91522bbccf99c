/**
 * Pack integrity (docs/pack-format.md, "Integrity"):
 *
 * - `sha256` in the header is the SHA-256 (lower-case hex) of the pack's
 *   content: in a JSON-lines pack, the exact bytes after the header line's
 *   newline up to the end of the file (`tail -n +2 pack.jsonl | sha256sum`);
 *   in a single-object pack, the canonical JSON of `{"rows", "deletes"}`.
 * - `signature` is an Ed25519 signature (base64) over the UTF-8 bytes of
 *   SIGNATURE_CONTEXT followed by the canonical JSON of the header without
 *   `signature` (so it covers id, version, kind, baseVersion and sha256, and
 *   through sha256 every row).
 * - Public keys are the 32 raw key bytes in base64 (44 characters).
 *
 * SHA-256 is incremental (noble) because WebCrypto's digest needs the whole
 * input in memory and a pack may be 100 MB; Ed25519 is WebCrypto, in the
 * browsers and in Node alike.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from './canonical';

export const SIGNATURE_CONTEXT = 'claimcheck-pack-signature-v1\n';

const HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(s: unknown): s is string {
  return typeof s === 'string' && HEX.test(s);
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text.trim());
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** An incremental SHA-256 over bytes fed in pieces. */
export interface Hasher {
  update(bytes: Uint8Array): void;
  hex(): string;
}

export function createHasher(): Hasher {
  const h = sha256.create();
  return {
    update: (bytes) => void h.update(bytes),
    hex: () => toHex(h.digest()),
  };
}

export function sha256Hex(text: string | Uint8Array): string {
  return toHex(sha256(typeof text === 'string' ? new TextEncoder().encode(text) : text));
}

/** The content hash of a single-object pack. */
export function singleObjectContentHash(pack: { rows?: unknown; deletes?: unknown }): string {
  return sha256Hex(canonicalJson({ rows: pack.rows ?? {}, deletes: pack.deletes }));
}

/** The bytes a pack's signature covers. */
export function signedBytes(header: Record<string, unknown>): Uint8Array {
  const { signature: _signature, rows: _rows, deletes: _deletes, ...rest } = header;
  return new TextEncoder().encode(SIGNATURE_CONTEXT + canonicalJson(rest));
}

/** Reads a public key as given by a user: 44-character base64 of the raw 32 bytes. Throws with the reason. */
export function parsePublicKey(text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text);
  } catch {
    throw new Error('the public key is not base64');
  }
  if (bytes.length !== 32)
    throw new Error(`the public key must be 32 bytes of Ed25519 key in base64 (got ${bytes.length} bytes)`);
  return bytes;
}

/** Verifies a header's Ed25519 signature with a raw public key; false when it does not verify. */
export async function verifyHeaderSignature(
  header: Record<string, unknown>,
  publicKey: string,
): Promise<boolean> {
  if (typeof header.signature !== 'string') return false;
  let sig: Uint8Array;
  try {
    sig = fromBase64(header.signature);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  const key = await crypto.subtle.importKey(
    'raw',
    parsePublicKey(publicKey) as BufferSource,
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    { name: 'Ed25519' },
    key,
    sig as BufferSource,
    signedBytes(header) as BufferSource,
  );
}

/** Signs a header (publishers; the CLI) with a PKCS#8 Ed25519 private key. */
export async function signHeader(header: Record<string, unknown>, pkcs8: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, { name: 'Ed25519' }, false, [
    'sign',
  ]);
  const sig = await crypto.subtle.sign({ name: 'Ed25519' }, key, signedBytes(header) as BufferSource);
  return toBase64(new Uint8Array(sig));
}

/** A new Ed25519 key pair: PKCS#8 private key (PEM) and the raw public key in base64. */
export async function generateKeyPair(): Promise<{ privateKeyPem: string; publicKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const b64 = toBase64(pkcs8).replace(/.{1,64}/g, '$&\n');
  return {
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${b64}-----END PRIVATE KEY-----\n`,
    publicKey: toBase64(raw),
  };
}

/** The DER bytes of a PEM "PRIVATE KEY" block. */
export function pemToPkcs8(pem: string): Uint8Array {
  const m = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem);
  if (!m) throw new Error('not a PEM "PRIVATE KEY" file (make one with npm run pack -- --keygen)');
  return fromBase64(m[1].replace(/\s+/g, ''));
}
