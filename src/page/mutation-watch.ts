/**
 * One MutationObserver for the document, debounced: live blogs, infinite
 * scroll and SPA re-renders trigger a rescan; changes made by our own UI
 * (the shadow host) are ignored so we never rescan because of ourselves.
 */
export interface MutationWatchOptions {
  debounceMs?: number;
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every((r) => onlyOwn(r, options.isOwn))) return;
    clearTimeout(timer);
    timer = setTimeout(options.onChange, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
