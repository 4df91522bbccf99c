/**
 * Prints the claims in text or HTML files, or in a JSONL stream.
 *
 *   npm run scan -- FILE...          one JSON object per file: {file, claims}
 *   npm run scan -- --jsonl < in     reads {"id","text","date"?} lines, writes {"id","claims"} lines
 *
 * HTML is reduced to its visible text exactly as the content script collects it
 * (src/page/collect-text.ts under happy-dom), so offsets match what the page highlights.
 * A bad JSONL line is reported on stderr with its line number, answered with an
 * {"id","error"} line, and makes the exit code 2 once the rest has been processed.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Window } from 'happy-dom';
import { extractClaims, type Claim } from '../src/extract/index';
import { collectText } from '../src/page/collect-text';

export interface ScanInput {
  text: string;
  date?: string;
}

/** The claims one input yields. Kept apart from I/O so other flags can post-process them. */
export function claimsFor(input: ScanInput): Claim[] {
  return extractClaims(input.text, input.date ? { date: input.date } : {});
}

/** Visible text of an HTML document, as the content script sees it. */
export function visibleText(html: string): string {
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  // collect-text uses the DOM globals Node and NodeFilter; lend it happy-dom's.
  const saved = { Node: g.Node, NodeFilter: g.NodeFilter, HTMLElement: g.HTMLElement };
  Object.assign(g, { Node: window.Node, NodeFilter: window.NodeFilter, HTMLElement: window.HTMLElement });
  try {
    window.document.write(html);
    const body = window.document.body as unknown as Node;
    return collectText(body).text;
  } finally {
    Object.assign(g, saved);
    void window.happyDOM.close();
  }
}

function looksLikeHtml(file: string, content: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(content);
}

function scanFiles(files: string[]): number {
  let status = 0;
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`${file}: ${(err as Error).message}`);
      status = 2;
      continue;
    }
    const text = looksLikeHtml(file, content) ? visibleText(content) : content;
    console.log(JSON.stringify({ file, claims: claimsFor({ text }) }, null, 2));
  }
  return status;
}

async function scanJsonl(): Promise<number> {
  let status = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      const row = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      id = row && typeof row === 'object' ? (row.id ?? null) : null;
      if (!row || typeof row !== 'object' || typeof row.text !== 'string')
        throw new Error('no "text" string');
      const date = typeof row.date === 'string' ? row.date : undefined;
      process.stdout.write(JSON.stringify({ id, claims: claimsFor({ text: row.text, date }) }) + '\n');
    } catch (err) {
      const message = err instanceof SyntaxError ? `not JSON (${err.message})` : (err as Error).message;
      console.error(`line ${lineNo}: ${message}`);
      process.stdout.write(JSON.stringify({ id, error: `line ${lineNo}: ${message}` }) + '\n');
      status = 2;
    }
  }
  return status;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--xref')) {
    process.exitCode = await (await import('./xref-cli')).scanXref(args, { visibleText, claimsFor });
    return;
  }
  if (args.includes('--jsonl')) {
    process.exitCode = await scanJsonl();
    return;
  }
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run scan -- FILE... | npm run scan -- --jsonl < lines.jsonl');
    process.exitCode = 64;
    return;
  }
  process.exitCode = scanFiles(files);
}

void main();
