/** Keys are never taken from the page where the reader is typing. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** Elements whose own Enter key action must win over ours. */
export function isInteractiveTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof Element)) return false;
  return !!target.closest('a[href], button, summary, [role="button"], [role="link"], [tabindex]');
}

export type StepKey = 1 | -1 | 0;

/** Alt+Shift+N / Alt+Shift+P step through claims (also the extension's commands). */
export function stepFromKey(e: KeyboardEvent): StepKey {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.code === 'KeyN') return 1;
  if (e.code === 'KeyP') return -1;
  return 0;
}
