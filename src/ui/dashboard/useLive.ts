import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface Live<T> {
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Runs a Dexie query as a liveQuery: the component re-renders whenever the
 * tables it read change, in this page or another context (the background's
 * imports and updates), so the dashboard never shows stale rows.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error: unknown) => setState({ value: undefined, error, loading: false }),
    });
    return () => sub.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
