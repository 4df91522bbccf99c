/**
 * Finds which range lies under a viewport point. Highlights are not elements,
 * so a click is matched against the ranges' client rects.
 */
export function hitTest(ranges: Range[], x: number, y: number): number {
  for (let i = 0; i < ranges.length; i++) {
    const rects = ranges[i].getClientRects();
    for (let j = 0; j < rects.length; j++) {
      const r = rects[j];
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
    }
  }
  return -1;
}
