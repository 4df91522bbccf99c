/**
 * One MutationObserver for the document, debounced: live blogs, infinite
 * scroll and SPA re-renders trigger a rescan; changes made by our own UI
 * (the shadow host) are ignored so we never rescan because of ourselves.
 */
export interface MutationWatchOptions {
  debounceMs?: number;
  /** A page that never stops changing (a ticker re-rendering every 300 ms) still gets rescanned this often. */
  maxWaitMs?: number;
  /** Our own nodes; mutations that only touch these are ignored. */
  isOwn: (node: Node) => boolean;
  onChange: () => void;
}

function onlyOwn(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (isOwn(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwn);
}

export function watchMutations(root: Node, options: MutationWatchOptions): () => void {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | null = null;
  const fire = () => {
    firstPending = null;
    timer = undefined;
    options.onChange();
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => onlyOwn(r, options.isOwn))) return;
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now)));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
