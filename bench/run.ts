/**
 * Runs every benchmark in bench/*.bench.ts and prints a table, or with --json
 * one JSON object of every figure (each with the baseline the same run measured).
 *
 * A benchmark module default-exports `async () => BenchFigure[]`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

async function main(): Promise<void> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const figures: BenchFigure[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as {
      default: () => Promise<BenchFigure[]>;
    };
    if (!json) console.error(`running ${file}…`);
    figures.push(...(await mod.default()));
  }
  if (json) {
    const out: Record<string, number | string | boolean> = {};
    for (const f of figures) out[f.key] = f.value;
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  const rows = figures.map((f) => [
    f.key,
    typeof f.value === 'number' ? f.value.toFixed(f.value < 10 ? 3 : 1) : String(f.value),
    f.unit,
    f.target ?? '',
    f.ok === undefined ? '' : f.ok ? 'ok' : 'MISSED',
  ]);
  const header = ['figure', 'value', 'unit', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
