/**
 * Bundled (IIFE) into the bench pages. Exposes:
 *   runPipeline()  the real page pipeline: Scanner.scan (time-sliced collect,
 *                  per-paragraph extraction, offsets → ranges) then Highlighter.paint
 *   runBaseline()  TreeWalker text + one precompiled regex (a count expression then a
 *                  harm word, or a designation word) + one Range per match, all in one
 *                  Highlight registered in CSS.highlights, no extraction logic
 *   profileStages() the pipeline's stages run synchronously, timed one by one
 * Each run also records its longest synchronous slice (by wrapping the
 * scheduler.yield / setTimeout the scanner yields through) and the long tasks
 * the PerformanceObserver saw while it ran.
 */
import { Scanner, type FoundClaim } from '../../src/page/scanner';
import { Highlighter } from '../../src/page/highlighter';
import { collectText } from '../../src/page/collect-text';
import { offsetsToRange } from '../../src/page/offsets-to-range';
import { ParagraphExtractor, splitUnits } from '../../src/page/paragraph-claims';
import { COUNT_SOURCE } from '../../src/extract/counts';

export interface RunResult {
  ms: number;
  matches: number;
  /** Longest stretch of synchronous work between two yields (ms). */
  longestSliceMs: number;
  slices: number;
}

export interface StageProfile {
  collectMs: number;
  splitMs: number;
  extractMs: number;
  rangesMs: number;
  sentencesMs: number;
  paintMs: number;
  units: number;
  textNodes: number;
  chars: number;
  claims: number;
}

declare global {
  interface Window {
    runPipeline(sliceMs?: number): Promise<RunResult>;
    runBaseline(): Promise<RunResult>;
    profileStages(): StageProfile;
    clearAll(): void;
    longTasks: Array<{ start: number; duration: number }>;
    /** [resumed, yielded] page times of the last run's slices. */
    lastSlices: Array<[number, number]>;
    /** Keeps the last run's claims and scanner (its paragraph cache) alive, as the content script does, so the heap figure counts them. */
    retained: unknown;
  }
}

// ---- long tasks, as the browser reports them (> 50 ms only) ----
window.longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // longtask unsupported: the slice monitor below still measures.
}

// ---- slice monitor: time from each resume to the next yield ----
let monitoring = false;
let resumedAt = 0;
let longestSlice = 0;
let sliceCount = 0;
let sliceLog: Array<[number, number]> = [];

function endSlice(): void {
  if (!monitoring) return;
  const now = performance.now();
  longestSlice = Math.max(longestSlice, now - resumedAt);
  sliceCount++;
  sliceLog.push([resumedAt, now]);
}
function startSlice(): void {
  if (monitoring) resumedAt = performance.now();
}

const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
if (sched?.yield) {
  const original = sched.yield.bind(sched);
  sched.yield = () => {
    endSlice();
    return original().then(startSlice);
  };
}
const originalSetTimeout = window.setTimeout.bind(window);
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  if (!monitoring || typeof handler !== 'function') return originalSetTimeout(handler, timeout, ...args);
  endSlice();
  return originalSetTimeout(
    (...a: unknown[]) => {
      startSlice();
      (handler as (...x: unknown[]) => void)(...a);
    },
    timeout,
    ...args,
  );
}) as typeof window.setTimeout;

function beginRun(): void {
  monitoring = true;
  longestSlice = 0;
  sliceCount = 0;
  sliceLog = [];
  resumedAt = performance.now();
}
function endRun(): { longestSliceMs: number; slices: number } {
  endSlice();
  monitoring = false;
  window.lastSlices = sliceLog;
  return { longestSliceMs: longestSlice, slices: sliceCount };
}

// ---- the real pipeline ----
let highlighter: Highlighter | null = null;
let baselineHighlight: Highlight | null = null;

window.clearAll = () => {
  highlighter?.dispose();
  highlighter = null;
  if (baselineHighlight) CSS.highlights.delete('bench-baseline');
  baselineHighlight = null;
  window.retained = null;
};

window.runPipeline = async (sliceMs = 8) => {
  window.clearAll();
  const t0 = performance.now();
  beginRun();
  // A fresh scanner each run: its paragraph cache must not carry over.
  const scanner = new Scanner({ date: '2024-12-02' });
  const found = (await scanner.scan(document.body, { sliceMs })) ?? [];
  highlighter = new Highlighter(window);
  highlighter.paint(found.map((f) => ({ id: f.id, kind: f.claim.kind, range: f.range, tone: 'pending' })));
  const ms = performance.now() - t0;
  const slices = endRun();
  window.retained = { found, scanner };
  return { ms, matches: found.length, ...slices };
};

// ---- the baseline ----
/**
 * The extract bench's BASELINE (any count expression the extractor understands, up to four
 * words, then a harm word), or a designation word: one precompiled regex for both claim kinds,
 * the "one regex" of issue 6's baseline. (It was /\d[\d,]* people|designated/: literal
 * scanning, about ten times cheaper per character than matching any count expression.)
 */
const BASELINE_RE = new RegExp(
  `(?<![\\p{L}\\d])${COUNT_SOURCE}(?:\\s+[\\p{L}'-]+){0,4}?\\s+(?:killed|dead|died|injured|wounded|hurt|missing|displaced|fled|deaths|casualties)\\b` +
    `|\\b(?:designated|listed|proscribed|banned)\\b`,
  'giu',
);

window.runBaseline = async () => {
  window.clearAll();
  const t0 = performance.now();
  beginRun();
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  }
  const text = parts.join('');
  const at = (offset: number, end: boolean): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (!end && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const h = new Highlight();
  let matches = 0;
  BASELINE_RE.lastIndex = 0;
  for (let m = BASELINE_RE.exec(text); m; m = BASELINE_RE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const a = at(s, false);
    const b = at(e, true);
    const r = document.createRange();
    r.setStart(nodes[a], s - starts[a]);
    r.setEnd(nodes[b], e - starts[b]);
    h.add(r);
    matches++;
  }
  CSS.highlights.set('bench-baseline', h);
  baselineHighlight = h;
  const ms = performance.now() - t0;
  const slices = endRun();
  return { ms, matches, ...slices };
};

// ---- stage profile: the same work as Scanner.scan, unsliced, timed per stage ----
window.profileStages = () => {
  window.clearAll();
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return d;
  };
  const { text, segments } = collectText(document.body);
  const collectMs = lap();
  const units = splitUnits(text);
  const splitMs = lap();
  const extractor = new ParagraphExtractor({ date: '2024-12-02' });
  const perUnit = units.map((u) => extractor.claimsOf(text, u));
  // Extraction through the cache now includes each claim's sentence.
  const extractMs = lap();
  const ranges: Array<{ range: Range; kind: FoundClaim['claim']['kind'] }> = [];
  for (const unit of perUnit) {
    for (const c of unit?.claims ?? []) {
      const r = offsetsToRange(segments, c.start, c.end);
      if (r) ranges.push({ range: r, kind: c.kind });
    }
  }
  const rangesMs = lap();
  const sentencesMs = 0; // now inside claimsOf, computed once per paragraph
  highlighter = new Highlighter(window);
  highlighter.paint(ranges.map((r, i) => ({ id: String(i), kind: r.kind, range: r.range, tone: 'pending' })));
  const paintMs = lap();
  return {
    collectMs,
    splitMs,
    extractMs,
    rangesMs,
    sentencesMs,
    paintMs,
    units: units.length,
    textNodes: segments.length,
    chars: text.length,
    claims: ranges.length,
  };
};
