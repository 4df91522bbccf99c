/**
 * Text plumbing for the adapters: inputs from strings, Blobs or Node streams;
 * line iteration for JSON lines; CSV records through papaparse, fed in pieces
 * that end on record boundaries so a 100 MB file never sits in memory.
 */
import Papa from 'papaparse';
import { ImportError, type AdapterContext, type ImportInput } from './types';

const PIECE = 1 << 20;
const DOS_EOF = String.fromCharCode(0x1a);

export function inputFromString(name: string, text: string): ImportInput {
  return {
    name,
    size: text.length,
    text,
    async *chunks() {
      for (let i = 0; i < text.length; i += PIECE) yield text.slice(i, i + PIECE);
    },
  };
}

/** A File or Blob (dashboard import), decoded as UTF-8 while it streams. */
export function inputFromBlob(blob: Blob, name = (blob as File).name ?? 'file'): ImportInput {
  return {
    name,
    size: blob.size,
    blob,
    async *chunks() {
      const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
}

/** Cleans what some publishers leave around the text: a BOM, the DOS EOF byte (OFAC). */
function clean(chunk: string, first: boolean): string {
  let c = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
  if (c.includes(DOS_EOF)) c = c.split(DOS_EOF).join('');
  return c;
}

/** Chunks of the input with progress reported, BOM and EOF byte removed. */
export async function* cleanChunks(input: ImportInput, ctx: AdapterContext): AsyncGenerator<string> {
  let done = 0;
  let first = true;
  for await (const raw of input.chunks()) {
    done += raw.length;
    const c = clean(raw, first);
    first = false;
    ctx.onProgress?.({ phase: 'parse', file: input.name, done, total: input.size ?? done });
    if (c) yield c;
  }
}

export async function readAll(input: ImportInput, ctx: AdapterContext): Promise<string> {
  let text = '';
  for await (const c of cleanChunks(input, ctx)) text += c;
  return text;
}

/** Lines (without their end) numbered from 1. JSON strings cannot hold raw newlines, so this is exact for JSON lines. */
export async function* lines(
  input: ImportInput,
  ctx: AdapterContext,
): AsyncGenerator<{ line: string; n: number }> {
  let rest = '';
  let n = 0;
  for await (const c of cleanChunks(input, ctx)) {
    const parts = (rest + c).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) yield { line: p.replace(/\r$/, ''), n: ++n };
  }
  if (rest) yield { line: rest.replace(/\r$/, ''), n: ++n };
}

/**
 * CSV records, numbered by their first line in the file. The text is cut at
 * newlines outside quoted fields (an even count of quotes so far, which holds
 * for RFC 4180 quoting) and each piece is parsed by papaparse.
 */
export async function* csvRecords(
  input: ImportInput,
  ctx: AdapterContext,
): AsyncGenerator<{ record: string[]; line: number }> {
  let carry = '';
  let line = 1;
  function* parsePiece(piece: string): Generator<{ record: string[]; line: number }> {
    const out = Papa.parse<string[]>(piece, { header: false, skipEmptyLines: false, delimiter: ',' });
    const bad = out.errors.find((e) => e.type === 'Quotes');
    if (bad) {
      throw new ImportError(input.name, `line ${line + (bad.row ?? 0)}`, `CSV: ${bad.message}`);
    }
    for (const record of out.data) {
      const here = line;
      line += 1 + record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
      if (record.length === 1 && record[0].trim() === '') continue;
      yield { record, line: here };
    }
  }
  for await (const c of cleanChunks(input, ctx)) {
    const text = carry + c;
    let quotes = 0;
    let cut = -1;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) quotes++;
      else if (ch === 10 && quotes % 2 === 0) cut = i;
    }
    if (cut < 0) {
      // No record boundary in 16 MB: an unterminated quoted field, not a record.
      if (text.length > 16 * PIECE) {
        throw new ImportError(input.name, `line ${line}`, 'CSV: a quoted field is never closed');
      }
      carry = text;
      continue;
    }
    carry = text.slice(cut + 1);
    yield* parsePiece(text.slice(0, cut).replace(/\r$/, ''));
  }
  if (carry.trim()) yield* parsePiece(carry.replace(/\r?\n$/, ''));
}
