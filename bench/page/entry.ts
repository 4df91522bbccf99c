/**
 * Bundled (IIFE) into the bench pages. Exposes:
 *   runPipeline()   the real page pipeline, end to end: Scanner.scan (time-sliced
 *                   text collection, per-paragraph extraction through the paragraph
 *                   cache, offsets → ranges) then Highlighter.paint (registers the
 *                   claims near the viewport, observes the rest), exactly as the
 *                   content script runs it. Not instrumented inside: its wall
 *                   time is the figure.
 *   runBaseline()   TreeWalker text + one precompiled regex (a count expression then a
 *                   harm word — the extract bench's BASELINE — or a designation word)
 *                   + one Range per match, all added to one Highlight registered in
 *                   CSS.highlights; no extraction logic, no slicing.
 *   profileStages() the pipeline's stages run one after the other, unsliced, each
 *                   timed on its own (see StageProfile).
 * Each run also records its longest synchronous slice (by wrapping the
 * scheduler.yield the scanner yields through) and the long tasks the
 * PerformanceObserver saw while it ran.
 */
import { Scanner, type FoundClaim } from '../../src/page/scanner';
import { Highlighter } from '../../src/page/highlighter';
import { startWalk } from '../../src/page/collect-text';
import { offsetsToRange } from '../../src/page/offsets-to-range';
import { ParagraphExtractor, splitUnits, unitInput } from '../../src/page/paragraph-claims';
import { extractClaims } from '../../src/extract';
import { designationsInPassage } from '../../src/extract/designation';
import { casualtiesInPassage } from '../../src/extract/casualty-passage';
import { COUNT_SOURCE } from '../../src/extract/counts';

export interface RunResult {
  ms: number;
  /**
   * Until the first highlights were painted: the first slice's claims (the top of the
   * page) where the scan went on after it, else the whole run.
   */
  firstPaintMs: number;
  matches: number;
  /** Longest stretch of synchronous work between two yields (ms). */
  longestSliceMs: number;
  slices: number;
  /** Sum of the slices: ms minus this is time spent yielded (scheduling, other tasks). */
  workMs: number;
}

/** One unsliced pass of each stage, in pipeline order (ms). */
export interface StageProfile {
  /** The DOM walk: skip checks, text nodes, block separators (visibility checks included). */
  walkMs: number;
  /** Of walkMs: the checkVisibility() calls (the walk again with a no-op check, subtracted). */
  visibilityMs: number;
  /** Joining the walked text into one string. */
  joinMs: number;
  splitMs: number;
  /** The extractor alone, on each paragraph with its context, told where the paragraph starts (extractClaims in a plain loop). */
  extractMs: number;
  /** The paragraph cache on a first scan, the extractor's answers handed back at no cost: context, lookups, ids, sentences. */
  cacheMs: number;
  /** The paragraph cache on a rescan of the unchanged page (every paragraph a hit). */
  rescanCacheMs: number;
  /** Offsets → DOM ranges. */
  rangesMs: number;
  /** new Highlighter + paint(): registering near-viewport ranges, IntersectionObserver.observe for the rest. */
  paintMs: number;
  units: number;
  textNodes: number;
  chars: number;
  claims: number;
  /** Elements observed by the IntersectionObserver (one per claim anchor). */
  anchors: number;
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

const DATE = '2024-12-02';

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
if (!sched?.yield) throw new Error('page bench: this Chromium has no scheduler.yield to monitor');
const originalYield = sched.yield.bind(sched);
sched.yield = () => {
  endSlice();
  return originalYield().then(startSlice);
};

function beginRun(): void {
  monitoring = true;
  longestSlice = 0;
  sliceCount = 0;
  sliceLog = [];
  resumedAt = performance.now();
}
function endRun(): { longestSliceMs: number; slices: number; workMs: number } {
  endSlice();
  monitoring = false;
  window.lastSlices = sliceLog;
  const workMs = sliceLog.reduce((sum, [a, b]) => sum + b - a, 0);
  return { longestSliceMs: longestSlice, slices: sliceCount, workMs };
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

window.runPipeline = async (sliceMs?: number) => {
  window.clearAll();
  const t0 = performance.now();
  beginRun();
  // A fresh scanner each run: its paragraph cache must not carry over.
  // The rules bundled in (the extension loads them as modules of their own).
  const scanner = new Scanner({
    date: DATE,
    loadCasualties: () => Promise.resolve(casualtiesInPassage),
    loadDesignations: () => Promise.resolve(designationsInPassage),
  });
  const hl = new Highlighter(window);
  highlighter = hl;
  const paint = (claims: FoundClaim[]) =>
    hl.paint(claims.map((f) => ({ id: f.id, kind: f.claim.kind, range: f.range, tone: 'pending' })));
  let firstPaintMs = NaN;
  // As the content script does on a first scan: the claims of the first slice are painted
  // while the rest of the page is read.
  const onEarlyClaims = (early: FoundClaim[]) => {
    paint(early);
    firstPaintMs = performance.now() - t0;
  };
  const found = (await scanner.scan(document.body, { sliceMs, onEarlyClaims })) ?? [];
  paint(found);
  const ms = performance.now() - t0;
  const slices = endRun();
  window.retained = { found, scanner };
  return {
    ms,
    firstPaintMs: Number.isNaN(firstPaintMs) ? ms : firstPaintMs,
    matches: found.length,
    ...slices,
  };
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
    const data = t.data;
    nodes.push(t);
    starts.push(length);
    parts.push(data);
    length += data.length;
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
  return { ms, firstPaintMs: ms, matches, ...slices };
};

// ---- stage profile: the same work as Scanner.scan + paint, unsliced, timed per stage ----
window.profileStages = () => {
  window.clearAll();
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return d;
  };
  // The walk once with a no-op visibility check: the difference is what checkVisibility costs.
  // (The walk asks checkVisibility() without options: the visibility property is read with
  // content-visibility from the computed style of each element that holds text, in both walks.)
  const proto = Element.prototype as { checkVisibility: () => boolean };
  const checkVisibility = proto.checkVisibility;
  proto.checkVisibility = () => true;
  try {
    startWalk(document.body).step(Infinity);
  } finally {
    proto.checkVisibility = checkVisibility;
  }
  const walkNoVisibilityMs = lap();
  const walk = startWalk(document.body);
  walk.step(Infinity);
  const walkMs = lap();
  const { text, segments } = walk.result();
  const joinMs = lap();
  const units = splitUnits(text);
  const splitMs = lap();
  // The extractor alone on exactly what the cache hands it (inputs prepared off the clock)…
  const inputs = units.map((u) => unitInput(text, u));
  const firstSeen = new Set<string>();
  const misses = inputs.filter(({ context, body }) => {
    const key = `${context}\u0000${body}`;
    return !firstSeen.has(key) && !!firstSeen.add(key);
  });
  lap();
  // As the cache calls it: told where the paragraph starts after its context.
  const results = misses.map(({ context, body }) =>
    extractClaims(context + body, { date: DATE, from: context.length }),
  );
  const extractMs = lap();
  // …then the cache's own work on a first scan, with the extractor's answers handed back
  // at no cost: context, lookups, ids, sentences, offsets.
  let next = 0;
  const extractor = new ParagraphExtractor({ date: DATE, extract: () => results[next++] });
  extractor.beginScan();
  const perUnit = units.map((u) => extractor.claimsOf(text, u));
  const cacheMs = lap();
  if (next !== results.length)
    throw new Error('profileStages: the cache missed other paragraphs than expected');
  extractor.endScan();
  lap();
  extractor.beginScan();
  for (const u of units) extractor.claimsOf(text, u);
  const rescanCacheMs = lap();
  const ranges: Array<{ range: Range; kind: FoundClaim['claim']['kind'] }> = [];
  for (const unit of perUnit) {
    if (!unit) continue;
    for (const c of unit.claims) {
      const r = offsetsToRange(segments, c.start, c.end);
      if (r) ranges.push({ range: r, kind: c.kind });
    }
  }
  const rangesMs = lap();
  highlighter = new Highlighter(window);
  highlighter.paint(ranges.map((r, i) => ({ id: String(i), kind: r.kind, range: r.range, tone: 'pending' })));
  const paintMs = lap();
  const anchors = new Set(
    ranges.map((r) => {
      const n = r.range.startContainer;
      return n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
    }),
  ).size;
  return {
    walkMs,
    visibilityMs: Math.max(0, walkMs - walkNoVisibilityMs),
    joinMs,
    splitMs,
    extractMs,
    cacheMs,
    rescanCacheMs,
    rangesMs,
    paintMs,
    units: units.length,
    textNodes: segments.length,
    chars: text.length,
    claims: ranges.length,
    anchors,
  };
};
