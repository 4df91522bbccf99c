import type { TextSegment } from './collect-text';

/** Index of the segment holding `offset` (binary search; segments are sorted). */
export function segmentAt(segments: TextSegment[], offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    const segEnd = seg.end;
    if (offset < seg.start || (preferEnd && offset === seg.start && mid > 0)) hi = mid - 1;
    else if (offset > segEnd || (!preferEnd && offset === segEnd && mid < segments.length - 1)) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, segments.length - 1));
}

/**
 * Maps [start, end) of the collected text to a DOM Range, across element
 * boundaries ("<a>416</a> people"). Returns null when the text has changed
 * under the offsets.
 */
export function offsetsToRange(segments: TextSegment[], start: number, end: number): Range | null {
  if (segments.length === 0 || end <= start) return null;
  const a = segments[segmentAt(segments, start, false)];
  // Most claims lie within one text node: no second search then (segments do not overlap,
  // so `a` is the one segment the search would find).
  const b = end > a.start && end <= a.end ? a : segments[segmentAt(segments, end, true)];
  const startOffset = start - a.start;
  const endOffset = end - b.start;
  if (startOffset < 0 || startOffset > a.end - a.start) return null;
  if (endOffset < 0 || endOffset > b.end - b.start) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset);
  } catch {
    return null; // the page changed the text since it was collected
  }
  return range;
}
