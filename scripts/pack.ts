/**
 * Builds a ClaimCheck pack from files of any supported format:
 *
 *   npm run pack -- FILE... --out PACK.json [--format NAME] [--id ID] [--name NAME] [--version V]
 *                   [--base OLD.json --delta] [--sign KEY.pem] [--index INDEX.json]
 *   npm run pack -- --keygen [--out KEY.pem]
 *
 * Prints what each file gave. A malformed file stops everything: the error
 * names the file and the record or line, the exit code is 2 and no pack is
 * written. An --out ending in .jsonl writes the JSON-lines form (large packs).
 * Every pack states the SHA-256 of its content; --sign adds an Ed25519
 * signature; --base OLD --delta writes only what changed since OLD; --index
 * lists the pack in a subscription index (README, "Publish a pack for your team").
 *
 * Commands are kept as separate functions so that later options (--base/--delta,
 * --sign, --keygen for pack subscriptions) add a step without touching the rest.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import {
  convertFiles,
  FORMATS,
  ImportError,
  type ConvertResult,
  type FormatName,
  type ImportInput,
} from '../src/db/import';
import { type PackHeader } from '../src/db/pack';
import { DATA_TABLES } from '../src/db/schema';
import { generateKeyPair, pemToPkcs8 } from '../src/sharing/integrity';
import type { PackIndex } from '../src/sharing/pack-index';
import { diffRows, sealedJsonLines, sealedPackJson, updateIndex, type Deletes } from '../src/sharing/publish';

export interface PackArgs {
  files: string[];
  out: string;
  format?: FormatName;
  id?: string;
  name?: string;
  version?: string;
  /** The previous version's pack: with `delta`, only the changes since it are written. */
  base?: string;
  delta?: boolean;
  /** PEM file of an Ed25519 private key (npm run pack -- --keygen). */
  sign?: string;
  /** A pack index to list the written pack in. */
  index?: string;
  keygen?: boolean;
}

const VALUE_OPTIONS = ['out', 'format', 'id', 'name', 'version', 'base', 'sign', 'index'];
const FLAG_OPTIONS = ['delta', 'keygen'];

export class UsageError extends Error {}

export function parseArgs(argv: string[]): PackArgs {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (FLAG_OPTIONS.includes(a.slice(2)) && a.startsWith('--')) {
      flags.add(a.slice(2));
      continue;
    }
    if (a.startsWith('--')) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      opts[a.slice(2)] = v;
      i++;
    } else files.push(a);
  }
  for (const k of Object.keys(opts)) {
    if (!VALUE_OPTIONS.includes(k)) throw new UsageError(`unknown option --${k}`);
  }
  if (flags.has('keygen')) {
    if (files.length) throw new UsageError('--keygen takes no input files');
    return { files, out: opts.out ?? 'claimcheck-pack-key.pem', keygen: true };
  }
  if (!files.length) throw new UsageError('no input files');
  if (flags.has('delta') !== !!opts.base) throw new UsageError('--delta and --base OLD.json go together');
  if (!opts.out) throw new UsageError('--out PACK.json is required');
  if (opts.format && !(FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`unknown --format ${opts.format}; one of: ${FORMATS.join(', ')}`);
  }
  return {
    files,
    out: opts.out,
    format: opts.format as FormatName | undefined,
    id: opts.id,
    name: opts.name,
    version: opts.version,
    base: opts.base,
    delta: flags.has('delta'),
    sign: opts.sign,
    index: opts.index,
  };
}

/** A file on disk as an import input, read as a UTF-8 stream. */
export function fileInput(file: string): ImportInput {
  return {
    name: path.basename(file),
    size: statSync(file).size,
    chunks: () =>
      createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
  };
}

export function describeFile(r: ConvertResult['files'][number]): string {
  const c = r.counts;
  const parts = [
    `${c.entities} entities`,
    `${c.designations} designations`,
    `${c.events} events`,
    `${c.reports} reports`,
    `${c.factChecks} fact-checks`,
  ];
  if (r.removals) parts.push(`${r.removals} removals`);
  const skipped = r.skipped.reduce((n, s) => n + s.count, 0);
  let line = `${r.file} (${r.format}): ${parts.join(', ')}; ${skipped} skipped`;
  for (const s of r.skipped) line += `\n    skipped ${s.count}: ${s.reason} (first at ${s.first})`;
  return line;
}

export function packHeader(
  args: PackArgs,
  result: ConvertResult,
  now: Date,
): Omit<PackHeader, 'claimcheckPack' | 'counts'> {
  const day = now.toISOString().slice(0, 10);
  return {
    id: args.id ?? result.meta.id ?? path.basename(args.out).replace(/\.(jsonl?|json)$/i, ''),
    name: args.name ?? result.meta.name ?? path.basename(args.out),
    // Re-packing packs (sealing, signing, a delta from the new version) keeps their version.
    version:
      args.version ??
      (result.files.every((f) => f.format === 'claimcheck-pack') ? result.meta.version : null) ??
      `${day.replace(/-/g, '.')}-1`,
    kind: 'full',
    createdAt: now.toISOString(),
    sources: [...(result.meta.sources ?? []), ...result.files.map((f) => `${f.file} (${f.format})`)],
  };
}

/** Writes the pack next to its destination, then renames: a failed write leaves no partial pack. */
export async function writePack(
  out: string,
  header: Omit<PackHeader, 'claimcheckPack' | 'counts'>,
  result: Pick<ConvertResult, 'rows' | 'removals'>,
  pkcs8?: Uint8Array,
): Promise<{ sha256: string }> {
  const tmp = `${out}.tmp-${process.pid}`;
  let sha256: string;
  try {
    if (/\.jsonl$/i.test(out)) {
      const sealed = await sealedJsonLines(header, result.rows, result.removals, pkcs8);
      sha256 = sealed.header.sha256 as string;
      const stream = createWriteStream(tmp);
      for (const line of sealed.lines()) {
        if (!stream.write(`${line}\n`)) await new Promise<void>((r) => stream.once('drain', () => r()));
      }
      stream.end();
      await finished(stream);
    } else {
      const pack = await sealedPackJson(header, result.rows, result.removals, pkcs8);
      sha256 = pack.sha256!;
      writeFileSync(tmp, `${JSON.stringify(pack)}\n`);
    }
    renameSync(tmp, out);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw e;
  }
  return { sha256 };
}

/** `--keygen`: writes the private key (readable by its owner only) and prints the public key. */
async function keygen(out: string): Promise<number> {
  if (existsSync(out)) {
    console.error(`pack: ${out} exists; not overwriting a key`);
    return 1;
  }
  const { privateKeyPem, publicKey } = await generateKeyPair();
  writeFileSync(out, privateKeyPem, { mode: 0o600 });
  console.log(`wrote private key ${out} (keep it secret; sign packs with --sign ${out})`);
  console.log(`public key (give it to subscribers): ${publicKey}`);
  return 0;
}

/** Adds the written pack to a pack index (created when missing), with its URL relative to the index. */
function writeIndex(
  indexFile: string,
  packFile: string,
  header: Pick<PackHeader, 'id' | 'name' | 'version' | 'kind' | 'baseVersion'>,
  sha256: string,
): PackIndex {
  const prev = existsSync(indexFile) ? (JSON.parse(readFileSync(indexFile, 'utf8')) as PackIndex) : null;
  const rel = path
    .relative(path.dirname(path.resolve(indexFile)), path.resolve(packFile))
    .split(path.sep)
    .join('/');
  const index = updateIndex(prev, header, rel, sha256);
  const tmp = `${indexFile}.tmp-${process.pid}`;
  // Written last and renamed into place: subscribers never see an index naming a pack not yet there.
  writeFileSync(tmp, `${JSON.stringify(index, null, 2)}\n`);
  renameSync(tmp, indexFile);
  return index;
}

export async function main(argv: string[]): Promise<number> {
  let args: PackArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error(`pack: ${(e as Error).message}`);
    console.error(
      'usage: npm run pack -- FILE... --out PACK.json [--format NAME] [--id ID] [--name NAME] [--version V]\n' +
        '                          [--base OLD.json --delta] [--sign KEY.pem] [--index INDEX.json]\n' +
        '       npm run pack -- --keygen [--out KEY.pem]',
    );
    return 1;
  }
  if (args.keygen) return keygen(args.out);
  let pkcs8: Uint8Array | undefined;
  if (args.sign) {
    try {
      pkcs8 = pemToPkcs8(readFileSync(args.sign, 'utf8'));
    } catch (e) {
      console.error(`pack: --sign ${args.sign}: ${(e as Error).message}`);
      return 2;
    }
  }
  let result: ConvertResult;
  try {
    result = await convertFiles(args.files.map(fileInput), { format: args.format });
  } catch (e) {
    if (e instanceof ImportError) {
      console.error(`pack: ${e.message}`);
      console.error('pack: no pack written');
      return 2;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`pack: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
  for (const f of result.files) console.log(describeFile(f));
  const header = packHeader(args, result, new Date());
  let body: Pick<ConvertResult, 'rows' | 'removals'> = result;
  if (args.base) {
    let base: ConvertResult;
    try {
      base = await convertFiles([fileInput(args.base)], { format: 'claimcheck-pack' });
    } catch (e) {
      console.error(`pack: --base ${args.base}: ${(e as Error).message}`);
      return 2;
    }
    if (!base.meta.version || base.meta.version === header.version) {
      console.error(
        `pack: --base ${args.base} has version ${base.meta.version ?? 'none'}; the new version must differ`,
      );
      return 2;
    }
    if (base.meta.id && base.meta.id !== header.id) {
      console.error(`pack: --base ${args.base} is pack "${base.meta.id}", not "${header.id}"`);
      return 2;
    }
    const d = diffRows(base.rows, result.rows);
    body = { rows: d.rows, removals: d.deletes as Deletes };
    header.kind = 'delta';
    header.baseVersion = base.meta.version;
  }
  const { sha256 } = await writePack(args.out, header, body, pkcs8);
  const total = DATA_TABLES.map((t) => `${body.rows[t].length} ${t}`).join(', ');
  const removed = Object.values(body.removals).reduce((n, ids) => n + (ids?.length ?? 0), 0);
  console.log(
    `wrote ${args.out}: ${header.id} ${header.version}${header.kind === 'delta' ? ` (delta from ${header.baseVersion}, ${removed} removals)` : ''}: ${total}; sha256 ${sha256}${pkcs8 ? '; signed' : ''}`,
  );
  if (args.index) {
    try {
      const index = writeIndex(args.index, args.out, header, sha256);
      console.log(`updated ${args.index}: version ${index.version}, ${index.deltas.length} delta(s)`);
    } catch (e) {
      console.error(`pack: --index ${args.index}: ${(e as Error).message}`);
      return 2;
    }
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'pack.ts'))) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
