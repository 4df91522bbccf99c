import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DashboardStore } from './store-types';

export const StoreContext = createContext<DashboardStore | null>(null);

export function useStore(): DashboardStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('Dashboard components need a StoreContext provider');
  return s;
}
