import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClaimsDb } from '../../../src/db/schema';
import type { Provenance } from '../../../src/db/types';
import { DashboardView } from '../../../src/ui/dashboard/Dashboard';
import { createStore } from '../../../src/ui/dashboard/store';
import type { DashboardStore } from '../../../src/ui/dashboard/store-types';

let seq = 0;

export async function freshDb(): Promise<ClaimsDb> {
  const db = new ClaimsDb(`dashboard-test-${Date.now()}-${++seq}`);
  await db.open();
  return db;
}

export const BUNDLED: Provenance = {
  origin: 'bundled',
  label: 'claimcheck-reference',
  version: '2026.11.1',
  addedAt: '2026-11-01T00:00:00.000Z',
};

export async function mount(db: ClaimsDb, hash = ''): Promise<{ root: HTMLElement; store: DashboardStore }> {
  history.replaceState(null, '', `/options.html${hash}`);
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(db);
  await act(() => render(<DashboardView store={store} />, root));
  return { root, store };
}

export async function unmount(root: HTMLElement) {
  await act(() => render(null, root));
}

/** Polls until `fn` returns a truthy value (liveQuery results arrive asynchronously). */
export async function waitFor<T>(
  fn: () => T | null | undefined | false,
  what = 'condition',
  ms = 4000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    const v = fn();
    if (v) return v;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; body: ${document.body.textContent?.slice(0, 2000)}`);
  }
}

export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  for (const label of root.querySelectorAll('label')) {
    const own = [...label.childNodes]
      .filter((n) => n.nodeType === 3 || (n as Element).tagName !== 'SPAN')
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (own === text) {
      const id = label.getAttribute('for');
      const el = id ? document.getElementById(id) : label.querySelector('input,select,textarea');
      if (el) return el as T;
    }
  }
  throw new Error(`no field labelled "${text}"`);
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find(
    (x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === name,
  );
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: HTMLSelectElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(el: HTMLElement) {
  await act(() => el.click());
}
