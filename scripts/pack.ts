/**
 * Builds a ClaimCheck pack from files of any supported format:
 *
 *   npm run pack -- FILE... --out PACK.json [--format NAME] [--id ID] [--name NAME] [--version V]
 *
 * Prints what each file gave. A malformed file stops everything: the error
 * names the file and the record or line, the exit code is 2 and no pack is
 * written. An --out ending in .jsonl writes the JSON-lines form (large packs).
 *
 * Commands are kept as separate functions so that later options (--base/--delta,
 * --sign, --keygen for pack subscriptions) add a step without touching the rest.
 */
import {
  createReadStream,
  createWriteStream,
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
import { buildPackJson, packJsonLines, type PackHeader } from '../src/db/pack';
import { DATA_TABLES } from '../src/db/schema';

export interface PackArgs {
  files: string[];
  out: string;
  format?: FormatName;
  id?: string;
  name?: string;
  version?: string;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): PackArgs {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      opts[a.slice(2)] = v;
      i++;
    } else files.push(a);
  }
  for (const k of Object.keys(opts)) {
    if (!['out', 'format', 'id', 'name', 'version'].includes(k))
      throw new UsageError(`unknown option --${k}`);
  }
  if (!files.length) throw new UsageError('no input files');
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
    version: args.version ?? `${day.replace(/-/g, '.')}-1`,
    kind: 'full',
    createdAt: now.toISOString(),
    sources: [...(result.meta.sources ?? []), ...result.files.map((f) => `${f.file} (${f.format})`)],
  };
}

/** Writes the pack next to its destination, then renames: a failed write leaves no partial pack. */
export async function writePack(
  out: string,
  header: Omit<PackHeader, 'claimcheckPack' | 'counts'>,
  result: ConvertResult,
): Promise<void> {
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    if (/\.jsonl$/i.test(out)) {
      const stream = createWriteStream(tmp);
      for (const line of packJsonLines(header, result.rows, result.removals)) {
        if (!stream.write(`${line}\n`)) await new Promise<void>((r) => stream.once('drain', () => r()));
      }
      stream.end();
      await finished(stream);
    } else {
      writeFileSync(tmp, `${JSON.stringify(buildPackJson(header, result.rows, result.removals))}\n`);
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
}

export async function main(argv: string[]): Promise<number> {
  let args: PackArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error(`pack: ${(e as Error).message}`);
    console.error(
      'usage: npm run pack -- FILE... --out PACK.json [--format NAME] [--id ID] [--name NAME] [--version V]',
    );
    return 1;
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
  await writePack(args.out, header, result);
  const total = DATA_TABLES.map((t) => `${result.rows[t].length} ${t}`).join(', ');
  console.log(`wrote ${args.out}: ${header.id} ${header.version}: ${total}`);
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
